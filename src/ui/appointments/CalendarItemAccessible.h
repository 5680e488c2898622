#pragma once

#include <QAccessibleInterface>
#include <QPointer>

namespace needlechart {

class AppointmentCalendar;

// One item of the appointment book for a screen reader: the booking or the keyboard's slot at
// `index` of AppointmentCalendar::spokenItems, its name and place read when asked (the book
// changes under it). Not an object of its own: object() is null, as a table cell's is.
class CalendarItemAccessible final : public QAccessibleInterface {
public:
    CalendarItemAccessible(AppointmentCalendar* calendar, int index);

    [[nodiscard]] bool isValid() const override;
    [[nodiscard]] QObject* object() const override;
    [[nodiscard]] QWindow* window() const override;
    [[nodiscard]] QAccessibleInterface* parent() const override;
    [[nodiscard]] QAccessibleInterface* child(int index) const override;
    [[nodiscard]] int childCount() const override;
    [[nodiscard]] int indexOfChild(const QAccessibleInterface* child) const override;
    [[nodiscard]] QAccessibleInterface* childAt(int x, int y) const override;
    [[nodiscard]] QString text(QAccessible::Text t) const override;
    void setText(QAccessible::Text t, const QString& text) override;
    [[nodiscard]] QRect rect() const override;
    [[nodiscard]] QAccessible::Role role() const override;
    [[nodiscard]] QAccessible::State state() const override;

private:
    QPointer<AppointmentCalendar> m_calendar;
    int m_index;
};

} // namespace needlechart
