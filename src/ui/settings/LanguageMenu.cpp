#include "settings/LanguageMenu.h"

#include "needlechart/ui/common/MessagePresenter.h"
#include "needlechart/ui/common/Translations.h"
#include "needlechart/ui/settings/AppSettings.h"

#include <QActionGroup>

namespace needlechart {

LanguageMenu::LanguageMenu(AppSettings& settings, MessagePresenter& messages, QWidget* parent)
    : QMenu(tr("&Language"), parent), m_settings(settings), m_messages(messages)
{
    setObjectName(QStringLiteral("languageMenu"));
    auto* group = new QActionGroup(this);
    const QString chosen = m_settings.language();
    auto addChoice = [&](const QString& code, const QString& name) {
        QAction* action = addAction(name);
        action->setObjectName(QStringLiteral("language_")
                              + (code.isEmpty() ? QStringLiteral("system") : code));
        action->setCheckable(true);
        action->setChecked(code == chosen);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, code, name] { choose(code, name); });
    };
    addChoice(QString(), tr("The desktop's language"));
    addSeparator();
    for (const Translations::Language& language : Translations::available())
        addChoice(language.code, language.nativeName);
}

void LanguageMenu::choose(const QString& code, const QString& name)
{
    if (code == m_settings.language())
        return;
    m_settings.setLanguage(code);
    m_settings.sync();
    m_messages.information(parentWidget(), tr("Language"),
                           tr("NeedleChart will speak %1 the next time it starts on this "
                              "computer.")
                               .arg(code.isEmpty() ? tr("the desktop's language") : name));
}

} // namespace needlechart
