#include "needlechart/storage/session/SessionRepository.h"

#include "needlechart/domain/session/NoteSearchText.h"
#include "needlechart/storage/database/Database.h"
#include "needlechart/storage/database/SqlError.h"
#include "needlechart/storage/database/SqlValues.h"
#include "needlechart/storage/database/Transaction.h"

#include "PainOutlineText.h"
#include "StimulationValues.h"

#include <QSqlQuery>

#include <spdlog/spdlog.h>

#include <unordered_map>

namespace needlechart {
namespace {

Error signedError()
{
    return Error{
        ErrorCode::NoteSigned,
        SessionRepository::tr("This note is signed and locked. Add an amendment to correct it."),
        {},
        {}};
}

Error notFoundError()
{
    return Error{
        ErrorCode::NotFound, SessionRepository::tr("This session note no longer exists."), {}, {}};
}

// Every SQL text is a constant; every value is bound.
const QString SelectAllIds = QStringLiteral("SELECT id FROM session ORDER BY id");

const QString SessionColumns = QStringLiteral(
    "id, patient_id, status, treated_at, clinician, clinician_login, presenting_complaint, "
    "patient_position, pain_before, pain_after, needle_count_note, soreness, bruising, "
    "bruising_site, tiredness, advice, follow_up, signed_at, signed_by, created_at, updated_at, "
    "row_version, consent_id, leaflet_version, screening_id, signed_by_account, "
    "signed_by_registration, not_needled, not_needled_reason, acknowledged_precautions");

const QString InsertSession = QStringLiteral(
    "INSERT INTO session (patient_id, status, treated_at, clinician, clinician_login, "
    "presenting_complaint, patient_position, pain_before, pain_after, needle_count_note, soreness, "
    "bruising, bruising_site, tiredness, advice, follow_up, has_serious_event, not_needled, "
    "not_needled_reason, acknowledged_precautions, created_at, updated_at, row_version) VALUES "
    "(:patient_id, 'draft', :treated_at, :clinician, :clinician_login, :presenting_complaint, "
    ":patient_position, :pain_before, :pain_after, :needle_count_note, :soreness, :bruising, "
    ":bruising_site, :tiredness, :advice, :follow_up, :has_serious_event, :not_needled, "
    ":not_needled_reason, :acknowledged_precautions, :created_at, :updated_at, 1) RETURNING id");

const QString UpdateDraft = QStringLiteral(
    "UPDATE session SET treated_at = :treated_at, clinician = :clinician, "
    "clinician_login = :clinician_login, presenting_complaint = :presenting_complaint, "
    "patient_position = :patient_position, pain_before = :pain_before, pain_after = :pain_after, "
    "needle_count_note = :needle_count_note, soreness = :soreness, bruising = :bruising, "
    "bruising_site = :bruising_site, tiredness = :tiredness, advice = :advice, "
    "follow_up = :follow_up, has_serious_event = :has_serious_event, "
    "not_needled = :not_needled, not_needled_reason = :not_needled_reason, "
    "acknowledged_precautions = :acknowledged_precautions, "
    "updated_at = :updated_at, "
    "row_version = row_version + 1 "
    "WHERE id = :id AND row_version = :row_version AND status = 'draft' AND patient_id = "
    ":patient_id");

const QString SelectStatus = QStringLiteral("SELECT status FROM session WHERE id = :id");
const QString SelectSession =
    QStringLiteral("SELECT ") + SessionColumns + QStringLiteral(" FROM session WHERE id = :id");

const QString InsertPoint = QStringLiteral(
    "INSERT INTO session_point (session_id, ordinal, body_view, muscle_id, side, x, y, activity, "
    "twitch, twitch_count, pain_reproduced, referred_reproduced, depth_mm, technique, "
    "retention_seconds, gauge_mm, length_mm, notes, site_name, carried_from, estim_frequency_hz, "
    "estim_pulse_width_us, estim_intensity_ma) VALUES (:session_id, "
    ":ordinal, :body_view, :muscle_id, :side, :x, :y, :activity, :twitch, :twitch_count, "
    ":pain_reproduced, :referred_reproduced, :depth_mm, :technique, :retention_seconds, "
    ":gauge_mm, :length_mm, :notes, :site_name, :carried_from, :estim_frequency_hz, "
    ":estim_pulse_width_us, :estim_intensity_ma)");
const QString InsertNeedle = QStringLiteral(
    "INSERT INTO session_needle (session_id, ordinal, gauge_mm, length_mm, lot, inserted, removed, "
    "carried_from) VALUES (:session_id, :ordinal, :gauge_mm, :length_mm, :lot, :inserted, "
    ":removed, :carried_from)");
const QString InsertCare =
    QStringLiteral("INSERT INTO session_care (session_id, ordinal, kind, note, carried_from) "
                   "VALUES (:session_id, :ordinal, :kind, :note, :carried_from)");
const QString InsertAdverseEvent = QStringLiteral(
    "INSERT INTO session_adverse_event (session_id, ordinal, kind, grade, description, "
    "action_taken, follow_up) VALUES (:session_id, :ordinal, :kind, :grade, :description, "
    ":action_taken, :follow_up)");

const QString InsertPainArea = QStringLiteral(
    "INSERT INTO session_pain_area (session_id, ordinal, body_view, pain_type, intensity, outline) "
    "VALUES (:session_id, :ordinal, :body_view, :pain_type, :intensity, :outline)");

const QString DeletePoints = QStringLiteral("DELETE FROM session_point WHERE session_id = :id");
const QString DeletePainAreas =
    QStringLiteral("DELETE FROM session_pain_area WHERE session_id = :id");
const QString DeleteNeedles = QStringLiteral("DELETE FROM session_needle WHERE session_id = :id");
const QString DeleteCare = QStringLiteral("DELETE FROM session_care WHERE session_id = :id");
const QString DeleteAdverseEvents =
    QStringLiteral("DELETE FROM session_adverse_event WHERE session_id = :id");
const QString DeleteDraftRow =
    QStringLiteral("DELETE FROM session WHERE id = :id AND status = 'draft'");

const QString SelectPoints = QStringLiteral(
    "SELECT body_view, muscle_id, side, x, y, activity, twitch, twitch_count, pain_reproduced, "
    "referred_reproduced, depth_mm, technique, retention_seconds, gauge_mm, length_mm, notes, "
    "site_name, carried_from, estim_frequency_hz, estim_pulse_width_us, estim_intensity_ma "
    "FROM session_point WHERE session_id = :id ORDER BY ordinal");
// The point columns first, in SelectPoints' order, so readPoint reads them.
const QString SelectMuscleHistory = QStringLiteral(
    "SELECT p.body_view, p.muscle_id, p.side, p.x, p.y, p.activity, p.twitch, p.twitch_count, "
    "p.pain_reproduced, p.referred_reproduced, p.depth_mm, p.technique, p.retention_seconds, "
    "p.gauge_mm, p.length_mm, p.notes, p.site_name, p.carried_from, p.estim_frequency_hz, "
    "p.estim_pulse_width_us, p.estim_intensity_ma, "
    "s.id, s.treated_at, s.clinician, s.pain_before, s.pain_after "
    "FROM session s JOIN session_point p ON p.session_id = s.id "
    "WHERE s.patient_id = :patient_id AND s.status = 'signed' AND p.muscle_id = :muscle_id "
    "AND p.side = :side ORDER BY s.treated_at DESC, s.id DESC, p.ordinal");
const QString SelectNeedles =
    QStringLiteral("SELECT gauge_mm, length_mm, lot, inserted, removed, carried_from "
                   "FROM session_needle "
                   "WHERE session_id = :id ORDER BY ordinal");
const QString SelectCare =
    QStringLiteral("SELECT kind, note, carried_from FROM session_care WHERE session_id = :id "
                   "ORDER BY ordinal");
const QString SelectAdverseEvents = QStringLiteral(
    "SELECT kind, grade, description, action_taken, follow_up FROM session_adverse_event "
    "WHERE session_id = :id ORDER BY ordinal");
const QString SelectPainAreas =
    QStringLiteral("SELECT body_view, pain_type, intensity, outline FROM session_pain_area "
                   "WHERE session_id = :id ORDER BY ordinal");
const QString SelectAmendments =
    QStringLiteral("SELECT id, written_at, author, reason, body, author_account "
                   "FROM session_amendment "
                   "WHERE session_id = :id ORDER BY id");

const QString MarkSigned = QStringLiteral(
    "UPDATE session SET status = 'signed', signed_at = :signed_at, signed_by = :signed_by, "
    "signed_by_account = :signed_by_account, signed_by_registration = :signed_by_registration, "
    "consent_id = :consent_id, leaflet_version = :leaflet_version, screening_id = :screening_id, "
    "updated_at = :signed_at, row_version = row_version + 1 "
    "WHERE id = :id AND row_version = :row_version AND status = 'draft'");
const QString InsertAmendment =
    QStringLiteral("INSERT INTO session_amendment (session_id, written_at, author, reason, body, "
                   "author_account) "
                   "SELECT id, :written_at, :author, :reason, :body, :author_account FROM session "
                   "WHERE id = :id AND status = 'signed' RETURNING id");

const QString SelectHistory =
    QStringLiteral("SELECT s.id, s.treated_at, s.status, s.clinician, s.pain_before, s.pain_after, "
                   "s.has_serious_event, "
                   "(SELECT COUNT(*) FROM session_point p WHERE p.session_id = s.id), "
                   "(SELECT COUNT(*) FROM session_amendment a WHERE a.session_id = s.id), "
                   "s.not_needled "
                   "FROM session s WHERE s.patient_id = :patient_id "
                   "ORDER BY s.treated_at DESC, s.id DESC");
const QString SelectHistorySites = QStringLiteral(
    "SELECT p.session_id, p.muscle_id, p.side, p.site_name, MIN(p.ordinal) AS first_ordinal "
    "FROM session s JOIN session_point p ON p.session_id = s.id "
    "WHERE s.patient_id = :patient_id "
    "GROUP BY p.session_id, p.muscle_id, p.side, p.site_name "
    "ORDER BY p.session_id, first_ordinal");
const QString SelectDrafts = QStringLiteral(
    "SELECT s.id, s.patient_id, p.family_name, p.given_name, p.preferred_name, s.treated_at, "
    "s.updated_at FROM session s JOIN patient p ON p.id = s.patient_id "
    "WHERE s.status = 'draft' AND s.clinician_login = :login ORDER BY s.treated_at, s.id");
const QString SelectNeedlingCounts = QStringLiteral(
    "SELECT p.muscle_id, p.side, COUNT(*) FROM session s "
    "JOIN session_point p ON p.session_id = s.id "
    "WHERE s.patient_id = :patient_id AND s.id <> :excluded GROUP BY p.muscle_id, p.side");

void bindSessionFields(QSqlQuery& q, const Session& s)
{
    q.bindValue(QStringLiteral(":patient_id"), s.patientId);
    q.bindValue(QStringLiteral(":treated_at"), SqlValues::timestampText(s.treatedAt));
    q.bindValue(QStringLiteral(":clinician"), SqlValues::text(s.clinician));
    q.bindValue(QStringLiteral(":clinician_login"), SqlValues::text(s.clinicianLogin));
    q.bindValue(QStringLiteral(":presenting_complaint"), SqlValues::text(s.presentingComplaint));
    q.bindValue(QStringLiteral(":patient_position"),
                !s.positions.isEmpty() ? QVariant(patientPositionsKey(s.positions))
                                       : QVariant(QMetaType(QMetaType::QString)));
    q.bindValue(QStringLiteral(":pain_before"), SqlValues::intOrNull(s.painBefore));
    q.bindValue(QStringLiteral(":pain_after"), SqlValues::intOrNull(s.painAfter));
    q.bindValue(QStringLiteral(":needle_count_note"), SqlValues::text(s.needleCountNote));
    q.bindValue(QStringLiteral(":soreness"), SqlValues::intOrNull(s.soreness));
    q.bindValue(QStringLiteral(":bruising"), enumKey(s.bruising));
    q.bindValue(QStringLiteral(":bruising_site"), SqlValues::text(s.bruisingSite));
    q.bindValue(QStringLiteral(":tiredness"), s.tiredness ? 1 : 0);
    q.bindValue(QStringLiteral(":advice"), SqlValues::text(s.advice));
    q.bindValue(QStringLiteral(":follow_up"), SqlValues::text(s.followUp));
    q.bindValue(QStringLiteral(":has_serious_event"), s.hasSeriousAdverseEvent() ? 1 : 0);
    q.bindValue(QStringLiteral(":not_needled"), s.notNeedled ? 1 : 0);
    q.bindValue(QStringLiteral(":not_needled_reason"), SqlValues::text(s.notNeedledReason));
    q.bindValue(QStringLiteral(":acknowledged_precautions"),
                SqlValues::text(s.acknowledgedPrecautions.join(QLatin1Char('\n'))));
}

Session readSession(const QSqlQuery& q)
{
    Session s;
    s.id = q.value(0).toLongLong();
    s.patientId = q.value(1).toLongLong();
    s.status = enumFromKey<SessionStatus>(q.value(2).toString()).value_or(SessionStatus::Signed);
    s.treatedAt = SqlValues::timestamp(q.value(3));
    s.clinician = q.value(4).toString();
    s.clinicianLogin = q.value(5).toString();
    s.presentingComplaint = q.value(6).toString();
    if (!q.value(7).isNull())
        s.positions = patientPositionsFromKey(q.value(7).toString());
    s.painBefore = SqlValues::optionalInt(q.value(8));
    s.painAfter = SqlValues::optionalInt(q.value(9));
    s.needleCountNote = q.value(10).toString();
    s.soreness = SqlValues::optionalInt(q.value(11));
    s.bruising = enumFromKey<BruisingGrade>(q.value(12).toString()).value_or(BruisingGrade::None);
    s.bruisingSite = q.value(13).toString();
    s.tiredness = q.value(14).toInt() != 0;
    s.advice = q.value(15).toString();
    s.followUp = q.value(16).toString();
    s.signedAt = SqlValues::timestamp(q.value(17));
    s.signedBy = q.value(18).toString();
    s.createdAt = SqlValues::timestamp(q.value(19));
    s.updatedAt = SqlValues::timestamp(q.value(20));
    s.rowVersion = q.value(21).toLongLong();
    s.consentId = q.value(22).toLongLong();
    s.leafletVersion = q.value(23).toInt();
    s.screeningId = q.value(24).toLongLong();
    s.signedByAccountId = q.value(25).toLongLong();
    s.signedByRegistration = q.value(26).toString();
    s.notNeedled = q.value(27).toInt() != 0;
    s.notNeedledReason = q.value(28).toString();
    s.acknowledgedPrecautions = q.value(29).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    return s;
}

// A row's carried_from: '' for an item charted in the note itself.
CarriedFrom carriedFrom(const QVariant& value)
{
    return enumFromKey<CarriedFrom>(value.toString()).value_or(CarriedFrom::Nowhere);
}

TriggerPoint readPoint(const QSqlQuery& q)
{
    TriggerPoint point;
    point.view = bodyViewFromKey(q.value(0).toString()).value_or(BodyView::Anterior);
    point.muscleId = q.value(1).toString();
    point.side = bodySideFromKey(q.value(2).toString()).value_or(BodySide::Left);
    point.position = QPointF(q.value(3).toDouble(), q.value(4).toDouble());
    PointFindings& f = point.findings;
    f.activity = enumFromKey<PointActivity>(q.value(5).toString()).value_or(PointActivity::Active);
    f.twitch = enumFromKey<TwitchResponse>(q.value(6).toString()).value_or(TwitchResponse::None);
    f.twitchCount = q.value(7).toInt();
    f.painReproduced = q.value(8).toInt() != 0;
    f.referredPatternReproduced = q.value(9).toInt() != 0;
    f.depthMm = SqlValues::optionalInt(q.value(10));
    f.technique =
        enumFromKey<NeedlingTechnique>(q.value(11).toString()).value_or(NeedlingTechnique::Static);
    f.retentionSeconds = SqlValues::optionalInt(q.value(12));
    f.needleGaugeMm = SqlValues::optionalReal(q.value(13));
    f.needleLengthMm = SqlValues::optionalInt(q.value(14));
    f.notes = q.value(15).toString();
    point.siteName = q.value(16).toString();
    point.carriedFrom = carriedFrom(q.value(17));
    f.stimulation = StimulationValues::read(q, 18);
    return point;
}

} // namespace

SessionRepository::SessionRepository(Database& database, const MuscleCatalogue& catalogue,
                                     NoteSearchIndex::Limits searchLimits)
    : m_database(database), m_statements(database), m_search(database, catalogue, searchLimits)
{}

Result<QSqlQuery*> SessionRepository::prepared(const QString& sql)
{
    return m_statements.get(sql, tr("Could not prepare a database query"));
}

Result<SessionStatus> SessionRepository::statusOf(SessionId id)
{
    auto statement = prepared(SelectStatus);
    if (!statement)
        return statement.error();
    QSqlQuery& q = **statement;
    q.bindValue(QStringLiteral(":id"), id);
    if (!q.exec())
        return SqlError::from(q.lastError(), tr("Could not read the session note"));
    if (!q.next()) {
        q.finish();
        return notFoundError();
    }
    const auto status = enumFromKey<SessionStatus>(q.value(0).toString());
    q.finish();
    return status.value_or(SessionStatus::Signed);
}

Result<Session> SessionRepository::saveDraft(const Session& session, const QDateTime& nowUtc)
{
    Transaction tx(m_database);
    if (!tx.begun().ok())
        return tx.begun().error();

    Session stored = session;
    stored.status = SessionStatus::Draft;
    stored.signedAt = QDateTime();
    stored.signedBy.clear();
    stored.amendments.clear();
    stored.updatedAt = nowUtc.toUTC();

    if (!session.isStored()) {
        auto statement = prepared(InsertSession);
        if (!statement)
            return statement.error();
        QSqlQuery& q = **statement;
        stored.createdAt = stored.updatedAt;
        stored.rowVersion = 1;
        bindSessionFields(q, stored);
        q.bindValue(QStringLiteral(":created_at"), SqlValues::timestampText(stored.createdAt));
        q.bindValue(QStringLiteral(":updated_at"), SqlValues::timestampText(stored.updatedAt));
        if (!q.exec() || !q.next())
            return SqlError::from(q.lastError(), tr("Could not save the session note"));
        stored.id = q.value(0).toLongLong();
        q.finish();
    } else {
        auto statement = prepared(UpdateDraft);
        if (!statement)
            return statement.error();
        QSqlQuery& q = **statement;
        bindSessionFields(q, stored);
        q.bindValue(QStringLiteral(":updated_at"), SqlValues::timestampText(stored.updatedAt));
        q.bindValue(QStringLiteral(":id"), stored.id);
        q.bindValue(QStringLiteral(":row_version"), session.rowVersion);
        if (!q.exec())
            return SqlError::from(q.lastError(), tr("Could not save the session note"));
        const int changed = q.numRowsAffected();
        q.finish();
        if (changed != 1) {
            // Tell apart why: gone, signed meanwhile, or saved by someone else.
            auto status = statusOf(stored.id);
            if (!status)
                return status.error();
            if (*status == SessionStatus::Signed)
                return signedError();
            return Error{ErrorCode::Conflict,
                         tr("This note was saved elsewhere since you opened it. Reopen it to see "
                            "the latest version."),
                         {},
                         {}};
        }
        stored.rowVersion = session.rowVersion + 1;
        if (Status removed = deleteRows(stored.id); !removed.ok())
            return removed.error();
    }
    if (Status rows = writeRows(stored); !rows.ok())
        return rows.error();
    if (Status indexed = m_search.write(stored); !indexed.ok())
        return indexed.error();
    if (Status committed = tx.commit(); !committed.ok())
        return committed.error();
    return stored;
}

Status SessionRepository::deleteRows(SessionId id)
{
    for (const QString* sql :
         {&DeletePoints, &DeleteNeedles, &DeleteCare, &DeleteAdverseEvents, &DeletePainAreas}) {
        auto statement = prepared(*sql);
        if (!statement)
            return statement.error();
        QSqlQuery& q = **statement;
        q.bindValue(QStringLiteral(":id"), id);
        if (!q.exec())
            return SqlError::from(q.lastError(), tr("Could not save the session note"));
        q.finish();
    }
    return {};
}

Status SessionRepository::writeRows(const Session& session)
{
    const QString what = tr("Could not save the session note");
    const QString sessionIdName = QStringLiteral(":session_id");
    const QString ordinalName = QStringLiteral(":ordinal");

    const QList<TriggerPoint>& points = session.points.points();
    if (!points.isEmpty()) {
        auto statement = prepared(InsertPoint);
        if (!statement)
            return statement.error();
        QSqlQuery& q = **statement;
        for (qsizetype i = 0; i < points.size(); ++i) {
            const TriggerPoint& p = points.at(i);
            const PointFindings& f = p.findings;
            q.bindValue(sessionIdName, session.id);
            q.bindValue(ordinalName, int(i));
            q.bindValue(QStringLiteral(":body_view"), bodyViewKey(p.view));
            q.bindValue(QStringLiteral(":muscle_id"), SqlValues::text(p.muscleId));
            q.bindValue(QStringLiteral(":side"), bodySideKey(p.side));
            q.bindValue(QStringLiteral(":x"), p.position.x());
            q.bindValue(QStringLiteral(":y"), p.position.y());
            q.bindValue(QStringLiteral(":activity"), enumKey(f.activity));
            q.bindValue(QStringLiteral(":twitch"), enumKey(f.twitch));
            q.bindValue(QStringLiteral(":twitch_count"), f.twitchCount);
            q.bindValue(QStringLiteral(":pain_reproduced"), f.painReproduced ? 1 : 0);
            q.bindValue(QStringLiteral(":referred_reproduced"),
                        f.referredPatternReproduced ? 1 : 0);
            q.bindValue(QStringLiteral(":depth_mm"), SqlValues::intOrNull(f.depthMm));
            q.bindValue(QStringLiteral(":technique"), enumKey(f.technique));
            q.bindValue(QStringLiteral(":retention_seconds"),
                        SqlValues::intOrNull(f.retentionSeconds));
            q.bindValue(QStringLiteral(":gauge_mm"), SqlValues::realOrNull(f.needleGaugeMm));
            q.bindValue(QStringLiteral(":length_mm"), SqlValues::intOrNull(f.needleLengthMm));
            q.bindValue(QStringLiteral(":notes"), SqlValues::text(f.notes));
            q.bindValue(QStringLiteral(":site_name"), SqlValues::text(p.siteName));
            q.bindValue(QStringLiteral(":carried_from"), SqlValues::text(enumKey(p.carriedFrom)));
            StimulationValues::bind(q, f.stimulation);
            if (!q.exec())
                return SqlError::from(q.lastError(), what);
        }
        q.finish();
    }
    if (!session.needles.isEmpty()) {
        auto statement = prepared(InsertNeedle);
        if (!statement)
            return statement.error();
        QSqlQuery& q = **statement;
        for (qsizetype i = 0; i < session.needles.size(); ++i) {
            const NeedleUse& use = session.needles.at(i);
            q.bindValue(sessionIdName, session.id);
            q.bindValue(ordinalName, int(i));
            q.bindValue(QStringLiteral(":gauge_mm"), SqlValues::realOrNull(use.gaugeMm));
            q.bindValue(QStringLiteral(":length_mm"), SqlValues::intOrNull(use.lengthMm));
            q.bindValue(QStringLiteral(":lot"), SqlValues::text(use.lot));
            q.bindValue(QStringLiteral(":inserted"), use.inserted);
            q.bindValue(QStringLiteral(":removed"), use.removed);
            q.bindValue(QStringLiteral(":carried_from"), SqlValues::text(enumKey(use.carriedFrom)));
            if (!q.exec())
                return SqlError::from(q.lastError(), what);
        }
        q.finish();
    }
    if (!session.otherCare.isEmpty()) {
        auto statement = prepared(InsertCare);
        if (!statement)
            return statement.error();
        QSqlQuery& q = **statement;
        for (qsizetype i = 0; i < session.otherCare.size(); ++i) {
            q.bindValue(sessionIdName, session.id);
            q.bindValue(ordinalName, int(i));
            q.bindValue(QStringLiteral(":kind"), enumKey(session.otherCare.at(i).kind));
            q.bindValue(QStringLiteral(":note"), SqlValues::text(session.otherCare.at(i).note));
            q.bindValue(QStringLiteral(":carried_from"),
                        SqlValues::text(enumKey(session.otherCare.at(i).carriedFrom)));
            if (!q.exec())
                return SqlError::from(q.lastError(), what);
        }
        q.finish();
    }
    if (!session.adverseEvents.isEmpty()) {
        auto statement = prepared(InsertAdverseEvent);
        if (!statement)
            return statement.error();
        QSqlQuery& q = **statement;
        for (qsizetype i = 0; i < session.adverseEvents.size(); ++i) {
            const AdverseEvent& event = session.adverseEvents.at(i);
            q.bindValue(sessionIdName, session.id);
            q.bindValue(ordinalName, int(i));
            q.bindValue(QStringLiteral(":kind"), enumKey(event.kind));
            q.bindValue(QStringLiteral(":grade"), enumKey(event.grade));
            q.bindValue(QStringLiteral(":description"), SqlValues::text(event.description));
            q.bindValue(QStringLiteral(":action_taken"), SqlValues::text(event.actionTaken));
            q.bindValue(QStringLiteral(":follow_up"), SqlValues::text(event.followUp));
            if (!q.exec())
                return SqlError::from(q.lastError(), what);
        }
        q.finish();
    }
    if (!session.painAreas.isEmpty()) {
        auto statement = prepared(InsertPainArea);
        if (!statement)
            return statement.error();
        QSqlQuery& q = **statement;
        for (qsizetype i = 0; i < session.painAreas.size(); ++i) {
            const PainArea& area = session.painAreas.at(i);
            q.bindValue(sessionIdName, session.id);
            q.bindValue(ordinalName, int(i));
            q.bindValue(QStringLiteral(":body_view"), bodyViewKey(area.view));
            q.bindValue(QStringLiteral(":pain_type"), enumKey(area.type));
            q.bindValue(QStringLiteral(":intensity"), area.intensity);
            q.bindValue(QStringLiteral(":outline"), PainOutlineText::write(area.outline));
            if (!q.exec())
                return SqlError::from(q.lastError(), what);
        }
        q.finish();
    }
    return {};
}

Result<Session> SessionRepository::markSigned(SessionId id, qint64 rowVersion,
                                              const QString& signedBy, const QDateTime& nowUtc,
                                              qint64 consentId, int leafletVersion,
                                              qint64 screeningId, qint64 signedByAccount,
                                              const QString& signedByRegistration)
{
    Transaction tx(m_database);
    if (!tx.begun().ok())
        return tx.begun().error();
    auto statement = prepared(MarkSigned);
    if (!statement)
        return statement.error();
    QSqlQuery& q = **statement;
    q.bindValue(QStringLiteral(":signed_at"), SqlValues::timestampText(nowUtc));
    q.bindValue(QStringLiteral(":signed_by"), SqlValues::text(signedBy));
    q.bindValue(QStringLiteral(":signed_by_account"),
                signedByAccount > 0 ? QVariant(signedByAccount)
                                    : QVariant(QMetaType(QMetaType::LongLong)));
    q.bindValue(QStringLiteral(":signed_by_registration"),
                signedByAccount > 0 ? QVariant(signedByRegistration)
                                    : QVariant(QMetaType(QMetaType::QString)));
    q.bindValue(QStringLiteral(":consent_id"), SqlValues::idOrNull(consentId));
    q.bindValue(QStringLiteral(":leaflet_version"), SqlValues::idOrNull(leafletVersion));
    q.bindValue(QStringLiteral(":screening_id"), SqlValues::idOrNull(screeningId));
    q.bindValue(QStringLiteral(":id"), id);
    q.bindValue(QStringLiteral(":row_version"), rowVersion);
    if (!q.exec())
        return SqlError::from(q.lastError(), tr("Could not sign the session note"));
    const int changed = q.numRowsAffected();
    q.finish();
    if (changed != 1) {
        auto status = statusOf(id);
        if (!status)
            return status.error();
        if (*status == SessionStatus::Signed)
            return signedError();
        return Error{
            ErrorCode::Conflict,
            tr("This note was saved elsewhere since you opened it. Reopen it before signing."),
            {},
            {}};
    }
    auto signedNote = get(id);
    if (!signedNote)
        return signedNote.error();
    if (Status committed = tx.commit(); !committed.ok())
        return committed.error();
    return signedNote;
}

Result<Amendment> SessionRepository::appendAmendment(SessionId id, const Amendment& amendment)
{
    Transaction tx(m_database);
    if (!tx.begun().ok())
        return tx.begun().error();
    auto statement = prepared(InsertAmendment);
    if (!statement)
        return statement.error();
    QSqlQuery& q = **statement;
    q.bindValue(QStringLiteral(":written_at"), SqlValues::timestampText(amendment.writtenAt));
    q.bindValue(QStringLiteral(":author"), SqlValues::text(amendment.author));
    q.bindValue(QStringLiteral(":author_account"), amendment.authorAccountId > 0
                                                       ? QVariant(amendment.authorAccountId)
                                                       : QVariant(QMetaType(QMetaType::LongLong)));
    q.bindValue(QStringLiteral(":reason"), SqlValues::text(amendment.reason));
    q.bindValue(QStringLiteral(":body"), SqlValues::text(amendment.text));
    q.bindValue(QStringLiteral(":id"), id);
    if (!q.exec())
        return SqlError::from(q.lastError(), tr("Could not add the amendment"));
    if (!q.next()) {
        q.finish();
        auto status = statusOf(id);
        if (!status)
            return status.error();
        return Error{ErrorCode::Validation,
                     tr("Only a signed note takes amendments: a draft can still be edited."),
                     {},
                     {}};
    }
    Amendment stored = amendment;
    stored.id = q.value(0).toLongLong();
    q.finish();
    // The amendment's words are found with the note's.
    auto note = get(id);
    if (!note)
        return note.error();
    if (Status indexed = m_search.write(*note); !indexed.ok())
        return indexed.error();
    if (Status committed = tx.commit(); !committed.ok())
        return committed.error();
    return stored;
}

Status SessionRepository::deleteDraft(SessionId id)
{
    Transaction tx(m_database);
    if (!tx.begun().ok())
        return tx.begun().error();
    auto status = statusOf(id);
    if (!status)
        return status.error();
    if (*status == SessionStatus::Signed)
        return Error{ErrorCode::NoteSigned, tr("A signed note cannot be deleted."), {}, {}};
    if (Status removed = deleteRows(id); !removed.ok())
        return removed.error();
    auto statement = prepared(DeleteDraftRow);
    if (!statement)
        return statement.error();
    QSqlQuery& q = **statement;
    q.bindValue(QStringLiteral(":id"), id);
    if (!q.exec())
        return SqlError::from(q.lastError(), tr("Could not delete the draft"));
    q.finish();
    return tx.commit();
}

Result<NoteSearchResult> SessionRepository::searchNotes(const NoteSearchQuery& query)
{
    return m_search.search(query);
}

Status SessionRepository::ensureSearchIndex()
{
    auto current = m_search.isCurrent();
    if (!current)
        return current.error();
    if (*current)
        return {};
    Transaction tx(m_database);
    if (!tx.begun().ok())
        return tx.begun().error();
    std::vector<SessionId> ids;
    {
        auto statement = prepared(SelectAllIds);
        if (!statement)
            return statement.error();
        QSqlQuery& q = **statement;
        if (!q.exec())
            return SqlError::from(q.lastError(), tr("Could not rebuild the search index"));
        while (q.next())
            ids.push_back(q.value(0).toLongLong());
        q.finish();
    }
    for (const SessionId id : ids) {
        auto note = get(id);
        if (!note)
            return note.error();
        if (Status indexed = m_search.write(*note); !indexed.ok())
            return indexed.error();
    }
    if (Status marked = m_search.markCurrent(); !marked.ok())
        return marked.error();
    if (Status committed = tx.commit(); !committed.ok())
        return committed.error();
    spdlog::info("note search index rebuilt for {} notes (index version {})", ids.size(),
                 NoteSearchText::IndexVersion);
    return {};
}

Status SessionRepository::prepareReadStatements()
{
    for (const QString* sql : {&SelectSession, &SelectNeedles, &SelectCare, &SelectAdverseEvents,
                               &SelectPainAreas, &SelectAmendments, &SelectPoints, &SelectHistory,
                               &SelectHistorySites, &SelectNeedlingCounts}) {
        auto statement = prepared(*sql);
        if (!statement)
            return statement.error();
    }
    return {};
}

Result<Session> SessionRepository::get(SessionId id)
{
    const QString what = tr("Could not read the session note");
    auto statement = prepared(SelectSession);
    if (!statement)
        return statement.error();
    Session session;
    {
        QSqlQuery& q = **statement;
        q.bindValue(QStringLiteral(":id"), id);
        if (!q.exec())
            return SqlError::from(q.lastError(), what);
        if (!q.next()) {
            q.finish();
            return notFoundError();
        }
        session = readSession(q);
        q.finish();
    }
    auto points = this->points(id);
    if (!points)
        return points.error();
    session.points = std::move(*points);

    auto needles = prepared(SelectNeedles);
    if (!needles)
        return needles.error();
    QSqlQuery& n = **needles;
    n.bindValue(QStringLiteral(":id"), id);
    if (!n.exec())
        return SqlError::from(n.lastError(), what);
    while (n.next())
        session.needles.append(NeedleUse{SqlValues::optionalReal(n.value(0)),
                                         SqlValues::optionalInt(n.value(1)), n.value(2).toString(),
                                         n.value(3).toInt(), n.value(4).toInt(),
                                         carriedFrom(n.value(5))});
    n.finish();

    auto care = prepared(SelectCare);
    if (!care)
        return care.error();
    QSqlQuery& c = **care;
    c.bindValue(QStringLiteral(":id"), id);
    if (!c.exec())
        return SqlError::from(c.lastError(), what);
    while (c.next())
        session.otherCare.append(OtherCare{
            enumFromKey<OtherCareKind>(c.value(0).toString()).value_or(OtherCareKind::Other),
            c.value(1).toString(), carriedFrom(c.value(2))});
    c.finish();

    auto events = prepared(SelectAdverseEvents);
    if (!events)
        return events.error();
    QSqlQuery& e = **events;
    e.bindValue(QStringLiteral(":id"), id);
    if (!e.exec())
        return SqlError::from(e.lastError(), what);
    while (e.next())
        session.adverseEvents.append(AdverseEvent{
            enumFromKey<AdverseEventKind>(e.value(0).toString()).value_or(AdverseEventKind::Other),
            enumFromKey<AdverseEventGrade>(e.value(1).toString())
                .value_or(AdverseEventGrade::Serious),
            e.value(2).toString(), e.value(3).toString(), e.value(4).toString()});
    e.finish();

    auto painAreas = painDrawing(id);
    if (!painAreas)
        return painAreas.error();
    session.painAreas = std::move(*painAreas);

    auto amendments = prepared(SelectAmendments);
    if (!amendments)
        return amendments.error();
    QSqlQuery& a = **amendments;
    a.bindValue(QStringLiteral(":id"), id);
    if (!a.exec())
        return SqlError::from(a.lastError(), what);
    while (a.next())
        session.amendments.append(Amendment{
            a.value(0).toLongLong(), SqlValues::timestamp(a.value(1)), a.value(2).toString(),
            a.value(3).toString(), a.value(4).toString(), a.value(5).toLongLong()});
    a.finish();
    return session;
}

Result<QList<PainArea>> SessionRepository::painDrawing(SessionId id)
{
    const QString what = tr("Could not read the session note");
    QList<PainArea> areas;
    auto painAreas = prepared(SelectPainAreas);
    if (!painAreas)
        return painAreas.error();
    QSqlQuery& pa = **painAreas;
    pa.bindValue(QStringLiteral(":id"), id);
    if (!pa.exec())
        return SqlError::from(pa.lastError(), what);
    while (pa.next()) {
        // A row this release cannot read (a view or kind from a newer one, a damaged outline)
        // is skipped rather than shown wrong; the note itself still opens.
        const std::optional<BodyView> view = bodyViewFromKey(pa.value(0).toString());
        const std::optional<PainType> type = enumFromKey<PainType>(pa.value(1).toString());
        const std::optional<QList<QPointF>> outline = PainOutlineText::read(pa.value(3).toString());
        if (!view || !type || !outline) {
            spdlog::warn("session {}: skipped an unreadable pain area", id);
            continue;
        }
        areas.append(PainArea{*view, *type, pa.value(2).toInt(), *outline});
    }
    pa.finish();
    return areas;
}

Result<TriggerPointSet> SessionRepository::points(SessionId id)
{
    auto statement = prepared(SelectPoints);
    if (!statement)
        return statement.error();
    QSqlQuery& q = **statement;
    q.bindValue(QStringLiteral(":id"), id);
    if (!q.exec())
        return SqlError::from(q.lastError(), tr("Could not read the trigger points"));
    TriggerPointSet points;
    while (q.next())
        points.add(readPoint(q));
    q.finish();
    return points;
}

Result<std::vector<MuscleVisit>>
SessionRepository::muscleHistory(PatientId patientId, const MuscleId& muscleId, BodySide side)
{
    auto statement = prepared(SelectMuscleHistory);
    if (!statement)
        return statement.error();
    QSqlQuery& q = **statement;
    q.bindValue(QStringLiteral(":patient_id"), patientId);
    q.bindValue(QStringLiteral(":muscle_id"), muscleId);
    q.bindValue(QStringLiteral(":side"), bodySideKey(side));
    if (!q.exec())
        return SqlError::from(q.lastError(), tr("Could not read the muscle's history"));
    std::vector<MuscleVisit> visits;
    while (q.next()) {
        MuscleVisit visit;
        visit.point = readPoint(q);
        visit.sessionId = q.value(21).toLongLong();
        visit.treatedAt = SqlValues::timestamp(q.value(22));
        visit.clinician = q.value(23).toString();
        visit.painBefore = SqlValues::optionalInt(q.value(24));
        visit.painAfter = SqlValues::optionalInt(q.value(25));
        visits.push_back(std::move(visit));
    }
    q.finish();
    return visits;
}

Result<std::vector<SessionSummary>> SessionRepository::history(PatientId patientId)
{
    const QString what = tr("Could not read the patient's sessions");
    std::vector<SessionSummary> rows;
    std::unordered_map<SessionId, std::size_t> rowOf;
    {
        auto statement = prepared(SelectHistory);
        if (!statement)
            return statement.error();
        QSqlQuery& q = **statement;
        q.bindValue(QStringLiteral(":patient_id"), patientId);
        if (!q.exec())
            return SqlError::from(q.lastError(), what);
        while (q.next()) {
            SessionSummary s;
            s.id = q.value(0).toLongLong();
            s.treatedAt = SqlValues::timestamp(q.value(1));
            s.status =
                enumFromKey<SessionStatus>(q.value(2).toString()).value_or(SessionStatus::Signed);
            s.clinician = q.value(3).toString();
            s.painBefore = SqlValues::optionalInt(q.value(4));
            s.painAfter = SqlValues::optionalInt(q.value(5));
            s.hasSeriousAdverseEvent = q.value(6).toInt() != 0;
            s.pointCount = q.value(7).toInt();
            s.amendmentCount = q.value(8).toInt();
            s.notNeedled = q.value(9).toInt() != 0;
            rowOf.emplace(s.id, rows.size());
            rows.push_back(std::move(s));
        }
        q.finish();
    }
    auto statement = prepared(SelectHistorySites);
    if (!statement)
        return statement.error();
    QSqlQuery& q = **statement;
    q.bindValue(QStringLiteral(":patient_id"), patientId);
    if (!q.exec())
        return SqlError::from(q.lastError(), what);
    while (q.next()) {
        const auto found = rowOf.find(q.value(0).toLongLong());
        if (found == rowOf.end())
            continue;
        rows[found->second].sites.append(NeedledSite{
            q.value(1).toString(), bodySideFromKey(q.value(2).toString()).value_or(BodySide::Left),
            q.value(3).toString()});
    }
    q.finish();
    return rows;
}

Result<std::vector<DraftNote>> SessionRepository::drafts(const QString& clinicianLogin)
{
    auto statement = prepared(SelectDrafts);
    if (!statement)
        return statement.error();
    QSqlQuery& q = **statement;
    q.bindValue(QStringLiteral(":login"), SqlValues::text(clinicianLogin));
    if (!q.exec())
        return SqlError::from(q.lastError(), tr("Could not read the unsigned notes"));
    std::vector<DraftNote> drafts;
    while (q.next()) {
        DraftNote d;
        d.id = q.value(0).toLongLong();
        d.patient.id = q.value(1).toLongLong();
        d.patient.familyName = q.value(2).toString();
        d.patient.givenName = q.value(3).toString();
        d.patient.preferredName = q.value(4).toString();
        d.treatedAt = SqlValues::timestamp(q.value(5));
        d.updatedAt = SqlValues::timestamp(q.value(6));
        drafts.push_back(std::move(d));
    }
    q.finish();
    return drafts;
}

Result<QHash<QString, int>> SessionRepository::needlingCounts(PatientId patientId,
                                                              SessionId excluded)
{
    auto statement = prepared(SelectNeedlingCounts);
    if (!statement)
        return statement.error();
    QSqlQuery& q = **statement;
    q.bindValue(QStringLiteral(":patient_id"), patientId);
    q.bindValue(QStringLiteral(":excluded"), excluded);
    if (!q.exec())
        return SqlError::from(q.lastError(), tr("Could not read the patient's sessions"));
    QHash<QString, int> counts;
    while (q.next()) {
        const QString side = q.value(1).toString() == bodySideKey(BodySide::Right)
                                 ? QStringLiteral("_R")
                                 : QStringLiteral("_L");
        counts.insert(q.value(0).toString() + side, q.value(2).toInt());
    }
    q.finish();
    return counts;
}

} // namespace needlechart
