#include "appointments/CalendarItemAccessible.h"

#include "needlechart/ui/appointments/AppointmentCalendar.h"

namespace needlechart {

CalendarItemAccessible::CalendarItemAccessible(AppointmentCalendar* calendar, int index)
    : m_calendar(calendar), m_index(index)
{}

bool CalendarItemAccessible::isValid() const
{
    return m_calendar && m_index < m_calendar->spokenItems().size();
}

QObject* CalendarItemAccessible::object() const
{
    return nullptr;
}

QWindow* CalendarItemAccessible::window() const
{
    return m_calendar ? m_calendar->window()->windowHandle() : nullptr;
}

QAccessibleInterface* CalendarItemAccessible::parent() const
{
    return m_calendar ? QAccessible::queryAccessibleInterface(m_calendar.data()) : nullptr;
}

QAccessibleInterface* CalendarItemAccessible::child(int) const
{
    return nullptr;
}

int CalendarItemAccessible::childCount() const
{
    return 0;
}

int CalendarItemAccessible::indexOfChild(const QAccessibleInterface*) const
{
    return -1;
}

QAccessibleInterface* CalendarItemAccessible::childAt(int, int) const
{
    return nullptr;
}

QString CalendarItemAccessible::text(QAccessible::Text t) const
{
    if (t != QAccessible::Name || !isValid())
        return {};
    return m_calendar->spokenItems().at(m_index).name;
}

void CalendarItemAccessible::setText(QAccessible::Text, const QString&) {}

QRect CalendarItemAccessible::rect() const
{
    if (!isValid())
        return {};
    const QRect local = m_calendar->spokenItems().at(m_index).rect;
    return QRect(m_calendar->mapToGlobal(local.topLeft()), local.size());
}

QAccessible::Role CalendarItemAccessible::role() const
{
    return QAccessible::ListItem;
}

QAccessible::State CalendarItemAccessible::state() const
{
    QAccessible::State state;
    state.focusable = true;
    state.selectable = true;
    if (!isValid()) {
        state.invalid = true;
        return state;
    }
    const bool slot = m_calendar->spokenItems().at(m_index).isSlot;
    state.focused = slot && m_calendar->hasFocus();
    state.active = slot;
    return state;
}

} // namespace needlechart
