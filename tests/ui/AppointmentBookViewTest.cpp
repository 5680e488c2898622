#include "needlechart/ui/appointments/AppointmentBookView.h"

#include "needlechart/domain/common/DisplayText.h"
#include "needlechart/services/appointments/AppointmentService.h"
#include "needlechart/ui/appointments/AppointmentCalendar.h"
#include "needlechart/ui/appointments/AppointmentDialog.h"
#include "needlechart/ui/appointments/BookingQuestions.h"
#include "needlechart/ui/settings/AppSettings.h"

#include "AccessibleNames.h"
#include "RecordingMessagePresenter.h"
#include "TestClinic.h"
#include "TypeText.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <gtest/gtest.h>

namespace needlechart {
namespace {

const QDate Monday(2026, 3, 2);

class AppointmentBookViewTest : public ::testing::Test {
protected:
    test::TestClinic clinic{30};
    QTemporaryDir dir;
    AppSettings settings{dir.filePath(QStringLiteral("settings.ini"))};
    test::RecordingMessagePresenter messages;
    UiContext context = clinic.context(
        settings, messages,
        User{QStringLiteral("desk"), QStringLiteral("Sam Reid"), StaffRole::FrontDesk});
    AppointmentService& service = clinic.services().appointments();
    Clinician alex;
    Patient patient;

    void SetUp() override
    {
        alex =
            *service.addClinician(Clinician{0, QStringLiteral("Alex Morgan"), {}, 0b0011111, true},
                                  test::TestClinic::defaultAdmin());
        patient = clinic.addPatient(QStringLiteral("Zephaniah"), QStringLiteral("Orla"),
                                    QDate(1980, 1, 1));
    }

    // The test's patient booked with Alex at `startUtc`, as the front desk.
    Result<Appointment> bookWithAlex(const QDateTime& startUtc)
    {
        Appointment draft;
        draft.patientId = patient.id;
        draft.clinicianId = alex.id;
        draft.start = startUtc;
        return service.book(draft, context.user);
    }

