#include "settings/StartupChoiceMenu.h"

#include "needlechart/ui/common/Appearance.h"
#include "needlechart/ui/common/MessagePresenter.h"
#include "needlechart/ui/common/Translations.h"
#include "needlechart/ui/settings/AppSettings.h"

#include <QActionGroup>

namespace needlechart {

StartupChoiceMenu::StartupChoiceMenu(const QString& name, const QString& title,
                                     const QList<Option>& options, const QString& chosen,
                                     Store store, MessagePresenter& messages, QWidget* parent)
    : QMenu(title, parent), m_chosen(chosen), m_store(std::move(store)), m_messages(messages)
{
    setObjectName(name);
    auto* group = new QActionGroup(this);
    for (const Option& option : options) {
        QAction* action = addAction(option.label);
        action->setObjectName(objectName() + QLatin1Char('_')
                              + (option.code.isEmpty() ? QStringLiteral("system") : option.code));
        action->setCheckable(true);
        action->setChecked(option.code == chosen);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, option] { choose(option); });
        if (option.code.isEmpty())
            addSeparator();
    }
}

StartupChoiceMenu* StartupChoiceMenu::language(AppSettings& settings, MessagePresenter& messages,
                                               QWidget* parent)
{
    QList<Option> options{{QString(), tr("The desktop's language")}};
    for (const Translations::Language& language : Translations::available())
        options.append({language.code, language.nativeName});
    return new StartupChoiceMenu(
        QStringLiteral("languageMenu"), tr("&Language"), options, settings.language(),
        [&settings](const QString& code) {
            settings.setLanguage(code);
            settings.sync();
        },
        messages, parent);
}

StartupChoiceMenu* StartupChoiceMenu::appearance(AppSettings& settings, MessagePresenter& messages,
                                                 QWidget* parent)
{
    const QList<Option> options{{QString(), tr("The desktop's colours")},
                                {Appearance::Light, tr("Light")},
                                {Appearance::Dark, tr("Dark")}};
    return new StartupChoiceMenu(
        QStringLiteral("appearanceMenu"), tr("A&ppearance"), options, settings.appearance(),
        [&settings](const QString& code) {
            settings.setAppearance(code);
            settings.sync();
        },
        messages, parent);
}

void StartupChoiceMenu::choose(const Option& option)
{
    if (option.code == m_chosen)
        return;
    m_chosen = option.code;
    m_store(option.code);
    m_messages.information(parentWidget(), title().remove(QLatin1Char('&')),
                           tr("%1: NeedleChart changes to it the next time it starts on this "
                              "computer.")
                               .arg(option.label));
}

} // namespace needlechart
