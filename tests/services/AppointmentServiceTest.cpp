#include "needlechart/services/appointments/AppointmentService.h"

#include "needlechart/domain/appointments/AppointmentRules.h"
#include "needlechart/domain/bodymap/MuscleCatalogue.h"
#include "needlechart/domain/common/FixedClock.h"
#include "needlechart/services/appointments/AppointmentIcs.h"
#include "needlechart/services/appointments/IcsWriter.h"
#include "needlechart/services/common/ClinicServices.h"

#include "SessionSamples.h"
#include "TempDatabase.h"
#include "TestServer.h"

#include <QFile>
#include <QLocale>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <ctime>

using namespace needlechart;

namespace {

// Tests run on UK time, so a daylight-saving change is real: the clocks go back on
// Sunday 25 October 2026 and forward on Sunday 28 March 2027.
class UkTime {
public:
    UkTime()
    {
        const char* old = std::getenv("TZ");
        m_old = old ? QByteArray(old) : QByteArray();
        m_hadOld = old != nullptr;
        qputenv("TZ", "Europe/London");
        tzset();
    }
    ~UkTime()
    {
        if (m_hadOld)
            qputenv("TZ", m_old);
        else
            qunsetenv("TZ");
        tzset();
    }

private:
    QByteArray m_old;
    bool m_hadOld = false;
};

QDateTime local(QDate day, QTime time)
{
    return QDateTime(day, time, Qt::LocalTime).toUTC();
}

const QDate Monday(2026, 11, 23);

// Each VEVENT of the iCalendar text as "UID START END STATUS | SUMMARY | LOCATION | DESCRIPTION"
// (line breaks as "/"), read by Debian's python3-icalendar; fails the test if it cannot parse.
QStringList parseIcs(const QByteArray& ics)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("calendar.ics"));
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(ics);
    file.close();
    QProcess python;
    python.start(
        QStringLiteral("/usr/bin/python3"),
        {QStringLiteral("-c"),
         QStringLiteral(
             "import sys, icalendar\n"
             "cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())\n"
             "for e in cal.walk('VEVENT'):\n"
             "    print(e['UID'], e.decoded('DTSTART').isoformat(), e.decoded('DTEND').isoformat(),"
             " e['STATUS'], '|', str(e['SUMMARY']), '|', str(e['LOCATION']), '|', "
             "str(e.get('DESCRIPTION', '')).replace('\\n', '/'))\n"),
         path});
    EXPECT_TRUE(python.waitForFinished(30000));
    EXPECT_EQ(python.exitCode(), 0)
        << python.readAllStandardError().toStdString() << " (python3-icalendar is needed)";
    return QString::fromUtf8(python.readAllStandardOutput()).trimmed().split(QLatin1Char('\n'));
}

class AppointmentServiceTest : public test::BackendTest {
protected:
    UkTime ukTime;
    test::TempDatabase temp{GetParam()};
    std::unique_ptr<Database> db = temp.open();
    FixedClock clock{local(Monday, QTime(8, 0))};
    ClinicServices services{*db, clock, MuscleCatalogue::builtIn()};
    AppointmentService& book = services.appointments();
    User desk = test::frontDeskUser();
    PatientId patientId = 0;
    Clinician alex;
    Clinician jo;

    void SetUp() override
    {
        Patient p;
        p.familyName = QStringLiteral("Evans");
        p.givenName = QStringLiteral("Nia");
        p.dateOfBirth = QDate(1991, 3, 3);
        patientId = services.patients().create(p, test::clinicianUser())->id;
        alex = *book.addClinician(Clinician{0, QStringLiteral("Alex Morgan"), {}, 0b0011111, true},
                                  test::clinicAdminUser());
        jo = *book.addClinician(Clinician{0, QStringLiteral("Jo Park"), {}, 0b0000110, true},
                                test::clinicAdminUser()); // Tuesdays and Wednesdays
    }

    Appointment at(QDate day, QTime time, int minutes = 30, ClinicianId clinician = 0) const
    {
        Appointment a;
        a.patientId = patientId;
        a.clinicianId = clinician ? clinician : alex.id;
        a.start = local(day, time);
        a.durationMinutes = minutes;
        a.type = AppointmentType::DryNeedling;
        return a;
    }
};

} // namespace

TEST(AppointmentRulesTest, touching_appointments_do_not_collide_and_overlapping_ones_do)
{
    Appointment a;
    a.start = QDateTime(QDate(2026, 11, 23), QTime(10, 0), Qt::UTC);
    a.durationMinutes = 30;
    Appointment b = a;
    b.start = a.end();
    EXPECT_FALSE(AppointmentRules::collide(a, b));
    b.start = a.start.addSecs(29 * 60);
    EXPECT_TRUE(AppointmentRules::collide(a, b));
    b.status = AppointmentStatus::Cancelled;
    EXPECT_FALSE(AppointmentRules::collide(a, b)) << "a cancelled booking frees its time";
}

