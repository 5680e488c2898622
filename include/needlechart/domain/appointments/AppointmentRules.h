#pragma once

#include "needlechart/domain/appointments/Appointment.h"
#include "needlechart/domain/common/Error.h"

#include <QList>

namespace needlechart {

// The rules of the appointment book that need no database: what a booking must hold, when two
// bookings collide (half-open intervals: one ending at 10:30 and another starting at 10:30 do
// not), and which status changes make sense.
class AppointmentRules {
public:
    static constexpr int MinDurationMinutes = 5;
    static constexpr int MaxDurationMinutes = 8 * 60;
    // A booked patient counts as late this long after the start.
    static constexpr int LateAfterMinutes = 5;

    [[nodiscard]] static QList<FieldError> check(const Appointment& appointment);
    // True if both hold time and their intervals overlap.
    [[nodiscard]] static bool collide(const Appointment& a, const Appointment& b);
    [[nodiscard]] static bool canMove(AppointmentStatus from, AppointmentStatus to);
    // What the front desk's list shows for the booking at `nowUtc`.
    [[nodiscard]] static FrontDeskState frontDeskState(const Appointment& appointment,
                                                       const QDateTime& nowUtc);
};

} // namespace needlechart
