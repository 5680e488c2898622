#include "needlechart/ui/appointments/AppointmentCalendar.h"

#include <QAccessible>
#include <QApplication>
#include <QContextMenuEvent>
#include <QCursor>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

namespace needlechart {
namespace {

const QDate Day(2026, 11, 24);

Appointment booked(AppointmentId id, ClinicianId clinician, QTime start, int minutes)
{
    Appointment a;
    a.id = id;
    a.patientId = 1;
    a.clinicianId = clinician;
    a.start = QDateTime(Day, start, Qt::LocalTime).toUTC();
    a.durationMinutes = minutes;
    a.type = AppointmentType::DryNeedling;
    return a;
}

class AppointmentCalendarTest : public ::testing::Test {
protected:
    AppointmentCalendar calendar;

    void SetUp() override
    {
        calendar.setColumns({{Day, 1}, {Day, 2}},
                            {QStringLiteral("Alex Morgan"), QStringLiteral("Jo Park")}, QTime(8, 0),
                            QTime(18, 0));
        calendar.setAppointments({booked(7, 1, QTime(10, 0), 30), booked(8, 2, QTime(9, 0), 60)},
                                 {{1, QStringLiteral("Evans, Nia")}});
        calendar.resize(800, 700);
        calendar.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&calendar));
    }
};

TEST_F(AppointmentCalendarTest, keyboard_only_a_slot_is_reached_and_enter_asks_to_book_it)
{
    QSignalSpy book(&calendar, &AppointmentCalendar::bookRequested);
    calendar.setFocus();
    QTest::keyClick(&calendar, Qt::Key_Home);
    for (int i = 0; i < 6; ++i) // 08:00 + 6 quarters = 09:30
        QTest::keyClick(&calendar, Qt::Key_Down);
    QTest::keyClick(&calendar, Qt::Key_Right);
    QTest::keyClick(&calendar, Qt::Key_Right); // stays in the last column
    ASSERT_TRUE(calendar.currentSlot());
    EXPECT_EQ(calendar.currentSlot()->column, 1);
    EXPECT_EQ(calendar.currentSlot()->start.time(), QTime(9, 30));
    QTest::keyClick(&calendar, Qt::Key_Down);
    QTest::keyClick(&calendar, Qt::Key_Down); // 10:00, past Jo's 9:00-10:00
    QTest::keyClick(&calendar, Qt::Key_Return);
    ASSERT_EQ(book.count(), 1);
    EXPECT_EQ(book.first().at(0).toInt(), 1);
    EXPECT_EQ(book.first().at(1).toDateTime(), QDateTime(Day, QTime(10, 0), Qt::LocalTime).toUTC());
}

TEST_F(AppointmentCalendarTest, enter_on_a_booked_slot_opens_the_appointment)
{
    QSignalSpy open(&calendar, &AppointmentCalendar::openRequested);
    QSignalSpy book(&calendar, &AppointmentCalendar::bookRequested);
    calendar.setFocus();
    calendar.setCurrentSlot(CalendarGeometry::Slot{1, QDateTime(Day, QTime(9, 30), Qt::LocalTime)});
    QTest::keyClick(&calendar, Qt::Key_Enter);
    ASSERT_EQ(open.count(), 1);
    EXPECT_EQ(open.first().at(0).value<Appointment>().id, 8);
    EXPECT_EQ(book.count(), 0);
}

TEST_F(AppointmentCalendarTest, double_clicking_an_empty_slot_asks_to_book_and_a_block_to_open)
{
    QSignalSpy book(&calendar, &AppointmentCalendar::bookRequested);
    QSignalSpy open(&calendar, &AppointmentCalendar::openRequested);
    QTest::mouseDClick(&calendar, Qt::LeftButton, {},
                       calendar.pointFor(0, QTime(14, 20)).toPoint());
    ASSERT_EQ(book.count(), 1);
    EXPECT_EQ(book.first().at(1).toDateTime(),
              QDateTime(Day, QTime(14, 15), Qt::LocalTime).toUTC());
    QTest::mouseDClick(&calendar, Qt::LeftButton, {},
                       calendar.pointFor(0, QTime(10, 10)).toPoint());
    ASSERT_EQ(open.count(), 1);
    EXPECT_EQ(open.first().at(0).value<Appointment>().id, 7);
}

TEST_F(AppointmentCalendarTest, dragging_a_block_asks_to_move_it_to_another_time_and_clinician)
{
    QSignalSpy move(&calendar, &AppointmentCalendar::moveRequested);
    const QPoint from = calendar.pointFor(0, QTime(10, 5)).toPoint();
    const QPoint to = calendar.pointFor(1, QTime(13, 5)).toPoint();
    QTest::mousePress(&calendar, Qt::LeftButton, {}, from);
    EXPECT_EQ(calendar.selected(), 7);
    QTest::mouseMove(&calendar, from + QPoint(0, 20));
    QTest::mouseMove(&calendar, to);
    QTest::mouseRelease(&calendar, Qt::LeftButton, {}, to);
    ASSERT_EQ(move.count(), 1);
    EXPECT_EQ(move.first().at(0).value<Appointment>().id, 7);
    EXPECT_EQ(move.first().at(1).toInt(), 1);
    EXPECT_EQ(move.first().at(2).toDateTime().toLocalTime().toString(Qt::ISODate),
              QDateTime(Day, QTime(13, 0), Qt::LocalTime).toString(Qt::ISODate));
    EXPECT_EQ(move.first().at(3).toInt(), 30);
}