TEST(AppointmentRulesTest, status_changes_follow_the_day)
{
    using S = AppointmentStatus;
    EXPECT_TRUE(AppointmentRules::canMove(S::Booked, S::Arrived));
    EXPECT_TRUE(AppointmentRules::canMove(S::Arrived, S::InTreatment));
    EXPECT_TRUE(AppointmentRules::canMove(S::InTreatment, S::Completed));
    EXPECT_TRUE(AppointmentRules::canMove(S::Booked, S::NoShow));
    EXPECT_TRUE(AppointmentRules::canMove(S::Cancelled, S::Booked));
    EXPECT_FALSE(AppointmentRules::canMove(S::Booked, S::Completed));
    EXPECT_FALSE(AppointmentRules::canMove(S::Completed, S::Cancelled));
    EXPECT_FALSE(AppointmentRules::canMove(S::NoShow, S::Completed));
}

TEST_P(AppointmentServiceTest,
       the_front_desk_books_and_an_overlap_with_the_same_clinician_is_refused)
{
    auto first = book.book(at(Monday, QTime(10, 0)), desk);
    ASSERT_TRUE(first.ok()) << first.error().message.toStdString();
    auto clash = book.book(at(Monday, QTime(10, 15)), desk);
    ASSERT_FALSE(clash.ok());
    EXPECT_EQ(clash.error().code, ErrorCode::NeedsConfirmation);
    EXPECT_EQ(BookingConfirmationText::askedBy(clash.error()), BookingConfirmation::DoubleBooking);
    EXPECT_EQ(clash.error().message,
              QStringLiteral("Alex Morgan already has an appointment from 10:00 to 10:30."));
    EXPECT_TRUE(book.book(at(Monday, QTime(10, 30)), desk).ok()) << "touching ends are fine";
    EXPECT_TRUE(book.book(at(Monday, QTime(9, 30)), desk).ok());
    auto doubleBooked =
        book.book(at(Monday, QTime(10, 15)), desk, BookingConfirmation::DoubleBooking);
    EXPECT_TRUE(doubleBooked.ok()) << "allowed when asked for explicitly";
}

TEST_P(AppointmentServiceTest, a_booking_that_starts_in_the_past_is_made_only_once_confirmed)
{
    clock.set(local(Monday, QTime(11, 0)));
    auto gone = book.book(at(Monday, QTime(10, 0)), desk);
    ASSERT_FALSE(gone.ok());
    EXPECT_EQ(BookingConfirmationText::askedBy(gone.error()), BookingConfirmation::InThePast);
    EXPECT_EQ(gone.error().message,
              QStringLiteral("Monday 23 November 2026 at 10:00 has already gone by."));
    auto confirmed = book.book(at(Monday, QTime(10, 0)), desk, BookingConfirmation::InThePast);
    ASSERT_TRUE(confirmed.ok());
    EXPECT_TRUE(book.book(at(Monday, QTime(10, 45)), desk).ok())
        << "the walk-in put into the slot that has just begun";

    // A move to another time gone by asks again; lengthening it where it is does not, nor does
    // marking it arrived.
    const Appointment recorded = *confirmed;
    auto moved = book.reschedule(recorded, at(Monday, QTime(9, 0)).start, 30, desk);
    ASSERT_FALSE(moved.ok());
    EXPECT_EQ(BookingConfirmationText::askedBy(moved.error()), BookingConfirmation::InThePast);
    auto longer = book.reschedule(recorded, recorded.start, 45, desk);
    ASSERT_TRUE(longer.ok()) << longer.error().message.toStdString();
    EXPECT_TRUE(book.setStatus(*longer, AppointmentStatus::Arrived, QString(), desk).ok());
}

TEST_P(AppointmentServiceTest, a_cancelled_appointment_frees_its_time)
{
    auto first = book.book(at(Monday, QTime(11, 0)), desk);
    ASSERT_TRUE(first.ok());
    auto refused = book.setStatus(*first, AppointmentStatus::Cancelled, QString(), desk);
    ASSERT_FALSE(refused.ok()) << "a cancellation needs its reason";
    auto cancelled = book.setStatus(*first, AppointmentStatus::Cancelled,
                                    QStringLiteral("Patient unwell"), desk);
    ASSERT_TRUE(cancelled.ok()) << cancelled.error().message.toStdString();
    EXPECT_TRUE(book.book(at(Monday, QTime(11, 0)), desk).ok());
    // Reinstating the cancelled one now clashes.
    auto reinstated = book.setStatus(*cancelled, AppointmentStatus::Booked, QString(), desk);
    ASSERT_FALSE(reinstated.ok());
    EXPECT_EQ(reinstated.error().code, ErrorCode::NeedsConfirmation);
}

TEST_P(AppointmentServiceTest, a_room_cannot_hold_two_appointments_at_once)
{
    const Room room =
        *book.addRoom(Room{0, QStringLiteral("Room 1"), true}, test::clinicAdminUser());
    Appointment a = at(QDate(2026, 11, 24), QTime(14, 0));
    a.roomId = room.id;
    ASSERT_TRUE(book.book(a, desk).ok());
    Appointment b = at(QDate(2026, 11, 24), QTime(14, 10), 30, jo.id);
    b.roomId = room.id;
    auto clash = book.book(b, desk);
    ASSERT_FALSE(clash.ok());
    EXPECT_EQ(clash.error().message,
              QStringLiteral("The room is already booked from 14:00 to 14:30."));
}

