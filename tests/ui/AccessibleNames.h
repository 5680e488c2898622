#pragma once

#include <QAccessible>
#include <QStringList>
#include <QWidget>

#include <functional>

namespace needlechart::test {

// What a screen reader would meet in `window` without a name: every visible interactive element
// (button, box, field, list, table, slider, tab) of its accessibility tree whose Name is empty,
// each as its role and its widget's path. NEEDLECHART_A11Y_TRACE=1 prints every element met.
inline QStringList unnamedInteractiveElements(QWidget* window)
{
    QStringList unnamed;
    const auto interactive = [](QAccessible::Role role) {
        switch (role) {
        case QAccessible::PushButton:
        case QAccessible::CheckBox:
        case QAccessible::RadioButton:
        case QAccessible::ComboBox:
        case QAccessible::EditableText:
        case QAccessible::SpinBox:
        case QAccessible::Slider:
        case QAccessible::List:
        case QAccessible::Table:
        case QAccessible::Tree:
        case QAccessible::PageTab:
        case QAccessible::ButtonMenu:
        case QAccessible::ButtonDropDown:
        case QAccessible::Dial:
        case QAccessible::ScrollBar: return role != QAccessible::ScrollBar;
        default: return false;
        }
    };
    const auto describe = [](QAccessibleInterface* element) {
        QObject* object = element->object();
        QStringList path;
        for (QObject* o = object; o; o = o->parent())
            path.prepend(o->objectName().isEmpty()
                             ? QString::fromLatin1(o->metaObject()->className())
                             : o->objectName());
        return QStringLiteral("role %1 at %2")
            .arg(int(element->role()))
            .arg(path.join(QLatin1Char('/')));
    };
    std::function<void(QAccessibleInterface*, int)> walk = [&](QAccessibleInterface* element,
                                                               int depth) {
        if (!element || depth > 60)
            return;
        if (element->state().invisible || element->state().offscreen)
            return;
        if (qEnvironmentVariableIsSet("NEEDLECHART_A11Y_TRACE"))
            qInfo("%s '%s'", qPrintable(describe(element)),
                  qPrintable(element->text(QAccessible::Name)));
        if (interactive(element->role()) && element->text(QAccessible::Name).trimmed().isEmpty())
            unnamed << describe(element);
        // Table and list cells are named by their data; their own check is the table's.
        if (element->role() == QAccessible::Table || element->role() == QAccessible::List
            || element->role() == QAccessible::Tree)
            return;
        for (int i = 0; i < element->childCount(); ++i)
            walk(element->child(i), depth + 1);
    };
    walk(QAccessible::queryAccessibleInterface(window), 0);
    return unnamed;
}

} // namespace needlechart::test
