#pragma once

#include <QAccessibleWidget>

namespace needlechart {

class AppointmentCalendar;

// The appointment book as a screen reader meets it: a list whose items are the bookings shown
// and, last, the keyboard's slot, which has the focus while the book has (the items and their
// words are AppointmentCalendar::spokenItems). Installed once as a factory for every
// AppointmentCalendar; the items are CalendarItemAccessible.
class AppointmentCalendarAccessible final : public QAccessibleWidget {
public:
    explicit AppointmentCalendarAccessible(AppointmentCalendar* calendar);
    ~AppointmentCalendarAccessible() override;
    AppointmentCalendarAccessible(const AppointmentCalendarAccessible&) = delete;
    AppointmentCalendarAccessible& operator=(const AppointmentCalendarAccessible&) = delete;

    // Registers the factory (once per process).
    static void install();
    // Tells assistive technology that the bookings changed, or that the focused slot moved.
    static void announceBookings(AppointmentCalendar* calendar);
    static void announceSlot(AppointmentCalendar* calendar);

    [[nodiscard]] AppointmentCalendar* calendar() const;
    [[nodiscard]] int childCount() const override;
    [[nodiscard]] QAccessibleInterface* child(int index) const override;
    [[nodiscard]] int indexOfChild(const QAccessibleInterface* child) const override;
    [[nodiscard]] QAccessibleInterface* childAt(int x, int y) const override;
    [[nodiscard]] QAccessibleInterface* focusChild() const override;

private:
    // One interface per position, made on first asking and kept (registered with QAccessible)
    // until this one goes; each reads its words afresh from the calendar.
    mutable QList<QAccessible::Id> m_children;
};

} // namespace needlechart