TEST_P(AppointmentServiceTest, bookings_must_fit_opening_hours_and_working_days)
{
    EXPECT_EQ(book.book(at(Monday, QTime(7, 30)), desk).error().code, ErrorCode::Validation);
    EXPECT_EQ(book.book(at(Monday, QTime(17, 45)), desk).error().code, ErrorCode::Validation)
        << "runs past 18:00";
    auto saturday = book.book(at(QDate(2026, 11, 28), QTime(10, 0)), desk);
    ASSERT_FALSE(saturday.ok());
    EXPECT_TRUE(saturday.error().message.contains(QStringLiteral("closed")))
        << saturday.error().message.toStdString();
    auto joMonday = book.book(at(Monday, QTime(10, 0), 30, jo.id), desk);
    ASSERT_FALSE(joMonday.ok());
    EXPECT_TRUE(joMonday.error().message.startsWith(QStringLiteral("Jo Park does not work on")));
}

TEST_P(AppointmentServiceTest,
       times_are_stored_in_utc_and_keep_their_local_time_across_the_clock_change)
{
    // 10:00 in summer time (BST, UTC+1) and 10:00 in winter time (GMT), booked beforehand.
    clock.set(local(QDate(2026, 10, 1), QTime(8, 0)));
    auto summer = book.book(at(QDate(2026, 10, 21), QTime(10, 0)), desk);
    auto winter = book.book(at(QDate(2026, 10, 28), QTime(10, 0)), desk);
    ASSERT_TRUE(summer.ok() && winter.ok());
    EXPECT_EQ(summer->start, QDateTime(QDate(2026, 10, 21), QTime(9, 0), Qt::UTC));
    EXPECT_EQ(winter->start, QDateTime(QDate(2026, 10, 28), QTime(10, 0), Qt::UTC));
    auto day = book.day(QDate(2026, 10, 28), test::clinicianUser());
    ASSERT_TRUE(day.ok());
    ASSERT_EQ(day->size(), 1u);
    EXPECT_EQ(day->front().start.toLocalTime().time(), QTime(10, 0));
    auto week = book.week(alex.id, QDate(2026, 10, 19), test::clinicianUser());
    ASSERT_TRUE(week.ok());
    EXPECT_EQ(week->size(), 1u);
}

TEST_P(AppointmentServiceTest,
       status_moves_through_the_day_and_a_completed_visit_without_a_note_is_listed)
{
    auto a = book.book(at(Monday, QTime(9, 0)), desk);
    ASSERT_TRUE(a.ok());
    auto arrived = book.setStatus(*a, AppointmentStatus::Arrived, QString(), desk);
    ASSERT_TRUE(arrived.ok());
    EXPECT_FALSE(book.setStatus(*arrived, AppointmentStatus::NoShow, QString(), desk).ok());
    auto treating = book.setStatus(*arrived, AppointmentStatus::InTreatment, QString(), desk);
    auto completed = book.setStatus(*treating, AppointmentStatus::Completed, QString(), desk);
    ASSERT_TRUE(completed.ok());
    auto missing = book.completedWithoutSignedNote(Monday, Monday, test::clinicianUser());
    ASSERT_TRUE(missing.ok());
    ASSERT_EQ(missing->size(), 1u);
    EXPECT_EQ(missing->front().id, a->id);
    EXPECT_EQ(book.forPatient(patientId, test::clinicianUser())->size(), 1u);
}

TEST_P(AppointmentServiceTest, the_next_free_slot_skips_booked_time_and_days_off)
{
    ASSERT_TRUE(book.book(at(QDate(2026, 11, 24), QTime(9, 0), 60, jo.id), desk).ok());
    // Asked on a Monday for Jo (Tuesdays and Wednesdays): Tuesday, after the 9:00 booking.
    auto slot = book.nextFreeSlot(jo.id, local(Monday, QTime(12, 7)), 30, test::clinicianUser());
    ASSERT_TRUE(slot.ok());
    ASSERT_TRUE(slot->has_value());
    EXPECT_EQ((*slot)->toLocalTime(), QDateTime(QDate(2026, 11, 24), QTime(8, 0), Qt::LocalTime))
        << "08:00 is free before the 09:00 booking";
    ASSERT_TRUE(book.book(at(QDate(2026, 11, 24), QTime(8, 0), 60, jo.id), desk).ok());
    slot = book.nextFreeSlot(jo.id, local(Monday, QTime(12, 7)), 30, test::clinicianUser());
    ASSERT_TRUE(slot.ok() && slot->has_value());
    EXPECT_EQ((*slot)->toLocalTime().time(), QTime(10, 0));
}

TEST(IcsWriterTest, escapes_text_and_folds_long_lines_without_splitting_characters)
{
    EXPECT_EQ(IcsWriter::escapeText(QStringLiteral("a,b;c\\d\ne")),
              QStringLiteral("a\\,b\\;c\\\\d\\ne"));
    const QByteArray folded = IcsWriter::fold(
        QString(QStringLiteral("DESCRIPTION:") + QString(80, QChar(0xe9))).toUtf8());
    for (const QByteArray& line : folded.split('\n'))
        EXPECT_LE(line.endsWith('\r') ? line.size() - 1 : line.size(), 75);
    EXPECT_TRUE(QString::fromUtf8(folded).contains(QChar(0xe9)));
    EXPECT_FALSE(QString::fromUtf8(folded).contains(QChar(0xfffd))) << "no character split";
}

