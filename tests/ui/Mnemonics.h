#pragma once

#include <QAbstractButton>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLabel>
#include <QMap>
#include <QMenuBar>
#include <QStringList>
#include <QTabBar>
#include <QWidget>

namespace needlechart::test {

// The letter after a single '&' in `text` (lower case), or a null QChar.
inline QChar mnemonicOf(const QString& text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}

// What Alt+letter would be ambiguous for in `window` as it is shown now: every letter that
// two visible, enabled-or-not elements claim (buttons, check and radio boxes, labels of a
// field, group boxes, tabs, the menu bar's menus), and every push button without a letter at
// all. (A form of thirty check boxes cannot give each a letter: they may go without, but the
// letters they have must be their own.) Buttons of a QDialogButtonBox with a standard role
// are Qt's.
inline QStringList mnemonicProblems(QWidget* window)
{
    QMap<QChar, QStringList> claims;
    QStringList problems;
    const auto name = [](const QObject* o, const QString& text) {
        return QStringLiteral("%1 '%2'").arg(o->objectName().isEmpty()
                                                 ? QString::fromLatin1(o->metaObject()->className())
                                                 : o->objectName(),
                                             text);
    };
    const auto claim = [&](const QObject* o, const QString& text) {
        const QChar letter = mnemonicOf(text);
        if (!letter.isNull())
            claims[letter] << name(o, text);
        return !letter.isNull();
    };
    QList<QWidget*> widgets = window->findChildren<QWidget*>();
    for (QWidget* widget : widgets) {
        if (!widget->isVisibleTo(window) || widget->window() != window)
            continue;
        if (auto* button = qobject_cast<QAbstractButton*>(widget)) {
            if (button->text().isEmpty())
                continue;
            auto* box = qobject_cast<QDialogButtonBox*>(button->parentWidget());
            const bool standard = box && box->standardButton(button) != QDialogButtonBox::NoButton;
            if (!claim(button, button->text()) && !standard && button->inherits("QPushButton"))
                problems << QStringLiteral("no mnemonic: ") + name(button, button->text());
        } else if (auto* label = qobject_cast<QLabel*>(widget); label && label->buddy()) {
            claim(label, label->text());
        } else if (auto* group = qobject_cast<QGroupBox*>(widget)) {
            claim(group, group->title());
        } else if (auto* tabs = qobject_cast<QTabBar*>(widget)) {
            for (int i = 0; i < tabs->count(); ++i) {
                if (tabs->isTabVisible(i))
                    claim(tabs, tabs->tabText(i));
            }
        } else if (auto* bar = qobject_cast<QMenuBar*>(widget)) {
            for (QAction* action : bar->actions()) {
                if (action->isVisible())
                    claim(bar, action->text());
            }
        }
    }
    for (auto it = claims.cbegin(); it != claims.cend(); ++it) {
        if (qEnvironmentVariableIsSet("NEEDLECHART_MNEMONIC_TRACE"))
            qInfo("%s: %s", qPrintable(QString(it.key())), qPrintable(it.value().join(u", ")));
        if (it.value().size() > 1)
            problems << QStringLiteral("'%1' claimed by %2")
                            .arg(it.key(), it.value().join(QStringLiteral(", ")));
    }
    return problems;
}

} // namespace needlechart::test