TEST_F(AppointmentCalendarTest, dragging_the_bottom_edge_asks_to_resize)
{
    QSignalSpy move(&calendar, &AppointmentCalendar::moveRequested);
    const double bottom = calendar.geometry().yForTime(QTime(10, 30)) - 3;
    const QPoint from(int(calendar.pointFor(0, QTime(10, 0)).x()), int(bottom));
    const QPoint to(from.x(), int(calendar.geometry().yForTime(QTime(11, 0)) - 3));
    QTest::mousePress(&calendar, Qt::LeftButton, {}, from);
    QTest::mouseMove(&calendar, from + QPoint(0, 10));
    QTest::mouseMove(&calendar, to);
    QTest::mouseRelease(&calendar, Qt::LeftButton, {}, to);
    ASSERT_EQ(move.count(), 1);
    EXPECT_EQ(move.first().at(2).toDateTime(), QDateTime(Day, QTime(10, 0), Qt::LocalTime).toUTC());
    EXPECT_EQ(move.first().at(3).toInt(), 60);
}

TEST_F(AppointmentCalendarTest,
       a_screen_reader_hears_each_booking_and_the_focused_slot_with_its_occupant)
{
    calendar.setClinicianNames(
        {{1, QStringLiteral("Alex Morgan")}, {2, QStringLiteral("Jo Park")}});
    // The slot is the focus only while the book has it: the window must be the active one.
    calendar.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&calendar));
    calendar.setFocus();
    ASSERT_TRUE(calendar.hasFocus());
    calendar.setCurrentSlot(
        CalendarGeometry::Slot{0, QDateTime(Day, QTime(10, 15), Qt::LocalTime)});
    QAccessibleInterface* book = QAccessible::queryAccessibleInterface(&calendar);
    ASSERT_TRUE(book);
    EXPECT_EQ(book->text(QAccessible::Name), QStringLiteral("Appointment book"));
    ASSERT_EQ(book->childCount(), 3) << "two bookings and the slot";
    // In time order: Jo's 09:00 first, then Alex's 10:00; patient, clinician, type, status.
    const QString first = book->child(0)->text(QAccessible::Name);
    EXPECT_TRUE(first.startsWith(QStringLiteral("09:00 to 10:00"))) << first.toStdString();
    EXPECT_TRUE(first.contains(QStringLiteral("Jo Park"))) << first.toStdString();
    const QString second = book->child(1)->text(QAccessible::Name);
    for (const char* part :
         {"10:00 to 10:30", "Evans, Nia", "Alex Morgan", "Dry needling", "Booked"})
        EXPECT_TRUE(second.contains(QString::fromUtf8(part)))
            << part << " in " << second.toStdString();
    EXPECT_EQ(book->child(1)->role(), QAccessible::ListItem);
    EXPECT_TRUE(book->child(1)->rect().isValid());
    // The slot has the focus and names its column and whose booking it falls in.
    QAccessibleInterface* slot = book->focusChild();
    ASSERT_TRUE(slot);
    EXPECT_EQ(book->indexOfChild(slot), 2);
    EXPECT_TRUE(slot->state().focused);
    const QString spoken = slot->text(QAccessible::Name);
    EXPECT_TRUE(spoken.contains(QStringLiteral("10:15"))) << spoken.toStdString();
    EXPECT_TRUE(spoken.contains(QStringLiteral("Alex Morgan"))) << spoken.toStdString();
    EXPECT_TRUE(spoken.contains(QStringLiteral("Evans, Nia"))) << spoken.toStdString();
    calendar.setCurrentSlot(CalendarGeometry::Slot{0, QDateTime(Day, QTime(11, 0), Qt::LocalTime)});
    EXPECT_TRUE(book->focusChild()->text(QAccessible::Name).endsWith(QStringLiteral(": free")))
        << book->focusChild()->text(QAccessible::Name).toStdString();
}

TEST_F(AppointmentCalendarTest, the_menu_key_opens_the_booking_menu_at_the_booking)
{
    QSignalSpy menu(&calendar, &AppointmentCalendar::menuRequested);
    calendar.setFocus();
    calendar.setCurrentSlot(CalendarGeometry::Slot{0, QDateTime(Day, QTime(10, 0), Qt::LocalTime)});
    QCursor::setPos(calendar.mapToGlobal(QPoint(5, 5))); // the pointer far from the booking
    QContextMenuEvent key(QContextMenuEvent::Keyboard, QPoint(5, 5),
                          calendar.mapToGlobal(QPoint(5, 5)));
    QApplication::sendEvent(&calendar, &key);
    ASSERT_EQ(menu.count(), 1);
    EXPECT_EQ(menu.first().at(0).value<Appointment>().id, 7)
        << "the booking in the keyboard's slot";
    const QPoint at = calendar.mapFromGlobal(menu.first().at(1).toPoint());
    const QPointF top = calendar.pointFor(0, QTime(10, 0));
    const QPointF bottom = calendar.pointFor(0, QTime(10, 30));
    EXPECT_GE(at.y(), int(top.y()) - 1);
    EXPECT_LE(at.y(), int(bottom.y()) + 1) << "shown at the booking";
}

} // namespace
} // namespace needlechart
