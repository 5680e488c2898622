#pragma once

#include <QMenu>

#include <functional>

namespace needlechart {

class AppSettings;
class MessagePresenter;

// A View menu entry for a choice this workstation makes once per start: the language (View >
// Language) or the appearance (View > Appearance). One checkable entry per option, the stored
// choice checked; choosing another stores it and says it applies from the next start, as the
// windows are not rebuilt while open.
class StartupChoiceMenu : public QMenu {
    Q_OBJECT
public:
    struct Option {
        QString code; // stored; empty: follow the desktop
        QString label;
    };
    using Store = std::function<void(const QString& code)>;

    // `name` is the menu's object name, and its entries' ("languageMenu_de").
    StartupChoiceMenu(const QString& name, const QString& title, const QList<Option>& options,
                      const QString& chosen, Store store, MessagePresenter& messages,
                      QWidget* parent);

    // View > Language: the desktop's language, then every language shipped (Translations).
    static StartupChoiceMenu* language(AppSettings& settings, MessagePresenter& messages,
                                       QWidget* parent);
    // View > Appearance: the desktop's, light, dark (Appearance).
    static StartupChoiceMenu* appearance(AppSettings& settings, MessagePresenter& messages,
                                         QWidget* parent);

private:
    void choose(const Option& option);

    QString m_chosen;
    Store m_store;
    MessagePresenter& m_messages;
};

} // namespace needlechart