    // Another workstation books a second patient with Alex at `start`; the message log starts
    // afresh after it, so a test sees only what its own step said.
    void bookedElsewhere(const QDateTime& start)
    {
        const Patient other =
            clinic.addPatient(QStringLiteral("Okafor"), QStringLiteral("Ben"), QDate(1975, 5, 5));
        Appointment taken;
        taken.patientId = other.id;
        taken.clinicianId = alex.id;
        taken.start = start;
        ASSERT_TRUE(service.book(taken, context.user).ok());
        messages.messages.clear();
    }
};

TEST_F(AppointmentBookViewTest, the_front_desk_books_with_the_keyboard_only)
{
    AppointmentBookView view(context, service);
    view.resize(900, 700);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    view.showDay(Monday);
    AppointmentCalendar* calendar = view.calendar();
    calendar->setFocus();
    QTest::keyClick(calendar, Qt::Key_Home);
    for (int i = 0; i < 8; ++i) // 10:00
        QTest::keyClick(calendar, Qt::Key_Down);
    QTest::keyClick(calendar, Qt::Key_Return);

    QPointer<AppointmentDialog> dialog = view.findChild<AppointmentDialog*>();
    ASSERT_TRUE(dialog);
    ASSERT_TRUE(QTest::qWaitForWindowExposed(dialog));
    dialog->activateWindow();
    dialog->patientSearch()->setFocus();
    QTest::keyClicks(dialog->patientSearch(), QStringLiteral("zeph"));
    ASSERT_EQ(dialog->matches()->count(), 1);
    QTest::keyClick(dialog->patientSearch(), Qt::Key_Down);
    QTest::keyClick(dialog->matches(), Qt::Key_Return);
    EXPECT_EQ(dialog->appointment().patientId, patient.id);
    EXPECT_EQ(dialog->startEdit()->dateTime(), QDateTime(Monday, QTime(10, 0), Qt::LocalTime));
    ASSERT_TRUE(dialog->save());
    QCoreApplication::processEvents();

    auto day = service.day(Monday, test::TestClinic::defaultClinician());
    ASSERT_TRUE(day.ok());
    ASSERT_EQ(day->size(), 1u);
    EXPECT_EQ(day->front().patientId, patient.id);
    EXPECT_EQ(day->front().clinicianId, alex.id);
    EXPECT_EQ(calendar->appointments().size(), 1u) << "the book re-reads after a booking";
}

TEST_F(AppointmentBookViewTest, the_book_and_its_dialog_name_every_interactive_element)
{
    AppointmentBookView view(context, service);
    view.resize(900, 700);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    view.showDay(Monday);
    QStringList unnamed = test::unnamedInteractiveElements(&view);
    EXPECT_TRUE(unnamed.isEmpty()) << unnamed.join(QLatin1Char('\n')).toStdString();
    view.book(alex.id, QDateTime(Monday, QTime(11, 15), Qt::LocalTime).toUTC());
    auto* dialog = view.findChild<AppointmentDialog*>();
    ASSERT_TRUE(dialog);
    dialog->show();
    unnamed = test::unnamedInteractiveElements(dialog);
    EXPECT_TRUE(unnamed.isEmpty()) << unnamed.join(QLatin1Char('\n')).toStdString();
}

TEST_F(AppointmentBookViewTest, a_clash_is_explained_in_the_dialog_which_stays_open)
{
    Appointment existing;
    existing.patientId = patient.id;
    existing.clinicianId = alex.id;
    existing.start = QDateTime(Monday, QTime(11, 0), Qt::LocalTime).toUTC();
    ASSERT_TRUE(service.book(existing, context.user).ok());
    AppointmentBookView view(context, service);
    view.showDay(Monday);
    view.book(alex.id, QDateTime(Monday, QTime(11, 15), Qt::LocalTime).toUTC());
    auto* dialog = view.findChild<AppointmentDialog*>();
    ASSERT_TRUE(dialog);
    QTest::keyClicks(dialog->patientSearch(), QStringLiteral("zeph"));
    QTest::keyClick(dialog->patientSearch(), Qt::Key_Return);
    messages.answer = false; // do not double book
    EXPECT_FALSE(dialog->save());
    EXPECT_TRUE(
        dialog->errorLabel()->text().contains(QStringLiteral("already has an appointment")));
    EXPECT_EQ(service.day(Monday, test::TestClinic::defaultClinician())->size(), 1u);
}

TEST_F(AppointmentBookViewTest, a_dragged_appointment_moves_and_undo_puts_it_back)
{
    auto booked = bookWithAlex(QDateTime(Monday, QTime(9, 0), Qt::LocalTime).toUTC());
    ASSERT_TRUE(booked.ok());
    AppointmentBookView view(context, service);
    view.resize(900, 700);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    view.showDay(Monday);
    ASSERT_TRUE(
        view.move(*booked, alex.id, QDateTime(Monday, QTime(15, 0), Qt::LocalTime).toUTC(), 45));
    EXPECT_EQ(service.get(booked->id, test::TestClinic::defaultClinician())->start,
              QDateTime(Monday, QTime(15, 0), Qt::LocalTime).toUTC());
    EXPECT_EQ(service.get(booked->id, test::TestClinic::defaultClinician())->durationMinutes, 45);
    view.undoStack().undo();
    EXPECT_EQ(service.get(booked->id, test::TestClinic::defaultClinician())->start, booked->start);
    EXPECT_EQ(service.get(booked->id, test::TestClinic::defaultClinician())->durationMinutes, 30);
    view.undoStack().redo();
    EXPECT_EQ(service.get(booked->id, test::TestClinic::defaultClinician())->durationMinutes, 45);
    // A move onto closed hours is refused and changes nothing.
    EXPECT_FALSE(view.move(*service.get(booked->id, test::TestClinic::defaultClinician()), alex.id,
                           QDateTime(Monday, QTime(19, 0), Qt::LocalTime).toUTC(), 30));
    EXPECT_EQ(messages.messages.size(), 1);
    EXPECT_EQ(view.undoStack().count(), 1);
}

TEST_F(AppointmentBookViewTest, a_drag_onto_another_booking_asks_the_same_question_as_the_dialog)
{
    const QDateTime nine = QDateTime(Monday, QTime(9, 0), Qt::LocalTime).toUTC();
    const QDateTime ten = QDateTime(Monday, QTime(10, 0), Qt::LocalTime).toUTC();
    auto booked = bookWithAlex(nine);
    ASSERT_TRUE(booked.ok());
    bookedElsewhere(ten);
    if (HasFatalFailure())
        return;
    AppointmentBookView view(context, service);
    view.showDay(Monday);

    messages.answer = false;
    EXPECT_FALSE(view.move(*booked, alex.id, ten.addSecs(15 * 60), 30));
    ASSERT_EQ(messages.messages.size(), 1) << "the question, and no warning after a no";
    EXPECT_EQ(messages.messages.at(0).kind, test::RecordingMessagePresenter::Kind::Question);
    EXPECT_EQ(messages.messages.at(0).title,
              BookingQuestions::title(BookingConfirmation::DoubleBooking));
    EXPECT_EQ(messages.messages.at(0).text,
              BookingQuestions::question(BookingConfirmation::DoubleBooking,
                                         QStringLiteral("Alex Morgan already has an appointment "
                                                        "from 10:00 to 10:30.")));
    EXPECT_EQ(service.get(booked->id, context.user)->start, nine);
    EXPECT_EQ(view.undoStack().count(), 0);

    messages.answer = true;
    EXPECT_TRUE(view.move(*booked, alex.id, ten.addSecs(15 * 60), 30));
    EXPECT_EQ(service.get(booked->id, context.user)->start, ten.addSecs(15 * 60));
    view.undoStack().undo();
    view.undoStack().redo();
    EXPECT_EQ(service.get(booked->id, context.user)->start, ten.addSecs(15 * 60))
        << "redo confirms what the person confirmed";
}

TEST_F(AppointmentBookViewTest, booking_in_the_past_from_the_dialog_is_asked_first)
{
    AppointmentBookView view(context, service);
    // The test clinic's now is Sunday 1 March 2026; the Friday before is a working day gone by.
    const QDate yesterday = QDate(2026, 2, 27);
    ASSERT_LT(yesterday, clinic.clock().nowUtc().date());
    view.showDay(yesterday);
    view.book(alex.id, QDateTime(yesterday, QTime(11, 0), Qt::LocalTime).toUTC());
    auto* dialog = view.findChild<AppointmentDialog*>();
    ASSERT_TRUE(dialog);
    QTest::keyClicks(dialog->patientSearch(), QStringLiteral("zeph"));
    QTest::keyClick(dialog->patientSearch(), Qt::Key_Return);
    messages.answer = false;
    EXPECT_FALSE(dialog->save());
    ASSERT_EQ(messages.messages.size(), 1);
    EXPECT_EQ(messages.messages.at(0).title, QStringLiteral("Book in the past?"));
    EXPECT_TRUE(dialog->errorLabel()->text().contains(QStringLiteral("has already gone by")))
        << dialog->errorLabel()->text().toStdString();
    EXPECT_TRUE(service.day(yesterday, context.user)->empty());
    messages.answer = true;
    EXPECT_TRUE(dialog->save());
    EXPECT_EQ(service.day(yesterday, context.user)->size(), 1u);
}

TEST_F(AppointmentBookViewTest, dragging_a_booking_to_another_clinicians_column_asks_first)
{
    const Clinician jo =
        *service.addClinician(Clinician{0, QStringLiteral("Jo Park"), {}, 0b0011111, true},
                              test::TestClinic::defaultAdmin());
    auto booked = bookWithAlex(QDateTime(Monday, QTime(9, 0), Qt::LocalTime).toUTC());
    ASSERT_TRUE(booked.ok());
    AppointmentBookView view(context, service);
    view.showDay(Monday);

    messages.answer = false;
    EXPECT_FALSE(view.move(*booked, jo.id, booked->start, 30));
    ASSERT_EQ(messages.messages.size(), 1);
    EXPECT_EQ(messages.messages.at(0).title, QStringLiteral("Change the clinician?"));
    EXPECT_TRUE(messages.messages.at(0).text.contains(
        QStringLiteral("from ") + DisplayText::isolate(QStringLiteral("Alex Morgan"))))
        << messages.messages.at(0).text.toStdString();
    EXPECT_TRUE(messages.messages.at(0).text.contains(
        QStringLiteral("to ") + DisplayText::isolate(QStringLiteral("Jo Park"))));
    EXPECT_EQ(service.get(booked->id, context.user)->clinicianId, alex.id);

    messages.answer = true;
    EXPECT_TRUE(view.move(*booked, jo.id, booked->start, 30));
    EXPECT_EQ(service.get(booked->id, context.user)->clinicianId, jo.id);
    messages.messages.clear();
    EXPECT_TRUE(
        view.move(*service.get(booked->id, context.user), jo.id, booked->start.addSecs(3600), 30));
    EXPECT_TRUE(messages.messages.isEmpty()) << "the same clinician: nothing to ask";
}

// Where the book itself shows the booking (not only what the service says).
QDateTime shownStart(const AppointmentBookView& view, AppointmentId id)
{
    for (const Appointment& a : view.calendar()->appointments()) {
        if (a.id == id)
            return a.start;
    }
    return {};
}

TEST_F(AppointmentBookViewTest,
       an_undo_refused_because_the_old_slot_was_booked_meanwhile_warns_and_drops_the_step)
{
    const QDateTime nine = QDateTime(Monday, QTime(9, 0), Qt::LocalTime).toUTC();
    const QDateTime ten = QDateTime(Monday, QTime(10, 0), Qt::LocalTime).toUTC();
    const QDateTime three = QDateTime(Monday, QTime(15, 0), Qt::LocalTime).toUTC();
    const QDateTime four = QDateTime(Monday, QTime(16, 0), Qt::LocalTime).toUTC();
    Appointment draft;
    draft.patientId = patient.id;
    draft.clinicianId = alex.id;
    draft.start = ten;
    auto earlier = service.book(draft, context.user);
    ASSERT_TRUE(earlier.ok());
    draft.start = nine;
    auto booked = service.book(draft, context.user);
    ASSERT_TRUE(booked.ok());
    AppointmentBookView view(context, service);
    view.showDay(Monday);
    ASSERT_TRUE(view.move(*earlier, alex.id, four, 30)); // an earlier step, still undoable
    ASSERT_TRUE(view.move(*booked, alex.id, three, 30));
    ASSERT_EQ(view.undoStack().count(), 2);

    // Someone else takes 09:00, which the second move left free.
    bookedElsewhere(nine);
    if (HasFatalFailure())
        return;

    view.undoStack().undo();
    ASSERT_EQ(messages.messages.size(), 1);
    EXPECT_EQ(messages.messages.at(0).kind, test::RecordingMessagePresenter::Kind::Warning);
    EXPECT_EQ(messages.messages.at(0).title, QStringLiteral("Cannot undo the move"));
    EXPECT_TRUE(messages.messages.at(0).text.contains(QStringLiteral("could not be moved back")))
        << messages.messages.at(0).text.toStdString();
    EXPECT_TRUE(messages.messages.at(0).text.contains(QStringLiteral("already has an appointment")))
        << "says why: " << messages.messages.at(0).text.toStdString();
    EXPECT_EQ(service.get(booked->id, test::TestClinic::defaultClinician())->start, three)
        << "the booking stays where it was moved";
    EXPECT_EQ(shownStart(view, booked->id), three);
    // The refused step is gone: nothing to redo, and the next undo is the earlier move.
    EXPECT_EQ(view.undoStack().count(), 1);
    EXPECT_FALSE(view.undoStack().canRedo());
    ASSERT_TRUE(view.undoStack().canUndo());
    view.undoStack().undo();
    EXPECT_EQ(service.get(earlier->id, test::TestClinic::defaultClinician())->start, ten);
    EXPECT_EQ(service.get(booked->id, test::TestClinic::defaultClinician())->start, three);
    EXPECT_EQ(messages.messages.size(), 1) << "the earlier move is undone without a word";
}

TEST_F(AppointmentBookViewTest,
       a_redo_refused_because_the_new_slot_was_booked_meanwhile_warns_and_drops_the_step)
{
    const QDateTime nine = QDateTime(Monday, QTime(9, 0), Qt::LocalTime).toUTC();
    const QDateTime three = QDateTime(Monday, QTime(15, 0), Qt::LocalTime).toUTC();
    auto booked = bookWithAlex(nine);
    ASSERT_TRUE(booked.ok());
    AppointmentBookView view(context, service);
    view.showDay(Monday);
    ASSERT_TRUE(view.move(*booked, alex.id, three, 30));
    view.undoStack().undo();
    ASSERT_EQ(service.get(booked->id, test::TestClinic::defaultClinician())->start, nine);
    ASSERT_TRUE(view.undoStack().canRedo());

    // Someone else takes 15:00 before the move is redone.
    bookedElsewhere(three);
    if (HasFatalFailure())
        return;

    view.undoStack().redo();
    ASSERT_EQ(messages.messages.size(), 1);
    EXPECT_EQ(messages.messages.at(0).kind, test::RecordingMessagePresenter::Kind::Warning);
    EXPECT_EQ(messages.messages.at(0).title, QStringLiteral("Cannot redo the move"));
    EXPECT_TRUE(messages.messages.at(0).text.contains(QStringLiteral("already has an appointment")))
        << "says why: " << messages.messages.at(0).text.toStdString();
    EXPECT_EQ(service.get(booked->id, test::TestClinic::defaultClinician())->start, nine)
        << "the booking stays where it was put back";
    EXPECT_EQ(shownStart(view, booked->id), nine);
    EXPECT_EQ(view.undoStack().count(), 0);
    EXPECT_FALSE(view.undoStack().canRedo());
    EXPECT_FALSE(view.undoStack().canUndo());
}

TEST_F(AppointmentBookViewTest, statuses_change_from_the_book_and_a_refused_change_is_explained)
{
    auto booked = bookWithAlex(QDateTime(Monday, QTime(9, 0), Qt::LocalTime).toUTC());
    ASSERT_TRUE(booked.ok());
    AppointmentBookView view(context, service);
    view.showDay(Monday);
    ASSERT_TRUE(view.setStatus(*booked, AppointmentStatus::Arrived));
    EXPECT_EQ(service.get(booked->id, test::TestClinic::defaultClinician())->status,
              AppointmentStatus::Arrived);
    EXPECT_FALSE(view.setStatus(*booked, AppointmentStatus::NoShow));
    ASSERT_EQ(messages.messages.size(), 1);
    EXPECT_FALSE(view.setStatus(*booked, AppointmentStatus::Cancelled)) << "needs a reason";
    ASSERT_TRUE(view.setStatus(*booked, AppointmentStatus::Cancelled, QStringLiteral("Unwell")));
    EXPECT_EQ(service.get(booked->id, test::TestClinic::defaultClinician())->cancelReason,
              QStringLiteral("Unwell"));
}

TEST_F(AppointmentBookViewTest, the_shown_day_exports_as_an_icalendar_file)
{
    Appointment existing;
    existing.patientId = patient.id;
    existing.clinicianId = alex.id;
    existing.start = QDateTime(Monday, QTime(9, 0), Qt::LocalTime).toUTC();
    existing.type = AppointmentType::InitialAssessment;
    ASSERT_TRUE(service.book(existing, context.user).ok());
    AppointmentBookView view(context, service);
    view.showDay(Monday);
    const QString path = dir.filePath(QStringLiteral("day.ics"));
    ASSERT_TRUE(view.exportIcs(path));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QString ics = QString::fromUtf8(file.readAll());
    EXPECT_TRUE(ics.startsWith(QStringLiteral("BEGIN:VCALENDAR\r\n")));
    EXPECT_TRUE(ics.contains(QStringLiteral("SUMMARY:Initial assessment: Zephaniah\\, Orla")))
        << ics.toStdString();
    EXPECT_TRUE(ics.contains(QStringLiteral("DESCRIPTION:With Alex Morgan")));
    EXPECT_EQ(ics.count(QStringLiteral("BEGIN:VEVENT")), 1);
}

TEST_F(AppointmentBookViewTest, the_export_button_asks_where_and_writes_the_shown_bookings_there)
{
    Appointment existing;
    existing.patientId = patient.id;
    existing.clinicianId = alex.id;
    existing.start = QDateTime(Monday, QTime(9, 0), Qt::LocalTime).toUTC();
    ASSERT_TRUE(service.book(existing, context.user).ok());
    AppointmentBookView view(context, service);
    view.showDay(Monday);
    auto* button = view.findChild<QToolButton*>(QStringLiteral("exportIcsButton"));
    ASSERT_TRUE(button);
    const QString path = dir.filePath(QStringLiteral("chosen.ics"));
    messages.fileAnswer = path;

    button->click();

    ASSERT_EQ(messages.messages.size(), 1) << "asked where, and no warning";
    EXPECT_EQ(messages.messages.front().kind, test::RecordingMessagePresenter::Kind::SaveFile);
    EXPECT_EQ(messages.messages.front().title, QStringLiteral("Export the bookings"));
    EXPECT_TRUE(
        messages.messages.front().text.endsWith(QStringLiteral("appointments-2026-03-02.ics")))
        << messages.messages.front().text.toStdString();
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QString ics = QString::fromUtf8(file.readAll());
    EXPECT_TRUE(ics.startsWith(QStringLiteral("BEGIN:VCALENDAR\r\n")));
    EXPECT_EQ(ics.count(QStringLiteral("BEGIN:VEVENT")), 1);
}

TEST_F(AppointmentBookViewTest, cancelling_the_export_question_writes_nothing)
{
    AppointmentBookView view(context, service);
    view.showDay(Monday);
    messages.fileAnswer.reset(); // the person cancels

    EXPECT_FALSE(view.exportShownBookings());

    ASSERT_EQ(messages.messages.size(), 1) << "asked, then nothing: no warning either";
    EXPECT_EQ(messages.messages.front().kind, test::RecordingMessagePresenter::Kind::SaveFile);
    EXPECT_TRUE(QDir(dir.path()).entryList({QStringLiteral("*.ics")}, QDir::Files).isEmpty());
}

TEST_F(AppointmentBookViewTest, cancelling_a_booking_asks_why_and_records_the_reason)
{
    auto booked = bookWithAlex(QDateTime(Monday, QTime(9, 0), Qt::LocalTime).toUTC());
    ASSERT_TRUE(booked.ok());
    AppointmentBookView view(context, service);
    view.showDay(Monday);
    messages.textAnswer = QStringLiteral("Unwell");

    ASSERT_TRUE(view.cancel(*booked));

    ASSERT_EQ(messages.messages.size(), 1);
    EXPECT_EQ(messages.messages.front().kind, test::RecordingMessagePresenter::Kind::Reason);
    EXPECT_EQ(messages.messages.front().title, QStringLiteral("Cancel the appointment"));
    EXPECT_EQ(messages.lastChoices, QStringList({QStringLiteral("&Cancel the appointment"),
                                                 QStringLiteral("&Keep the appointment")}));
    EXPECT_EQ(service.get(booked->id, test::TestClinic::defaultClinician())->status,
              AppointmentStatus::Cancelled);
    EXPECT_EQ(service.get(booked->id, test::TestClinic::defaultClinician())->cancelReason,
              QStringLiteral("Unwell"));
}

TEST_F(AppointmentBookViewTest, dismissing_the_cancel_question_leaves_the_booking_as_it_was)
{
    auto booked = bookWithAlex(QDateTime(Monday, QTime(9, 0), Qt::LocalTime).toUTC());
    ASSERT_TRUE(booked.ok());
    AppointmentBookView view(context, service);
    view.showDay(Monday);
    messages.textAnswer.reset(); // the person cancels the question

    EXPECT_FALSE(view.cancel(*booked));

    ASSERT_EQ(messages.messages.size(), 1);
    EXPECT_EQ(messages.messages.front().kind, test::RecordingMessagePresenter::Kind::Reason);
    EXPECT_EQ(service.get(booked->id, test::TestClinic::defaultClinician())->status,
              AppointmentStatus::Booked);
    EXPECT_TRUE(
        service.get(booked->id, test::TestClinic::defaultClinician())->cancelReason.isEmpty());
}

} // namespace
TEST_F(AppointmentBookViewTest, days_the_clinic_is_shut_or_the_clinician_is_off_are_greyed)
{
    const Clinician jo =
        *service.addClinician(Clinician{0, QStringLiteral("Jo Park"), {}, 0b0000110, true},
                              test::TestClinic::defaultAdmin()); // Tuesdays and Wednesdays
    AppointmentBookView view(context, service);
    view.showWeek(jo.id, Monday);
    QList<bool> closed;
    for (const CalendarGeometry::Column& column : view.calendar()->geometry().columns())
        closed << column.closed;
    EXPECT_EQ(closed, (QList<bool>{true, false, false, true, true, true, true}));

    view.showDay(Monday);
    closed.clear();
    for (const CalendarGeometry::Column& column : view.calendar()->geometry().columns())
        closed << column.closed;
    EXPECT_EQ(closed, (QList<bool>{false, true})) << "Alex works Mondays, Jo does not";
    view.showDay(Monday.addDays(5));
    for (const CalendarGeometry::Column& column : view.calendar()->geometry().columns())
        EXPECT_TRUE(column.closed) << "the clinic is shut on Saturdays";
}

TEST_F(AppointmentBookViewTest, a_room_is_chosen_in_the_dialog_and_cannot_be_booked_twice)
{
    const Clinician jo =
        *service.addClinician(Clinician{0, QStringLiteral("Jo Park"), {}, 0b0011111, true},
                              test::TestClinic::defaultAdmin());
    const Room room =
        *service.addRoom(Room{0, QStringLiteral("Room 1"), true}, test::TestClinic::defaultAdmin());
    Appointment draft;
    draft.patientId = patient.id;
    draft.clinicianId = alex.id;
    draft.start = QDateTime(Monday, QTime(10, 0), Qt::LocalTime).toUTC();
    AppointmentDialog first(context, service,
                            *service.clinicians(test::TestClinic::defaultClinician()), draft);
    ASSERT_FALSE(first.roomCombo()->isHidden());
    first.roomCombo()->setCurrentIndex(first.roomCombo()->findData(room.id));
    ASSERT_TRUE(first.save());
    EXPECT_EQ(first.appointment().roomId, room.id);

    draft.clinicianId = jo.id;
    draft.start = draft.start.addSecs(15 * 60);
    AppointmentDialog second(context, service,
                             *service.clinicians(test::TestClinic::defaultClinician()), draft);
    second.roomCombo()->setCurrentIndex(second.roomCombo()->findData(room.id));
    messages.answer = false; // no double booking
    EXPECT_FALSE(second.save());
    EXPECT_TRUE(second.errorLabel()->text().contains(QStringLiteral("room is already booked")))
        << second.errorLabel()->text().toStdString();
    second.roomCombo()->setCurrentIndex(0); // no room
    EXPECT_TRUE(second.save()) << "Jo is free; only the room was taken";
}

} // namespace needlechart