TEST(IcsWriterTest, the_calendar_parses_with_a_real_icalendar_parser)
{
    IcsWriter::Event event;
    event.uid = QStringLiteral("appointment-42@needlechart");
    event.startUtc = QDateTime(QDate(2026, 11, 24), QTime(10, 0), Qt::UTC);
    event.endUtc = event.startUtc.addSecs(1800);
    event.summary = QStringLiteral("Dry needling, Riverside Physiotherapy");
    event.location = QStringLiteral("4 Mill Lane, Leeds; Room 1");
    event.description =
        QStringLiteral("Please arrive 5 minutes early.\nWear loose clothing: é, ü, ł.");
    IcsWriter::Event second = event;
    second.uid = QStringLiteral("appointment-43@needlechart");
    second.cancelled = true;
    const QStringList lines = parseIcs(
        IcsWriter::calendar({event, second}, QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC)));
    ASSERT_EQ(lines.size(), 2);
    EXPECT_EQ(lines.at(0), QStringLiteral("appointment-42@needlechart 2026-11-24T10:00:00+00:00 "
                                          "2026-11-24T10:30:00+00:00 CONFIRMED | Dry needling, "
                                          "Riverside Physiotherapy | "
                                          "4 Mill Lane, Leeds; Room 1 | Please arrive 5 minutes "
                                          "early./Wear loose clothing: é, ü, ł."));
    EXPECT_TRUE(lines.at(1).contains(QStringLiteral("CANCELLED")));
}

TEST(AppointmentIcsTest, a_no_show_is_exported_as_not_taking_place_and_says_why)
{
    AppointmentEntry entry;
    entry.appointment.id = 7;
    entry.appointment.start = QDateTime(QDate(2026, 11, 24), QTime(10, 0), Qt::UTC);
    entry.appointment.status = AppointmentStatus::NoShow;
    entry.patientName = QStringLiteral("Zephaniah, Orla");
    const QString ics = QString::fromUtf8(AppointmentIcs::forClinic(
        {entry}, ClinicProfile{}, QDateTime(QDate(2026, 11, 25), QTime(9, 0), Qt::UTC)));
    EXPECT_TRUE(ics.contains(QStringLiteral("STATUS:CANCELLED"))) << ics.toStdString();
    EXPECT_FALSE(ics.contains(QStringLiteral("STATUS:CONFIRMED")));
    EXPECT_TRUE(ics.contains(QStringLiteral("No-show: the patient did not come.")));
    entry.appointment.status = AppointmentStatus::Completed;
    EXPECT_TRUE(QString::fromUtf8(AppointmentIcs::forClinic({entry}, ClinicProfile{}, {}))
                    .contains(QStringLiteral("STATUS:CONFIRMED")));
}

TEST(AppointmentRulesTest, a_booked_patient_is_late_five_minutes_after_the_start_until_arrival)
{
    Appointment a;
    a.start = QDateTime(QDate(2026, 11, 23), QTime(10, 0), Qt::UTC);
    EXPECT_EQ(AppointmentRules::frontDeskState(a, a.start.addSecs(-600)), FrontDeskState::Expected);
    EXPECT_EQ(AppointmentRules::frontDeskState(a, a.start.addSecs(4 * 60 + 59)),
              FrontDeskState::Expected);
    EXPECT_EQ(AppointmentRules::frontDeskState(a, a.start.addSecs(5 * 60)), FrontDeskState::Late);
    a.status = AppointmentStatus::Arrived;
    EXPECT_EQ(AppointmentRules::frontDeskState(a, a.start.addSecs(600)), FrontDeskState::Waiting);
    a.status = AppointmentStatus::InTreatment;
    EXPECT_EQ(AppointmentRules::frontDeskState(a, a.start), FrontDeskState::InTreatment);
    a.status = AppointmentStatus::Completed;
    EXPECT_EQ(AppointmentRules::frontDeskState(a, a.start), FrontDeskState::Done);
    a.status = AppointmentStatus::NoShow;
    EXPECT_EQ(AppointmentRules::frontDeskState(a, a.start), FrontDeskState::NoShow);
}

TEST_P(AppointmentServiceTest, entries_carry_the_patient_clinician_and_room_names)
{
    Room room = *book.addRoom(Room{0, QStringLiteral("Room 2"), true}, test::clinicAdminUser());
    Appointment a = at(Monday, QTime(9, 0));
    a.roomId = room.id;
    ASSERT_TRUE(book.book(a, desk).ok());
    ASSERT_TRUE(book.book(at(Monday, QTime(10, 0), 30, jo.id), desk).ok() == false)
        << "Jo does not work on Mondays";
    auto day = book.day(Monday, test::clinicianUser());
    ASSERT_TRUE(day.ok());
    auto entries = book.entries(*day, test::clinicianUser());
    ASSERT_TRUE(entries.ok());
    ASSERT_EQ(entries->size(), 1u);
    EXPECT_EQ(entries->at(0).patientName, QStringLiteral("Evans, Nia"));
    EXPECT_EQ(entries->at(0).patientFullName, QStringLiteral("Nia Evans"));
    EXPECT_EQ(entries->at(0).clinicianName, QStringLiteral("Alex Morgan"));
    EXPECT_EQ(entries->at(0).roomName, QStringLiteral("Room 2"));
}

