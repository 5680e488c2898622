#include "needlechart/domain/appointments/AppointmentRules.h"

#include "needlechart/domain/common/TextLimit.h"
#include "needlechart/domain/session/SessionValidator.h"

#include "QtPrinters.h"

#include <gtest/gtest.h>

namespace needlechart {
namespace {

Appointment booking()
{
    Appointment a;
    a.patientId = 1;
    a.clinicianId = 2;
    a.start = QDateTime(QDate(2026, 3, 2), QTime(10, 0), Qt::UTC);
    return a;
}

QString repeated(int count)
{
    return QString(count, QLatin1Char('x'));
}

TEST(AppointmentRulesTest, a_note_or_cancel_reason_over_its_limit_is_refused_naming_field_and_limit)
{
    Appointment a = booking();
    a.note = repeated(AppointmentRules::MaxNoteLength);
    a.status = AppointmentStatus::Cancelled;
    a.cancelReason = repeated(AppointmentRules::MaxCancelReasonLength);
    EXPECT_TRUE(AppointmentRules::check(a).isEmpty());

    a.note += QLatin1Char('x');
    a.cancelReason += QLatin1Char('x');
    const QList<FieldError> errors = AppointmentRules::check(a);
    ASSERT_EQ(errors.size(), 2);
    EXPECT_EQ(errors.at(0),
              (FieldError{AppointmentFields::CancelReason,
                          TextLimit::message(QStringLiteral("The reason for cancelling"),
                                             AppointmentRules::MaxCancelReasonLength,
                                             AppointmentRules::MaxCancelReasonLength + 1)}));
    EXPECT_EQ(errors.at(1), (FieldError{AppointmentFields::Note,
                                        TextLimit::message(QStringLiteral("The appointment's note"),
                                                           AppointmentRules::MaxNoteLength,
                                                           AppointmentRules::MaxNoteLength + 1)}));
}

TEST(AppointmentRulesTest, clinician_and_room_names_need_a_name_within_its_limit)
{
    Clinician clinician;
    clinician.name = repeated(AppointmentRules::MaxClinicianNameLength);
    clinician.login = repeated(AppointmentRules::MaxLoginLength);
    EXPECT_TRUE(AppointmentRules::checkClinician(clinician).isEmpty());
    clinician.name += QLatin1Char('x');
    clinician.login += QLatin1Char('x');
    const QList<FieldError> errors = AppointmentRules::checkClinician(clinician);
    ASSERT_EQ(errors.size(), 2);
    EXPECT_EQ(errors.at(0).field, StaffFields::Name);
    EXPECT_EQ(errors.at(0).message,
              TextLimit::message(QStringLiteral("The clinician's name"),
                                 AppointmentRules::MaxClinicianNameLength,
                                 AppointmentRules::MaxClinicianNameLength + 1));
    EXPECT_EQ(errors.at(1).field, StaffFields::Login);
    EXPECT_EQ(AppointmentRules::checkClinician(Clinician{}).size(), 1) << "a name is needed";

    Room room;
    room.name = repeated(AppointmentRules::MaxRoomNameLength);
    EXPECT_TRUE(AppointmentRules::checkRoom(room).isEmpty());
    room.name += QLatin1Char('x');
    const QList<FieldError> roomErrors = AppointmentRules::checkRoom(room);
    ASSERT_EQ(roomErrors.size(), 1);
    EXPECT_EQ(roomErrors.front().message,
              TextLimit::message(QStringLiteral("The room's name"),
                                 AppointmentRules::MaxRoomNameLength,
                                 AppointmentRules::MaxRoomNameLength + 1));
    EXPECT_EQ(AppointmentRules::checkRoom(Room{}).size(), 1);
}

TEST(AppointmentRulesTest, a_session_follow_up_always_fits_the_note_of_the_booking_it_proposes)
{
    // AppointmentService::proposeFollowUp takes the note's follow-up as the booking's note.
    EXPECT_LE(SessionValidator::MaxFollowUpLength, AppointmentRules::MaxNoteLength);
}

} // namespace
} // namespace needlechart

namespace needlechart {
namespace {

Appointment bookedAt(const QDateTime& start, int minutes = 30)
{
    Appointment a;
    a.start = start;
    a.durationMinutes = minutes;
    a.status = AppointmentStatus::Booked;
    return a;
}

const QDateTime NineUtc(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);

TEST(AppointmentRulesTest, a_missing_patient_is_late_until_the_booking_ends_then_not_arrived)
{
    const Appointment a = bookedAt(NineUtc);
    EXPECT_EQ(AppointmentRules::frontDeskState(a, NineUtc.addSecs(4 * 60)),
              FrontDeskState::Expected);
    EXPECT_EQ(AppointmentRules::frontDeskState(a, NineUtc.addSecs(5 * 60)), FrontDeskState::Late);
    EXPECT_EQ(AppointmentRules::frontDeskState(a, NineUtc.addSecs(29 * 60)), FrontDeskState::Late);
    EXPECT_EQ(AppointmentRules::frontDeskState(a, NineUtc.addSecs(30 * 60)),
              FrontDeskState::NotArrived);
    EXPECT_EQ(AppointmentRules::frontDeskState(a, NineUtc.addSecs(13 * 3600)),
              FrontDeskState::NotArrived);
}

TEST(AppointmentRulesTest, a_start_more_than_a_quarter_hour_ago_is_in_the_past)
{
    const Appointment a = bookedAt(NineUtc);
    EXPECT_FALSE(AppointmentRules::startsInThePast(a, NineUtc.addSecs(15 * 60)));
    EXPECT_TRUE(AppointmentRules::startsInThePast(a, NineUtc.addSecs(15 * 60 + 1)));
    EXPECT_FALSE(AppointmentRules::startsInThePast(a, NineUtc.addSecs(-3600)));
}

} // namespace
} // namespace needlechart
