// Issue 12, defect 13: the appointment book's texts have limits, told with the field's name and
// the limit, whichever way a booking is written (booked, moved, cancelled).
#include "needlechart/domain/appointments/AppointmentRules.h"
#include "needlechart/domain/bodymap/MuscleCatalogue.h"
#include "needlechart/domain/common/FixedClock.h"
#include "needlechart/domain/common/TextLimit.h"
#include "needlechart/services/appointments/AppointmentService.h"
#include "needlechart/services/common/ClinicServices.h"

#include "QtPrinters.h"
#include "ServicesTest.h"
#include "SessionSamples.h"
#include "TempDatabase.h"
#include "TestServer.h"

#include <gtest/gtest.h>

namespace needlechart {
namespace {

const QDate Monday(2026, 11, 23);

QDateTime local(QDate day, QTime time)
{
    return QDateTime(day, time, Qt::LocalTime).toUTC();
}

class AppointmentServiceLimitsTest : public test::ServicesTest {
protected:
    AppointmentServiceLimitsTest() : ServicesTest(local(Monday, QTime(8, 0))) {}

    AppointmentService& book = services.appointments();
    User desk = test::frontDeskUser();
    Appointment draft;

    void SetUp() override
    {
        Patient p;
        p.familyName = QStringLiteral("Evans");
        p.givenName = QStringLiteral("Nia");
        p.dateOfBirth = QDate(1991, 3, 3);
        auto created = services.patients().create(p, test::clinicianUser());
        ASSERT_TRUE(created.ok());
        Clinician alex;
        alex.name = QStringLiteral("Alex Morgan");
        auto added = book.addClinician(alex, test::clinicAdminUser());
        ASSERT_TRUE(added.ok());
        draft.patientId = created->id;
        draft.clinicianId = added->id;
        draft.start = local(Monday, QTime(10, 0));
        draft.type = AppointmentType::DryNeedling;
    }
};

TEST_P(AppointmentServiceLimitsTest, a_booking_whose_note_is_over_its_limit_is_refused_saying_so)
{
    Appointment a = draft;
    a.note = QString(AppointmentRules::MaxNoteLength + 1, QLatin1Char('n'));
    auto refused = book.book(a, desk);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::Validation);
    EXPECT_TRUE(refused.error().hasFieldError(AppointmentFields::Note));
    EXPECT_EQ(refused.error().message, TextLimit::message(QStringLiteral("The appointment's note"),
                                                          AppointmentRules::MaxNoteLength,
                                                          AppointmentRules::MaxNoteLength + 1));
    EXPECT_TRUE(book.day(Monday, test::clinicianUser())->empty()) << "nothing was booked";

    a.note.chop(1);
    EXPECT_TRUE(book.book(a, desk).ok()) << "a note at the limit is booked";
}

TEST_P(AppointmentServiceLimitsTest, a_cancellation_whose_reason_is_over_its_limit_is_refused)
{
    auto booked = book.book(draft, desk);
    ASSERT_TRUE(booked.ok());
    auto refused = book.setStatus(
        *booked, AppointmentStatus::Cancelled,
        QString(AppointmentRules::MaxCancelReasonLength + 1, QLatin1Char('r')), desk);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().hasFieldError(AppointmentFields::CancelReason));
    EXPECT_TRUE(refused.error().message.startsWith(
        QStringLiteral("The reason for cancelling can be at most ")));
    EXPECT_EQ(book.get(booked->id, test::clinicianUser())->status, AppointmentStatus::Booked)
        << "still booked";
}

TEST_P(AppointmentServiceLimitsTest, clinician_and_room_names_over_their_limits_are_refused)
{
    const User alex = test::clinicAdminUser();
    const QString tooLong(AppointmentRules::MaxClinicianNameLength + 1, QLatin1Char('c'));
    Clinician clinician;
    clinician.name = tooLong;
    auto refused = book.addClinician(clinician, alex);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::Validation);
    EXPECT_TRUE(refused.error().hasFieldError(StaffFields::Name));
    EXPECT_EQ(refused.error().message,
              TextLimit::message(QStringLiteral("The clinician's name"),
                                 AppointmentRules::MaxClinicianNameLength, tooLong.size()));
    Clinician existing = book.clinicians(test::clinicianUser())->front();
    existing.login = QString(AppointmentRules::MaxLoginLength + 1, QLatin1Char('l'));
    auto renamed = book.updateClinician(existing, alex);
    ASSERT_FALSE(renamed.ok());
    EXPECT_TRUE(renamed.error().hasFieldError(StaffFields::Login));
    EXPECT_TRUE(book.clinicians(test::clinicianUser())->front().login.isEmpty())
        << "nothing refused was saved";

    Room room;
    room.name = QString(AppointmentRules::MaxRoomNameLength + 1, QLatin1Char('r'));
    auto roomRefused = book.addRoom(room, alex);
    ASSERT_FALSE(roomRefused.ok());
    EXPECT_TRUE(
        roomRefused.error().message.startsWith(QStringLiteral("The room's name can be at most ")));
    room.name = QStringLiteral("Room 1");
    auto added = book.addRoom(room, alex);
    ASSERT_TRUE(added.ok());
    Room longer = *added;
    longer.name = QString(AppointmentRules::MaxRoomNameLength + 1, QLatin1Char('r'));
    EXPECT_FALSE(book.updateRoom(longer, alex).ok());
    EXPECT_EQ(book.rooms(test::clinicianUser())->front().name, QStringLiteral("Room 1"));
    auto unnamed = book.addRoom(Room{}, alex);
    ASSERT_FALSE(unnamed.ok());
    EXPECT_EQ(unnamed.error().message, QStringLiteral("Enter the room's name."));
}

NEEDLECHART_ON_EVERY_BACKEND(AppointmentServiceLimitsTest);

} // namespace
} // namespace needlechart