TEST_P(AppointmentServiceTest, a_patients_bookings_split_into_upcoming_soonest_first_and_past)
{
    clock.set(local(Monday, QTime(8, 0)));
    const QDate tuesday = Monday.addDays(1);
    ASSERT_TRUE(book.book(at(Monday, QTime(8, 30)), desk).ok());
    ASSERT_TRUE(book.book(at(tuesday.addDays(2), QTime(9, 0)), desk).ok());
    ASSERT_TRUE(book.book(at(tuesday, QTime(9, 0)), desk).ok());
    ASSERT_TRUE(book.book(at(Monday, QTime(9, 30)), desk).ok());
    clock.set(local(Monday, QTime(9, 45))); // the 9:30 visit is in progress
    auto bookings = book.bookingsOf(patientId, clock.nowUtc(), test::clinicianUser());
    ASSERT_TRUE(bookings.ok());
    ASSERT_EQ(bookings->upcoming.size(), 3u);
    EXPECT_EQ(bookings->upcoming.at(0).start, local(Monday, QTime(9, 30)));
    EXPECT_EQ(bookings->upcoming.at(1).start, local(tuesday, QTime(9, 0)));
    EXPECT_EQ(bookings->upcoming.at(2).start, local(tuesday.addDays(2), QTime(9, 0)));
    ASSERT_EQ(bookings->past.size(), 1u);
    EXPECT_EQ(bookings->past.at(0).start, local(Monday, QTime(8, 30)));
}

TEST_P(AppointmentServiceTest, the_patients_calendar_file_names_the_clinic_and_clinician_only)
{
    auto booked = book.book(at(Monday, QTime(14, 0), 45), desk);
    ASSERT_TRUE(booked.ok());
    auto entries = book.entries({*booked}, test::clinicianUser());
    ASSERT_TRUE(entries.ok());
    ClinicProfile clinic;
    clinic.name = QStringLiteral("Riverside Physiotherapy");
    clinic.address = QStringLiteral("4 Mill Lane\nLeeds LS1 4AB");
    clinic.phone = QStringLiteral("0113 496 0000");
    const QStringList lines =
        parseIcs(AppointmentIcs::forPatient(entries->at(0), clinic, clock.nowUtc()));
    ASSERT_EQ(lines.size(), 1);
    EXPECT_TRUE(lines.at(0).startsWith(AppointmentIcs::uidOf(booked->id)
                                       + QStringLiteral(" 2026-11-23T14:00:00+00:00 "
                                                        "2026-11-23T14:45:00+00:00 CONFIRMED")))
        << lines.at(0).toStdString();
    EXPECT_TRUE(lines.at(0).contains(
        QStringLiteral("| Dry needling at Riverside Physiotherapy | Riverside Physiotherapy, "
                       "4 Mill Lane | With Alex Morgan/4 Mill Lane/Leeds LS1 4AB/")))
        << lines.at(0).toStdString();
    EXPECT_FALSE(lines.at(0).contains(QStringLiteral("Evans"))) << "the patient's own copy";

    const QStringList clinicLines =
        parseIcs(AppointmentIcs::forClinic(*entries, clinic, clock.nowUtc()));
    ASSERT_EQ(clinicLines.size(), 1);
    EXPECT_TRUE(clinicLines.at(0).contains(QStringLiteral("| Dry needling: Evans, Nia |")))
        << clinicLines.at(0).toStdString();
}

TEST_P(AppointmentServiceTest, a_clinician_with_bookings_to_come_cannot_stop_taking_bookings)
{
    ASSERT_TRUE(book.book(at(Monday, QTime(9, 0)), desk).ok());
    Clinician leaving = alex;
    leaving.active = false;
    const Status refused = book.updateClinician(leaving, test::clinicAdminUser());
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::Conflict);
    EXPECT_EQ(refused.error().message,
              QStringLiteral("Alex Morgan still has 1 booking to come. Move or cancel it first."));
    EXPECT_FALSE(book.updateClinician(leaving, desk).ok()) << "the front desk cannot change staff";

    clock.set(local(Monday, QTime(10, 0))); // the booking is over
    ASSERT_TRUE(book.updateClinician(leaving, test::clinicAdminUser()).ok());
    auto all = book.clinicians(test::clinicianUser());
    ASSERT_TRUE(all.ok());
    const auto stored = std::find_if(all->begin(), all->end(),
                                     [this](const Clinician& c) { return c.id == alex.id; });
    ASSERT_NE(stored, all->end());
    EXPECT_FALSE(stored->active);

    Clinician renamed = jo;
    renamed.name = QStringLiteral("  ");
    EXPECT_FALSE(book.updateClinician(renamed, test::clinicAdminUser()).ok());
    renamed.name = QStringLiteral("Jo Park-Evans");
    renamed.workingDays = 0;
    EXPECT_FALSE(book.updateClinician(renamed, test::clinicAdminUser()).ok())
        << "an active clinician works at least one day";
}

