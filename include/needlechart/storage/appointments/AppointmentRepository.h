#pragma once

#include "needlechart/domain/appointments/Appointment.h"
#include "needlechart/domain/appointments/Clinician.h"
#include "needlechart/domain/appointments/Room.h"
#include "needlechart/domain/common/Result.h"
#include "needlechart/storage/database/StatementCache.h"

#include <QCoreApplication>
#include <QDateTime>

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

    // Holds the appointment book for the current transaction: a booking's check that its slot
    // is free and its write happen with no other workstation's booking between them. SQLite's
    // write transaction already does so; on PostgreSQL it is an advisory transaction lock.
    [[nodiscard]] Status holdBookUntilCommit();

    // Clinicians and rooms are saved with when (`nowUtc`) and by whom (`savedBy`, a display name;
    // empty if not known). An update rewrites only the version that was read (rowVersion):
    // after another save in between it is refused as Conflict, saying when and by whom the
    // record was changed; NotFound if there is no such record.
    [[nodiscard]] Result<Clinician> addClinician(const Clinician& clinician,
                                                 const QDateTime& nowUtc, const QString& savedBy);
    [[nodiscard]] Status updateClinician(const Clinician& clinician, const QDateTime& nowUtc,
                                         const QString& savedBy);
    // Active ones first, by name.
    [[nodiscard]] Result<std::vector<Clinician>> clinicians();
    [[nodiscard]] Result<Room> addRoom(const Room& room, const QDateTime& nowUtc,
                                       const QString& savedBy);
    [[nodiscard]] Result<std::vector<Room>> rooms();
    // Renames a room or retires it.
    [[nodiscard]] Status updateRoom(const Room& room, const QDateTime& nowUtc,
                                    const QString& savedBy);

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
    // The stored name of a clinician or room, and when and by whom it was last saved.
    struct LastSave {
        QString name;
        QDateTime at; // UTC; null if not recorded
        QString by;   // empty if not recorded
    };
    [[nodiscard]] Result<std::optional<LastSave>> lastSave(const QString& sql, qint64 id);
    // " (by Jo Park, 02/12/2026 10:32)", or as much of it as is known.
    [[nodiscard]] static QString changedBy(const LastSave& save);
    [[nodiscard]] Result<QSqlQuery*> prepared(const QString& sql);
    [[nodiscard]] Result<std::vector<Appointment>>
    list(const QString& sql, const std::function<void(QSqlQuery&)>& bind);

    Database& m_database;
    StatementCache m_statements;
};

} // namespace needlechart
