#pragma once

#include <QMenu>

namespace needlechart {

class AppSettings;
class MessagePresenter;

// View > Language: "The desktop's language" and every language shipped (Translations), the
// workstation's choice checked. Choosing one stores it (AppSettings::setLanguage) and says it
// applies from the next start: windows are not rebuilt in another language while open.
class LanguageMenu : public QMenu {
    Q_OBJECT
public:
    LanguageMenu(AppSettings& settings, MessagePresenter& messages, QWidget* parent);

private:
    void choose(const QString& code, const QString& name);

    AppSettings& m_settings;
    MessagePresenter& m_messages;
};

} // namespace needlechart
