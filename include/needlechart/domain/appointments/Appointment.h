#pragma once

#include "needlechart/domain/appointments/AppointmentTerms.h"
#include "needlechart/domain/patients/Patient.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace needlechart {

using AppointmentId = qint64;
using ClinicianId = qint64;
using RoomId = qint64;

// One booking in the appointment book. Times are stored in UTC and shown in local time, so a
// booking keeps its wall-clock time across a daylight-saving change only if it was made for
// that local time (the service converts at the boundary).
struct Appointment {
    AppointmentId id = 0; // 0 until booked
    PatientId patientId = 0;
    ClinicianId clinicianId = 0;
    RoomId roomId = 0; // 0: no room
    QDateTime start;   // UTC
    int durationMinutes = 30;
    AppointmentType type = AppointmentType::FollowUp;
    AppointmentStatus status = AppointmentStatus::Booked;
    QString cancelReason;
    QString note;
    qint64 rowVersion = 0;

    [[nodiscard]] bool isStored() const { return id > 0; }
    [[nodiscard]] QDateTime end() const { return start.addSecs(qint64(durationMinutes) * 60); }
    // Cancelled appointments free their time; everything else holds it.
    [[nodiscard]] bool holdsTime() const { return status != AppointmentStatus::Cancelled; }

    friend bool operator==(const Appointment&, const Appointment&) = default;
};

namespace AppointmentFields {
inline const QString Patient = QStringLiteral("patient");
inline const QString Clinician = QStringLiteral("clinician");
inline const QString Start = QStringLiteral("start");
inline const QString Duration = QStringLiteral("duration");
inline const QString CancelReason = QStringLiteral("cancelReason");
inline const QString Note = QStringLiteral("note");
} // namespace AppointmentFields

} // namespace needlechart

Q_DECLARE_METATYPE(needlechart::Appointment)