TEST_P(AppointmentServiceTest, a_long_booking_that_started_hours_earlier_still_clashes)
{
    ASSERT_TRUE(book.book(at(Monday, QTime(9, 0), 4 * 60), desk).ok());
    auto clash = book.book(at(Monday, QTime(12, 45)), desk);
    ASSERT_FALSE(clash.ok());
    EXPECT_EQ(clash.error().code, ErrorCode::NeedsConfirmation);
    EXPECT_TRUE(book.book(at(Monday, QTime(13, 0)), desk).ok()) << "it ends at 13:00";
}

TEST(AppointmentRulesTest, the_preferred_clinician_is_matched_by_login_before_name)
{
    const std::vector<Clinician> staff{
        Clinician{1, QStringLiteral("Alex Morgan"), QStringLiteral("amorgan"), 0b0011111, true},
        Clinician{2, QStringLiteral("Alex Morgan"), QStringLiteral("alex"), 0b0011111, true},
        Clinician{3, QStringLiteral("Alex Morgan"), {}, 0b0011111, true},
        Clinician{4, QStringLiteral("Jo Park"), QStringLiteral("jo"), 0b0011111, false},
        Clinician{5, QStringLiteral("Sam Okafor"), {}, 0b0011111, true}};
    EXPECT_EQ(AppointmentRules::preferredClinician(staff, QStringLiteral("alex"),
                                                   QStringLiteral("Alex Morgan")),
              2)
        << "the login decides, not the last clinician of that name";
    EXPECT_EQ(AppointmentRules::preferredClinician(staff, {}, QStringLiteral("Alex Morgan")), 1)
        << "the first of that name";
    EXPECT_EQ(AppointmentRules::preferredClinician(staff, QStringLiteral("jo"),
                                                   QStringLiteral("Jo Park")),
              1)
        << "someone no longer taking bookings is skipped: the first who takes them";
    EXPECT_EQ(AppointmentRules::preferredClinician({}, QStringLiteral("jo"), {}), 0);
}

TEST(AppointmentRulesTest, a_follow_up_is_matched_to_the_charting_clinician_or_to_nobody)
{
    const std::vector<Clinician> staff{
        Clinician{1, QStringLiteral("Sam Okafor"), {}, 0b0011111, true},
        Clinician{2, QStringLiteral("alex morgan "), {}, 0b0011111, true},
        Clinician{3, QStringLiteral("Jo Park"), QStringLiteral("jo"), 0b0011111, false}};
    EXPECT_EQ(AppointmentRules::matchingClinician(staff, QStringLiteral("alex"),
                                                  QStringLiteral("Alex Morgan")),
              2)
        << "the name, whatever its case and spaces, when no login matches";
    EXPECT_EQ(
        AppointmentRules::matchingClinician(staff, QStringLiteral("jo"), QStringLiteral("Jo Park")),
        0)
        << "Jo no longer takes bookings: nobody, not the first who does";
    EXPECT_EQ(AppointmentRules::matchingClinician(staff, {}, {}), 0);
    EXPECT_EQ(AppointmentRules::preferredClinician(staff, {}, {}), 1)
        << "a booking naming no one still starts with the first who takes bookings";
}

TEST_P(AppointmentServiceTest, a_follow_up_goes_to_the_charting_clinician_after_the_notes_interval)
{
    // A second "Alex Morgan" without a login is added after the one who charts as "alex".
    Clinician charting = alex;
    charting.login = QStringLiteral("alex");
    ASSERT_TRUE(book.updateClinician(charting, test::clinicAdminUser()).ok());
    ASSERT_TRUE(book.addClinician(Clinician{0, QStringLiteral("Alex Morgan"), {}, 0b0011111, true},
                                  test::clinicAdminUser())
                    .ok());
    Session session;
    session.patientId = patientId;
    session.clinician = QStringLiteral("Alex Morgan");
    session.clinicianLogin = QStringLiteral("alex");
    session.treatedAt = local(Monday, QTime(8, 0));
    session.followUp = QStringLiteral("Review in 2 days");
    ASSERT_TRUE(book.book(at(Monday.addDays(2), QTime(8, 0), 60), desk).ok());

    auto proposal = book.proposeFollowUp(session, test::clinicianUser());
    ASSERT_TRUE(proposal.ok()) << proposal.error().message.toStdString();
    EXPECT_EQ(proposal->appointment.clinicianId, alex.id);
    EXPECT_EQ(proposal->intervalDays, 2);
    EXPECT_TRUE(proposal->freeSlotFound);
    EXPECT_EQ(proposal->appointment.start.toLocalTime(),
              QDateTime(Monday.addDays(2), QTime(9, 0), Qt::LocalTime))
        << "the first free time two days later";
    EXPECT_EQ(proposal->appointment.type, AppointmentType::FollowUp);
    EXPECT_EQ(proposal->appointment.patientId, patientId);
    EXPECT_EQ(proposal->appointment.note, session.followUp);
    EXPECT_EQ(proposal->clinicians.size(), 3u);
}

TEST_P(AppointmentServiceTest, a_follow_up_without_an_interval_is_proposed_a_week_later)
{
    Session session;
    session.patientId = patientId;
    session.clinician = QStringLiteral("Jo Park");
    session.treatedAt = local(Monday, QTime(8, 0));
    auto proposal = book.proposeFollowUp(session, test::clinicianUser());
    ASSERT_TRUE(proposal.ok());
    EXPECT_FALSE(proposal->intervalDays.has_value());
    EXPECT_EQ(proposal->appointment.clinicianId, jo.id) << "matched by name";
    // Jo works Tuesdays and Wednesdays: a week after Monday, the first is Tuesday.
    EXPECT_EQ(proposal->appointment.start.toLocalTime().date(), Monday.addDays(8));
}

