#pragma once

#include "needlechart/domain/appointments/Appointment.h"

#include <QString>

namespace needlechart {

// An appointment with the names a list, a printed sheet or a calendar file shows beside it:
// the patient's (as lists show it, and in full), their phone, the clinician's and the room's.
// Filled by AppointmentService::entries; a plain value.
struct AppointmentEntry {
    Appointment appointment;
    QString patientName;     // "Family, Given (Preferred)"
    QString patientFullName; // "Given Family"
    QString patientPhone;
    QString clinicianName;
    QString roomName; // empty: no room

    friend bool operator==(const AppointmentEntry&, const AppointmentEntry&) = default;
};

} // namespace needlechart
