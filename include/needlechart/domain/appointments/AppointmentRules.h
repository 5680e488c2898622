#pragma once

#include "needlechart/domain/appointments/Appointment.h"
#include "needlechart/domain/appointments/Clinician.h"
#include "needlechart/domain/appointments/Room.h"
#include "needlechart/domain/common/Error.h"

#include <QCoreApplication>
#include <QList>

#include <vector>

namespace needlechart {

// The rules of the appointment book that need no database: what a booking must hold, when two
// bookings collide (half-open intervals: one ending at 10:30 and another starting at 10:30 do
// not), and which status changes make sense.
class AppointmentRules {
    Q_DECLARE_TR_FUNCTIONS(AppointmentRules)

public:
    static constexpr int MinDurationMinutes = 5;
    static constexpr int MaxDurationMinutes = 8 * 60;
    // A booked patient counts as late this long after the start.
    static constexpr int LateAfterMinutes = 5;
    // A booking may start this long before now without counting as booked in the past: the
    // walk-in put into the slot that has just begun.
    static constexpr int PastGraceMinutes = 15;
    // What a new booking lasts unless the person changes it.
    static constexpr int DefaultDurationMinutes = 30;
    // A follow-up whose note names no interval ("Review in 7 days") is proposed this much later.
    static constexpr int DefaultFollowUpDays = 7;
    // Text limits. A note holds at least a session's follow-up (SessionValidator), which a
    // proposed follow-up booking takes as its note.
    static constexpr int MaxNoteLength = 1000;
    static constexpr int MaxCancelReasonLength = 500;
    static constexpr int MaxClinicianNameLength = 100;
    static constexpr int MaxLoginLength = 64;
    static constexpr int MaxRoomNameLength = 100;

    // What a booking must hold: patient, clinician, start, a duration in range, a reason for a
    // cancellation, and texts within their limits.
    [[nodiscard]] static QList<FieldError> check(const Appointment& appointment);
    // A clinician needs a name; the name and login are within their limits (keys in StaffFields).
    [[nodiscard]] static QList<FieldError> checkClinician(const Clinician& clinician);
    // A room needs a name within its limit (key StaffFields::Name).
    [[nodiscard]] static QList<FieldError> checkRoom(const Room& room);
    // True if both hold time and their intervals overlap. The one clash rule: the repository
    // only narrows the candidates with an index range, and this decides.
    [[nodiscard]] static bool collide(const Appointment& a, const Appointment& b);
    // The clinician in the book who is the person who charted as `login` / `name`: the first
    // taking bookings with that login, else the first with that name (case and spaces at the
    // ends ignored); 0 when none is. A follow-up is never quietly given to someone else.
    [[nodiscard]] static ClinicianId matchingClinician(const std::vector<Clinician>& clinicians,
                                                       const QString& login, const QString& name);
    // matchingClinician(), else the first taking bookings at all (for a booking that names no
    // one); 0 when nobody takes bookings.
    [[nodiscard]] static ClinicianId preferredClinician(const std::vector<Clinician>& clinicians,
                                                        const QString& login, const QString& name);
    [[nodiscard]] static bool canMove(AppointmentStatus from, AppointmentStatus to);
    // True when the booking starts more than PastGraceMinutes before `nowUtc`.
    [[nodiscard]] static bool startsInThePast(const Appointment& appointment,
                                              const QDateTime& nowUtc);
    // What the front desk's list shows for the booking at `nowUtc`.
    [[nodiscard]] static FrontDeskState frontDeskState(const Appointment& appointment,
                                                       const QDateTime& nowUtc);
};

// Stable keys naming Clinician and Room fields in FieldError.
namespace StaffFields {
inline const QString Name = QStringLiteral("name");
inline const QString Login = QStringLiteral("login");
} // namespace StaffFields

} // namespace needlechart