class AppointmentServiceProposalTest : public test::BackendTest {};

TEST_P(AppointmentServiceProposalTest, a_follow_up_in_a_book_without_clinicians_is_refused)
{
    test::TempDatabase temp{GetParam()};
    std::unique_ptr<Database> db = temp.open();
    FixedClock clock{local(Monday, QTime(8, 0))};
    ClinicServices services{*db, clock, MuscleCatalogue::builtIn()};
    Session session;
    session.patientId = 1;
    auto proposal = services.appointments().proposeFollowUp(session, test::clinicianUser());
    ASSERT_FALSE(proposal.ok());
    EXPECT_EQ(proposal.error().code, ErrorCode::NotFound);
    EXPECT_EQ(proposal.error().message,
              QStringLiteral("The appointment book has no clinicians yet."));
}

TEST_P(AppointmentServiceTest, a_new_booking_is_proposed_at_the_first_free_slot_from_now)
{
    ASSERT_TRUE(book.book(at(Monday, QTime(8, 0), 60), desk).ok());
    auto proposal = book.proposeBooking(patientId, test::clinicianUser());
    ASSERT_TRUE(proposal.ok());
    EXPECT_EQ(proposal->appointment.clinicianId, alex.id) << "the first taking bookings";
    EXPECT_EQ(proposal->appointment.start.toLocalTime(),
              QDateTime(Monday, QTime(9, 0), Qt::LocalTime));
    EXPECT_EQ(proposal->appointment.durationMinutes, AppointmentRules::DefaultDurationMinutes);
    EXPECT_TRUE(proposal->freeSlotFound);
}

// Two workstations (two processes on one file) book the same slot at the same moment, a
// hundred times: the slot check and the insert are one write transaction, so exactly one of
// each pair gets the slot and the other is told it is taken.
TEST_P(AppointmentServiceTest, two_workstations_booking_one_slot_at_once_never_both_get_it)
{
    Patient p;
    p.familyName = QStringLiteral("Okafor");
    p.givenName = QStringLiteral("Ada");
    p.dateOfBirth = QDate(1980, 5, 5);
    const PatientId otherPatient = services.patients().create(p, test::clinicianUser())->id;
    // A week safely in the workers' future (they use the real clock), before the clocks change.
    QDate week(QDate::currentDate().year() + 1, 3, 1);
    week = week.addDays(1 - week.dayOfWeek());
    QTemporaryDir barriers;
    ASSERT_TRUE(barriers.isValid());

    // Each workstation is one process for every try: starting one is what costs.
    const auto startWorker = [&](QProcess& worker, PatientId patient) {
        worker.start(QStringLiteral(NEEDLECHART_BOOKING_WORKER),
                     {temp.location(), QString::number(alex.id), QString::number(patient)});
        return worker.waitForStarted(30000);
    };
    const auto waitForLine = [](QProcess& worker) {
        while (!worker.canReadLine())
            if (!worker.waitForReadyRead(30000))
                return QString();
        return QString::fromUtf8(worker.readLine()).trimmed();
    };
    const auto ask = [&](QProcess& worker, const QString& round) {
        worker.write((round + QLatin1Char('\n')).toUtf8());
        return waitForLine(worker);
    };

    QProcess first;
    QProcess second;
    ASSERT_TRUE(startWorker(first, patientId));
    ASSERT_TRUE(startWorker(second, otherPatient));
    constexpr int Tries = 100;
    int slotsBookedOnce = 0;
    int bothBooked = 0;
    for (int i = 0; i < Tries; ++i) {
        const QDateTime start = local(week.addDays(i / 20), QTime(8, 0).addSecs((i % 20) * 1800));
        const QString round =
            start.toString(Qt::ISODate) + QLatin1Char(' ') + barriers.filePath(QString::number(i));
        ASSERT_EQ(ask(first, round), QStringLiteral("ready"))
            << first.readAllStandardError().toStdString();
        ASSERT_EQ(ask(second, round), QStringLiteral("ready"))
            << second.readAllStandardError().toStdString();
        QFile open(barriers.filePath(QString::number(i)));
        ASSERT_TRUE(open.open(QIODevice::WriteOnly)); // both go
        open.close();
        const QString a = waitForLine(first);
        const QString b = waitForLine(second);
        ASSERT_TRUE((a == QStringLiteral("booked") || a == QStringLiteral("refused"))
                    && (b == QStringLiteral("booked") || b == QStringLiteral("refused")))
            << a.toStdString() << " / " << b.toStdString() << " "
            << first.readAllStandardError().toStdString()
            << second.readAllStandardError().toStdString();
        if (a == QStringLiteral("booked") && b == QStringLiteral("booked"))
            ++bothBooked;
        else if (a == QStringLiteral("booked") || b == QStringLiteral("booked"))
            ++slotsBookedOnce;
    }
    first.closeWriteChannel();
    second.closeWriteChannel();
    ASSERT_TRUE(first.waitForFinished(30000) && second.waitForFinished(30000));
    EXPECT_EQ(bothBooked, 0) << "double bookings";
    EXPECT_EQ(slotsBookedOnce, Tries);
    int stored = 0;
    for (int day = 0; day < 5; ++day)
        stored += int(book.day(week.addDays(day), test::clinicianUser())->size());
    EXPECT_EQ(stored, Tries) << "one booking a slot in the database too";
}

