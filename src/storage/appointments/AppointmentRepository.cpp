#include "needlechart/storage/appointments/AppointmentRepository.h"

#include "needlechart/domain/appointments/AppointmentRules.h"
#include "needlechart/storage/database/Database.h"
#include "needlechart/storage/database/SqlError.h"
#include "needlechart/storage/database/SqlValues.h"
#include "needlechart/storage/database/Transaction.h"

#include <QHash>
#include <QLocale>
#include <QSqlQuery>

#include <spdlog/spdlog.h>

#include <algorithm>

namespace needlechart {
namespace {

// A signed note treated this close to a completed appointment is taken to be its note.
constexpr qint64 NoteWindowSeconds = 12 * 3600;
constexpr qint64 MaxDurationSeconds = qint64(AppointmentRules::MaxDurationMinutes) * 60;

const QString InsertClinician = QStringLiteral(
    "INSERT INTO clinician (name, login, working_days, active, row_version, updated_at, "
    "updated_by) VALUES (:name, :login, :days, :active, 1, :now, :by) RETURNING id");
// Only against the version that was read: a save in between leaves no row to change.
const QString UpdateClinician = QStringLiteral(
    "UPDATE clinician SET name = :name, login = :login, working_days = :days, active = :active, "
    "row_version = row_version + 1, updated_at = :now, updated_by = :by "
    "WHERE id = :id AND row_version = :row_version");
const QString SelectClinicians =
    QStringLiteral("SELECT id, name, login, working_days, active, row_version, updated_at FROM "
                   "clinician ORDER BY active DESC, name, id");
const QString SelectClinicianSave =
    QStringLiteral("SELECT name, updated_at, updated_by FROM clinician WHERE id = :id");
const QString InsertRoom = QStringLiteral(
    "INSERT INTO room (name, active, row_version, updated_at, updated_by) VALUES (:name, "
    ":active, 1, :now, :by) RETURNING id");
const QString UpdateRoom = QStringLiteral(
    "UPDATE room SET name = :name, active = :active, row_version = row_version + 1, "
    "updated_at = :now, updated_by = :by WHERE id = :id AND row_version = :row_version");
const QString SelectRooms = QStringLiteral("SELECT id, name, active, row_version, updated_at FROM "
                                           "room ORDER BY active DESC, name, id");
const QString SelectRoomSave =
    QStringLiteral("SELECT name, updated_at, updated_by FROM room WHERE id = :id");
const QString Columns = QStringLiteral(
    "id, patient_id, clinician_id, room_id, start_at, duration_min, kind, status, cancel_reason, "
    "note, row_version");
const QString InsertAppointment = QStringLiteral(
    "INSERT INTO appointment (patient_id, clinician_id, room_id, start_at, end_at, duration_min, "
    "kind, status, cancel_reason, note, created_at, updated_at, row_version) VALUES (:patient_id, "
    ":clinician_id, :room_id, :start_at, :end_at, :duration_min, :kind, :status, :cancel_reason, "
    ":note, :now, :now, 1) RETURNING id");
const QString UpdateAppointment = QStringLiteral(
    "UPDATE appointment SET patient_id = :patient_id, clinician_id = :clinician_id, "
    "room_id = :room_id, start_at = :start_at, end_at = :end_at, duration_min = :duration_min, "
    "kind = :kind, status = :status, cancel_reason = :cancel_reason, note = :note, "
    "updated_at = :now, row_version = row_version + 1 WHERE id = :id AND row_version = "
    ":row_version");
const QString SelectOne =
    QStringLiteral("SELECT ") + Columns + QStringLiteral(" FROM appointment WHERE id = :id");
// Clash candidates: the bookings of the clinician (or room) whose time overlaps the proposed
// one, read by an index range scan on (clinician_id, start_at) or (room_id, start_at) bounded
// below by the longest possible booking. Whether a candidate really clashes (a cancelled booking
// holds no time) is AppointmentRules::collide's call, the one clash rule (firstClash); the
// overlap condition here only keeps the rows read few.
const QString ClinicianClashCandidates =
    QStringLiteral("SELECT ") + Columns
    + QStringLiteral(" FROM appointment WHERE clinician_id = :clinician_id "
                     "AND start_at < :end_at AND start_at > :earliest AND end_at > :start_at "
                     "AND id <> :excluded ORDER BY start_at, id");
const QString RoomClashCandidates =
    QStringLiteral("SELECT ") + Columns
    + QStringLiteral(" FROM appointment WHERE room_id = :room_id "
                     "AND start_at < :end_at AND start_at > :earliest AND end_at > :start_at "
                     "AND id <> :excluded ORDER BY start_at, id");
const QString Between =
    QStringLiteral("SELECT ") + Columns
    + QStringLiteral(" FROM appointment WHERE start_at >= :from AND start_at < :to "
                     "ORDER BY start_at, id");
const QString BetweenForClinician =
    QStringLiteral("SELECT ") + Columns
    + QStringLiteral(" FROM appointment WHERE clinician_id = :clinician_id "
                     "AND start_at >= :from AND start_at < :to "
                     "ORDER BY start_at, id");
const QString ForPatient = QStringLiteral("SELECT ") + Columns
                           + QStringLiteral(" FROM appointment WHERE patient_id = :patient_id "
                                            "ORDER BY start_at DESC, id DESC");

// Who saved, NULL when not known.
QVariant savedByOrNull(const QString& savedBy)
{
    return savedBy.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(savedBy);
}

void bindClinician(QSqlQuery& q, const Clinician& c, const QDateTime& nowUtc,
                   const QString& savedBy)
{
    q.bindValue(QStringLiteral(":name"), SqlValues::text(c.name));
    q.bindValue(QStringLiteral(":login"), SqlValues::text(c.login));
    q.bindValue(QStringLiteral(":days"), c.workingDays);
    q.bindValue(QStringLiteral(":active"), c.active ? 1 : 0);
    q.bindValue(QStringLiteral(":now"), SqlValues::timestampText(nowUtc));
    q.bindValue(QStringLiteral(":by"), savedByOrNull(savedBy));
}

void bindRoom(QSqlQuery& q, const Room& r, const QDateTime& nowUtc, const QString& savedBy)
{
    q.bindValue(QStringLiteral(":name"), SqlValues::text(r.name));
    q.bindValue(QStringLiteral(":active"), r.active ? 1 : 0);
    q.bindValue(QStringLiteral(":now"), SqlValues::timestampText(nowUtc));
    q.bindValue(QStringLiteral(":by"), savedByOrNull(savedBy));
}

QVariant roomOrNull(RoomId id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

void bindAppointment(QSqlQuery& q, const Appointment& a)
{
    q.bindValue(QStringLiteral(":patient_id"), a.patientId);
    q.bindValue(QStringLiteral(":clinician_id"), a.clinicianId);
    q.bindValue(QStringLiteral(":room_id"), roomOrNull(a.roomId));
    q.bindValue(QStringLiteral(":start_at"), SqlValues::timestampText(a.start));
    q.bindValue(QStringLiteral(":end_at"), SqlValues::timestampText(a.end()));
    q.bindValue(QStringLiteral(":duration_min"), a.durationMinutes);
    q.bindValue(QStringLiteral(":kind"), enumKey(a.type));
    q.bindValue(QStringLiteral(":status"), enumKey(a.status));
    q.bindValue(QStringLiteral(":cancel_reason"), SqlValues::text(a.cancelReason));
    q.bindValue(QStringLiteral(":note"), SqlValues::text(a.note));
}

Appointment readAppointment(const QSqlQuery& q)
{
    Appointment a;
    a.id = q.value(0).toLongLong();
    a.patientId = q.value(1).toLongLong();
    a.clinicianId = q.value(2).toLongLong();
    a.roomId = q.value(3).toLongLong();
    a.start = SqlValues::timestamp(q.value(4));
    a.durationMinutes = q.value(5).toInt();
    a.type =
        enumFromKey<AppointmentType>(q.value(6).toString()).value_or(AppointmentType::FollowUp);
    a.status =
        enumFromKey<AppointmentStatus>(q.value(7).toString()).value_or(AppointmentStatus::Booked);
    a.cancelReason = q.value(8).toString();
    a.note = q.value(9).toString();
    a.rowVersion = q.value(10).toLongLong();
    return a;
}

} // namespace

AppointmentRepository::AppointmentRepository(Database& database)
    : m_database(database), m_statements(database)
{}

Result<QSqlQuery*> AppointmentRepository::prepared(const QString& sql)
{
    return m_statements.get(sql, tr("Could not prepare a database query"));
}

Status AppointmentRepository::holdBookUntilCommit()
{
    return m_database.dialect().lockUntilCommit(m_database.connection(),
                                                SqlDialect::Lock::AppointmentBook);
}

Result<Clinician> AppointmentRepository::addClinician(const Clinician& clinician,
                                                      const QDateTime& nowUtc,
                                                      const QString& savedBy)
{
    auto statement = prepared(InsertClinician);
    if (!statement)
        return statement.error();
    QSqlQuery& q = **statement;
    bindClinician(q, clinician, nowUtc, savedBy);
    if (!q.exec() || !q.next())
        return SqlError::from(q.lastError(), tr("Could not save the clinician"));
    Clinician stored = clinician;
    stored.id = q.value(0).toLongLong();
    stored.rowVersion = 1;
    stored.updatedAt = nowUtc;
    q.finish();
    return stored;
}

Status AppointmentRepository::updateClinician(const Clinician& clinician, const QDateTime& nowUtc,
                                              const QString& savedBy)
{
    auto statement = prepared(UpdateClinician);
    if (!statement)
        return statement.error();
    QSqlQuery& q = **statement;
    bindClinician(q, clinician, nowUtc, savedBy);
    q.bindValue(QStringLiteral(":id"), clinician.id);
    q.bindValue(QStringLiteral(":row_version"), clinician.rowVersion);
    if (!q.exec())
        return SqlError::from(q.lastError(), tr("Could not save the clinician"));
    const int changed = q.numRowsAffected();
    q.finish();
    if (changed == 1)
        return {};
    auto current = lastSave(SelectClinicianSave, clinician.id);
    if (!current)
        return current.error();
    if (!*current)
        return Error{ErrorCode::NotFound, tr("This clinician no longer exists."), {}, {}};
    spdlog::warn("clinician {} not saved: changed since version {} was read", clinician.id,
                 clinician.rowVersion);
    return Error{ErrorCode::Conflict,
                 tr("The details of %1 were changed on another workstation%2 after you opened "
                    "them. Your changes are still in the form but not saved: cancel, open the "
                    "clinician again to see the other changes, and make yours again.")
                     .arg((*current)->name, changedBy(**current)),
                 {},
                 {}};
}

Result<std::vector<Clinician>> AppointmentRepository::clinicians()
{
    auto statement = prepared(SelectClinicians);
    if (!statement)
        return statement.error();
    QSqlQuery& q = **statement;
    if (!q.exec())
        return SqlError::from(q.lastError(), tr("Could not read the clinicians"));
    std::vector<Clinician> all;
    while (q.next()) {
        Clinician c;
        c.id = q.value(0).toLongLong();
        c.name = q.value(1).toString();
        c.login = q.value(2).toString();
        c.workingDays = q.value(3).toInt();
        c.active = q.value(4).toInt() != 0;
        c.rowVersion = q.value(5).toInt();
        c.updatedAt = SqlValues::timestamp(q.value(6));
        all.push_back(c);
    }
    q.finish();
    return all;
}

Result<Room> AppointmentRepository::addRoom(const Room& room, const QDateTime& nowUtc,
                                            const QString& savedBy)
{
    auto statement = prepared(InsertRoom);
    if (!statement)
        return statement.error();
    QSqlQuery& q = **statement;
    bindRoom(q, room, nowUtc, savedBy);
    if (!q.exec() || !q.next())
        return SqlError::from(q.lastError(), tr("Could not save the room"));
    Room stored = room;
    stored.id = q.value(0).toLongLong();
    stored.rowVersion = 1;
    stored.updatedAt = nowUtc;
    q.finish();
    return stored;
}

Result<std::vector<Room>> AppointmentRepository::rooms()
{
    auto statement = prepared(SelectRooms);
    if (!statement)
        return statement.error();
    QSqlQuery& q = **statement;
    if (!q.exec())
        return SqlError::from(q.lastError(), tr("Could not read the rooms"));
    std::vector<Room> all;
    while (q.next()) {
        Room r;
        r.id = q.value(0).toLongLong();
        r.name = q.value(1).toString();
        r.active = q.value(2).toInt() != 0;
        r.rowVersion = q.value(3).toInt();
        r.updatedAt = SqlValues::timestamp(q.value(4));
        all.push_back(r);
    }
    q.finish();
    return all;
}

Status AppointmentRepository::updateRoom(const Room& room, const QDateTime& nowUtc,
                                         const QString& savedBy)
{
    auto statement = prepared(UpdateRoom);
    if (!statement)
        return statement.error();
    QSqlQuery& q = **statement;
    bindRoom(q, room, nowUtc, savedBy);
    q.bindValue(QStringLiteral(":id"), room.id);
    q.bindValue(QStringLiteral(":row_version"), room.rowVersion);
    if (!q.exec())
        return SqlError::from(q.lastError(), tr("Could not save the room"));
    const int changed = q.numRowsAffected();
    q.finish();
    if (changed == 1)
        return {};
    auto current = lastSave(SelectRoomSave, room.id);
    if (!current)
        return current.error();
    if (!*current)
        return Error{ErrorCode::NotFound, tr("This room no longer exists."), {}, {}};
    spdlog::warn("room {} not saved: changed since version {} was read", room.id, room.rowVersion);
    return Error{ErrorCode::Conflict,
                 tr("The room \u201c%1\u201d was changed on another workstation%2 after the list "
                    "was shown, so your change was not saved. The list now shows the room as it "
                    "is: make your change again if it is still needed.")
                     .arg((*current)->name, changedBy(**current)),
                 {},
                 {}};
}

Result<std::optional<AppointmentRepository::LastSave>>
AppointmentRepository::lastSave(const QString& sql, qint64 id)
{
    auto statement = prepared(sql);
    if (!statement)
        return statement.error();
    QSqlQuery& q = **statement;
    q.bindValue(QStringLiteral(":id"), id);
    if (!q.exec())
        return SqlError::from(q.lastError(), tr("Could not read the last save"));
    std::optional<LastSave> found;
    if (q.next())
        found = LastSave{q.value(0).toString(), SqlValues::timestamp(q.value(1)),
                         q.value(2).toString()};
    q.finish();
    return found;
}

QString AppointmentRepository::changedBy(const LastSave& save)
{
    const QString when = save.at.isValid()
                             ? QLocale().toString(save.at.toLocalTime(), QLocale::ShortFormat)
                             : QString();
    //: Completes "... was changed on another workstation%1 after ...": who and when, if known.
    if (!save.by.isEmpty() && !when.isEmpty())
        return tr(" (by %1, %2)").arg(save.by, when);
    if (!save.by.isEmpty())
        return tr(" (by %1)").arg(save.by);
    if (!when.isEmpty())
        return tr(" (%1)").arg(when);
    return {};
}

Result<Appointment> AppointmentRepository::add(const Appointment& appointment,
                                               const QDateTime& nowUtc)
{
    auto statement = prepared(InsertAppointment);
    if (!statement)
        return statement.error();
    QSqlQuery& q = **statement;
    bindAppointment(q, appointment);
    q.bindValue(QStringLiteral(":now"), SqlValues::timestampText(nowUtc));
    if (!q.exec() || !q.next())
        return SqlError::from(q.lastError(), tr("Could not book the appointment"));
    Appointment stored = appointment;
    stored.id = q.value(0).toLongLong();
    stored.rowVersion = 1;
    q.finish();
    return stored;
}

Result<Appointment> AppointmentRepository::update(const Appointment& appointment,
                                                  const QDateTime& nowUtc)
{
    auto statement = prepared(UpdateAppointment);
    if (!statement)
        return statement.error();
    QSqlQuery& q = **statement;
    bindAppointment(q, appointment);
    q.bindValue(QStringLiteral(":now"), SqlValues::timestampText(nowUtc));
    q.bindValue(QStringLiteral(":id"), appointment.id);
    q.bindValue(QStringLiteral(":row_version"), appointment.rowVersion);
    if (!q.exec())
        return SqlError::from(q.lastError(), tr("Could not change the appointment"));
    const int changed = q.numRowsAffected();
    q.finish();
    if (changed != 1) {
        auto current = get(appointment.id);
        if (!current)
            return current.error();
        return Error{
            ErrorCode::Conflict,
            tr("Someone else changed this appointment since it was opened. Look again and retry."),
            {},
            {}};
    }
    Appointment stored = appointment;
    stored.rowVersion = appointment.rowVersion + 1;
    return stored;
}

Result<Appointment> AppointmentRepository::get(AppointmentId id)
{
    auto found = list(SelectOne, [id](QSqlQuery& q) { q.bindValue(QStringLiteral(":id"), id); });
    if (!found)
        return found.error();
    if (found->empty())
        return Error{ErrorCode::NotFound, tr("This appointment no longer exists."), {}, {}};
    return found->front();
}

Result<std::optional<Appointment>>
AppointmentRepository::firstClash(ClinicianId clinicianId, RoomId roomId, const QDateTime& startUtc,
                                  const QDateTime& endUtc, AppointmentId excluded)
{
    Appointment proposed;
    proposed.start = startUtc;
    proposed.durationMinutes = int(startUtc.secsTo(endUtc) / 60);
    for (const bool room : {false, true}) {
        if (room && roomId <= 0)
            continue;
        auto candidates =
            list(room ? RoomClashCandidates : ClinicianClashCandidates, [&](QSqlQuery& q) {
                if (room)
                    q.bindValue(QStringLiteral(":room_id"), roomId);
                else
                    q.bindValue(QStringLiteral(":clinician_id"), clinicianId);
                q.bindValue(QStringLiteral(":start_at"), SqlValues::timestampText(startUtc));
                q.bindValue(QStringLiteral(":end_at"), SqlValues::timestampText(endUtc));
                // No appointment is longer than the maximum, so one that started earlier than
                // that cannot reach `start`: this bounds the index range scan from below.
                q.bindValue(QStringLiteral(":earliest"),
                            SqlValues::timestampText(startUtc.addSecs(
                                -qint64(AppointmentRules::MaxDurationMinutes) * 60 - 1)));
                q.bindValue(QStringLiteral(":excluded"), excluded);
            });
        if (!candidates)
            return candidates.error();
        const auto clash =
            std::find_if(candidates->begin(), candidates->end(), [&](const Appointment& other) {
                return AppointmentRules::collide(proposed, other);
            });
        if (clash != candidates->end())
            return std::optional<Appointment>(*clash);
    }
    return std::optional<Appointment>();
}

Result<std::vector<Appointment>> AppointmentRepository::between(const QDateTime& fromUtc,
                                                                const QDateTime& toUtc,
                                                                ClinicianId clinicianId)
{
    return list(clinicianId > 0 ? BetweenForClinician : Between, [&](QSqlQuery& q) {
        if (clinicianId > 0)
            q.bindValue(QStringLiteral(":clinician_id"), clinicianId);
        q.bindValue(QStringLiteral(":from"), SqlValues::timestampText(fromUtc));
        q.bindValue(QStringLiteral(":to"), SqlValues::timestampText(toUtc));
    });
}

Result<std::vector<Appointment>> AppointmentRepository::forPatient(PatientId patientId)
{
    return list(ForPatient, [patientId](QSqlQuery& q) {
        q.bindValue(QStringLiteral(":patient_id"), patientId);
    });
}

Result<std::vector<Appointment>>
AppointmentRepository::completedWithoutSignedNote(const QDateTime& fromUtc, const QDateTime& toUtc)
{
    // A portable approximation of "the same day": a signed note treated within 12 hours either
    // side of the appointment counts as its note.
    auto candidates =
        list(QStringLiteral("SELECT ") + Columns
                 + QStringLiteral(" FROM appointment WHERE status = 'completed' "
                                  "AND start_at >= :from AND start_at < :to ORDER BY start_at, id"),
             [&](QSqlQuery& q) {
                 q.bindValue(QStringLiteral(":from"), SqlValues::timestampText(fromUtc));
                 q.bindValue(QStringLiteral(":to"), SqlValues::timestampText(toUtc));
             });
    if (!candidates)
        return candidates.error();
    if (candidates->empty())
        return candidates;
    // Every signed note near the period, in one read, matched to the appointments here: one
    // query however many visits there are.
    auto statement = prepared(
        QStringLiteral("SELECT patient_id, treated_at FROM session WHERE status = 'signed' "
                       "AND treated_at >= :window_from AND treated_at < :window_to"));
    if (!statement)
        return statement.error();
    QSqlQuery& q = **statement;
    q.bindValue(QStringLiteral(":window_from"),
                SqlValues::timestampText(fromUtc.addSecs(-NoteWindowSeconds)));
    q.bindValue(QStringLiteral(":window_to"),
                SqlValues::timestampText(toUtc.addSecs(MaxDurationSeconds + NoteWindowSeconds)));
    if (!q.exec())
        return SqlError::from(q.lastError(), tr("Could not read the session notes"));
    QHash<PatientId, std::vector<QDateTime>> notes;
    while (q.next())
        notes[q.value(0).toLongLong()].push_back(SqlValues::timestamp(q.value(1)));
    q.finish();
    std::vector<Appointment> missing;
    for (const Appointment& a : *candidates) {
        const QDateTime from = a.start.addSecs(-NoteWindowSeconds);
        const QDateTime to = a.end().addSecs(NoteWindowSeconds);
        const auto& treated = notes.value(a.patientId);
        const bool hasNote = std::any_of(treated.begin(), treated.end(),
                                         [&](const QDateTime& t) { return t >= from && t < to; });
        if (!hasNote)
            missing.push_back(a);
    }
    return missing;
}

Result<std::vector<Appointment>>
AppointmentRepository::list(const QString& sql, const std::function<void(QSqlQuery&)>& bind)
{
    auto statement = prepared(sql);
    if (!statement)
        return statement.error();
    QSqlQuery& q = **statement;
    bind(q);
    if (!q.exec())
        return SqlError::from(q.lastError(), tr("Could not read the appointment book"));
    std::vector<Appointment> all;
    while (q.next())
        all.push_back(readAppointment(q));
    q.finish();
    return all;
}

} // namespace needlechart
