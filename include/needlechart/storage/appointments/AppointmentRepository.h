#pragma once

#include "needlechart/domain/appointments/Appointment.h"
#include "needlechart/domain/appointments/Clinician.h"
#include "needlechart/domain/appointments/Room.h"
#include "needlechart/domain/common/Result.h"
#include "needlechart/storage/database/StatementCache.h"

#include <QCoreApplication>

#include <functional>
#include <optional>
#include <vector>

namespace needlechart {

class Database;

// The appointment book in SQL: clinicians, rooms and appointments. Overlap queries use the
// stored end time and the (clinician, start) and (room, start) indexes.
class AppointmentRepository {
    Q_DECLARE_TR_FUNCTIONS(AppointmentRepository)

public:
    explicit AppointmentRepository(Database& database);

    [[nodiscard]] Result<Clinician> addClinician(const Clinician& clinician);
    [[nodiscard]] Status updateClinician(const Clinician& clinician);
    // Active ones first, by name.
    [[nodiscard]] Result<std::vector<Clinician>> clinicians();
    [[nodiscard]] Result<Room> addRoom(const Room& room);
    [[nodiscard]] Result<std::vector<Room>> rooms();
    // Renames a room or retires it (NotFound if there is no such room).
    [[nodiscard]] Status updateRoom(const Room& room);

    [[nodiscard]] Result<Appointment> add(const Appointment& appointment, const QDateTime& nowUtc);
    // Rewrites a stored appointment whose rowVersion still matches (else Conflict/NotFound).
    [[nodiscard]] Result<Appointment> update(const Appointment& appointment,
                                             const QDateTime& nowUtc);
    [[nodiscard]] Result<Appointment> get(AppointmentId id);
    // The first appointment other than `excluded` that holds time in [startUtc, endUtc) for the
    // clinician, or for the room when roomId > 0. The index narrows the candidates;
    // AppointmentRules::collide decides.
    [[nodiscard]] Result<std::optional<Appointment>>
    firstClash(ClinicianId clinicianId, RoomId roomId, const QDateTime& startUtc,
               const QDateTime& endUtc, AppointmentId excluded);
    // Appointments starting in [fromUtc, toUtc), by start; for one clinician when clinicianId > 0.
    [[nodiscard]] Result<std::vector<Appointment>>
    between(const QDateTime& fromUtc, const QDateTime& toUtc, ClinicianId clinicianId = 0);
    // The patient's appointments, newest first.
    [[nodiscard]] Result<std::vector<Appointment>> forPatient(PatientId patientId);
    // Completed appointments starting in [fromUtc, toUtc) with no signed session note for the
    // patient within 12 hours of them.
    [[nodiscard]] Result<std::vector<Appointment>>
    completedWithoutSignedNote(const QDateTime& fromUtc, const QDateTime& toUtc);

private:
    [[nodiscard]] Result<QSqlQuery*> prepared(const QString& sql);
    [[nodiscard]] Result<std::vector<Appointment>>
    list(const QString& sql, const std::function<void(QSqlQuery&)>& bind);

    Database& m_database;
    StatementCache m_statements;
};

} // namespace needlechart