TEST_P(AppointmentServiceTest, two_workstations_editing_one_clinician_at_once_lose_no_edit)
{
    // A second workstation: its own connection and services on the same file.
    auto otherDb = temp.open();
    ASSERT_NE(otherDb, nullptr);
    ClinicServices other(*otherDb, clock, MuscleCatalogue::builtIn());
    const User jpark{QStringLiteral("jpark"),
                     QStringLiteral("Jo Park"),
                     {StaffRole::Clinician, StaffRole::Admin}};
    const auto read = [](AppointmentService& service, ClinicianId id) {
        const auto all = service.clinicians(test::clinicianUser());
        if (!all)
            return Clinician{};
        const auto found =
            std::find_if(all->begin(), all->end(), [id](const Clinician& c) { return c.id == id; });
        return found == all->end() ? Clinician{} : *found;
    };

    Clinician here = read(book, alex.id);
    Clinician there = read(other.appointments(), alex.id);
    ASSERT_EQ(here.rowVersion, 1);
    here.login = QStringLiteral("amorgan");
    there.workingDays = 0b0011110; // no more Mondays
    clock.set(local(Monday, QTime(8, 30)));
    ASSERT_TRUE(book.updateClinician(here, jpark).ok());
    const Status stale = other.appointments().updateClinician(there, test::clinicAdminUser());
    ASSERT_FALSE(stale.ok()) << "the second save would have dropped the login";
    EXPECT_EQ(stale.error().code, ErrorCode::Conflict);
    const QString when =
        QLocale().toString(local(Monday, QTime(8, 30)).toLocalTime(), QLocale::ShortFormat);
    EXPECT_EQ(stale.error().message,
              QStringLiteral("The details of Alex Morgan were changed on another workstation "
                             "(by Jo Park, %1) after you opened them. Your changes are still in "
                             "the form but not saved: cancel, open the clinician again to see the "
                             "other changes, and make yours again.")
                  .arg(when));
    EXPECT_EQ(read(book, alex.id).login, here.login) << "the first edit remains";
    EXPECT_TRUE(read(book, alex.id).worksOn(1));

    // Read again, the second edit goes in beside the first.
    Clinician fresh = read(other.appointments(), alex.id);
    fresh.workingDays = there.workingDays;
    ASSERT_TRUE(other.appointments().updateClinician(fresh, test::clinicAdminUser()).ok());
    const Clinician both = read(book, alex.id);
    EXPECT_EQ(both.login, here.login);
    EXPECT_FALSE(both.worksOn(1));
    EXPECT_EQ(both.rowVersion, 3);
    EXPECT_EQ(both.updatedAt, local(Monday, QTime(8, 30)));
}

TEST_P(AppointmentServiceTest, two_workstations_editing_one_room_at_once_lose_no_edit)
{
    const auto added =
        book.addRoom(Room{0, QStringLiteral("Room 1"), true}, test::clinicAdminUser());
    ASSERT_TRUE(added.ok());
    EXPECT_EQ(added->rowVersion, 1);
    auto otherDb = temp.open();
    ASSERT_NE(otherDb, nullptr);
    ClinicServices other(*otherDb, clock, MuscleCatalogue::builtIn());

    Room here = book.rooms(test::clinicianUser())->front();
    Room there = other.appointments().rooms(test::clinicianUser())->front();
    here.name = QStringLiteral("Treatment room 1");
    there.active = false; // retired, still under its old name
    ASSERT_TRUE(book.updateRoom(here, test::clinicAdminUser()).ok());
    const Status stale = other.appointments().updateRoom(there, test::clinicAdminUser());
    ASSERT_FALSE(stale.ok()) << "retiring would have put back the old name";
    EXPECT_EQ(stale.error().code, ErrorCode::Conflict);
    EXPECT_TRUE(stale.error().message.startsWith(
        QStringLiteral("The room \u201cTreatment room 1\u201d was changed on another workstation "
                       "(by Alex Morgan, ")))
        << stale.error().message.toStdString();
    EXPECT_EQ(book.rooms(test::clinicianUser())->front().name, here.name)
        << "the first edit remains";
    EXPECT_TRUE(book.rooms(test::clinicianUser())->front().active);

    Room fresh = other.appointments().rooms(test::clinicianUser())->front();
    fresh.active = false;
    ASSERT_TRUE(other.appointments().updateRoom(fresh, test::clinicAdminUser()).ok());
    const Room both = book.rooms(test::clinicianUser())->front();
    EXPECT_EQ(both.name, here.name);
    EXPECT_FALSE(both.active);
    EXPECT_EQ(both.rowVersion, 3);
}

NEEDLECHART_ON_EVERY_BACKEND(AppointmentServiceTest);
NEEDLECHART_ON_EVERY_BACKEND(AppointmentServiceProposalTest);
