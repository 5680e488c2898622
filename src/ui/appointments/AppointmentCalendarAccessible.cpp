#include "appointments/AppointmentCalendarAccessible.h"

#include "needlechart/ui/appointments/AppointmentCalendar.h"

#include "appointments/CalendarItemAccessible.h"

namespace needlechart {

namespace {

QAccessibleInterface* makeFor(const QString& className, QObject* object)
{
    if (className == QLatin1String("needlechart::AppointmentCalendar"))
        return new AppointmentCalendarAccessible(qobject_cast<AppointmentCalendar*>(object));
    return nullptr;
}

} // namespace

AppointmentCalendarAccessible::AppointmentCalendarAccessible(AppointmentCalendar* calendar)
    : QAccessibleWidget(calendar, QAccessible::List)
{}

AppointmentCalendarAccessible::~AppointmentCalendarAccessible()
{
    for (const QAccessible::Id id : std::as_const(m_children))
        QAccessible::deleteAccessibleInterface(id);
}

void AppointmentCalendarAccessible::install()
{
    static const bool installed = [] {
        QAccessible::installFactory(&makeFor);
        return true;
    }();
    Q_UNUSED(installed);
}

void AppointmentCalendarAccessible::announceBookings(AppointmentCalendar* calendar)
{
    if (!QAccessible::isActive())
        return;
    QAccessibleEvent event(calendar, QAccessible::ObjectReorder);
    QAccessible::updateAccessibility(&event);
}

void AppointmentCalendarAccessible::announceSlot(AppointmentCalendar* calendar)
{
    if (!QAccessible::isActive() || !calendar->hasFocus())
        return;
    QAccessibleEvent event(calendar, QAccessible::Focus);
    event.setChild(int(calendar->spokenItems().size()) - 1);
    QAccessible::updateAccessibility(&event);
}

AppointmentCalendar* AppointmentCalendarAccessible::calendar() const
{
    return qobject_cast<AppointmentCalendar*>(object());
}

int AppointmentCalendarAccessible::childCount() const
{
    return calendar() ? int(calendar()->spokenItems().size()) : 0;
}

QAccessibleInterface* AppointmentCalendarAccessible::child(int index) const
{
    if (index < 0 || index >= childCount())
        return nullptr;
    while (m_children.size() <= index) {
        auto* item = new CalendarItemAccessible(calendar(), int(m_children.size()));
        m_children.append(QAccessible::registerAccessibleInterface(item));
    }
    return QAccessible::accessibleInterface(m_children.at(index));
}

int AppointmentCalendarAccessible::indexOfChild(const QAccessibleInterface* child) const
{
    for (int i = 0; i < m_children.size(); ++i) {
        if (QAccessible::accessibleInterface(m_children.at(i)) == child)
            return i < childCount() ? i : -1;
    }
    return -1;
}

QAccessibleInterface* AppointmentCalendarAccessible::childAt(int x, int y) const
{
    if (!calendar())
        return nullptr;
    const QPoint local = calendar()->mapFromGlobal(QPoint(x, y));
    const auto items = calendar()->spokenItems();
    for (int i = 0; i < items.size(); ++i) {
        if (!items.at(i).isSlot && items.at(i).rect.contains(local))
            return child(i);
    }
    return nullptr;
}

QAccessibleInterface* AppointmentCalendarAccessible::focusChild() const
{
    const int count = childCount();
    if (count == 0 || !calendar()->hasFocus() || !calendar()->currentSlot())
        return nullptr;
    return child(count - 1);
}

} // namespace needlechart
