#include "needlechart/services/session/SessionService.h"

#include "needlechart/domain/common/Clock.h"
#include "needlechart/domain/session/SessionValidator.h"
#include "needlechart/domain/session/SignedContent.h"
#include "needlechart/domain/session/SitePrecautions.h"
#include "needlechart/services/accounts/AccountService.h"
#include "needlechart/services/audit/AuditTrail.h"
#include "needlechart/services/common/ChangeNotifier.h"
#include "needlechart/services/consent/ConsentService.h"
#include "needlechart/storage/database/Database.h"
#include "needlechart/storage/database/Transaction.h"
#include "needlechart/storage/patients/PatientRepository.h"
#include "needlechart/storage/session/PointTemplateRepository.h"
#include "needlechart/storage/session/SessionRepository.h"

#include <QLocale>

#include <spdlog/spdlog.h>

namespace needlechart {
namespace {

Error validationError(const QString& message, QList<FieldError> fieldErrors)
{
    return Error{ErrorCode::Validation, message, {}, std::move(fieldErrors)};
}

Error signedError()
{
    return Error{
        ErrorCode::NoteSigned,
        SessionService::tr("This note is signed and locked. Add an amendment to correct it."),
        {},
        {}};
}

} // namespace

SessionService::SessionService(Database& database, SessionRepository& sessions,
                               PointTemplateRepository& templates, PatientRepository& patients,
                               ConsentService& consent, ChangeNotifier& notifier,
                               const Clock& clock, const MuscleCatalogue& catalogue,
                               AuditTrail& audit, AccountService& accounts)
    : m_database(database),
      m_sessions(sessions),
      m_templates(templates),
      m_patients(patients),
      m_consent(consent),
      m_notifier(notifier),
      m_clock(clock),
      m_catalogue(catalogue),
      m_audit(audit),
      m_accounts(accounts)
{}

Result<StaffAccount> SessionService::signer(const User& user, const Session& session,
                                            const char* what)
{
    const AuditTrail::Subject subject{session.patientId, QStringLiteral("session"), session.id};
    if (!session.clinicianLogin.isEmpty() && session.clinicianLogin != user.login)
        return m_audit.refuse(
            user, what, subject,
            tr("Only %1, who charted this note, can sign it.").arg(session.clinician));
    if (user.accountId <= 0)
        return m_audit.refuse(user, what, subject,
                              tr("Sign in with your own staff account to sign notes."));
    auto account = m_accounts.ownAccount(user);
    if (!account)
        return account.error();
    // A dry needling note: one with trigger points needled.
    if (!session.points.isEmpty()) {
        const QDate today = m_clock.today();
        if (!account->needling.isRecorded())
            return m_audit.refuse(user, what, subject,
                                  tr("No authorisation to practise dry needling is recorded for "
                                     "you, so a dry needling note cannot be signed. An admin "
                                     "records it in Staff Accounts."));
        if (!account->needling.isCurrentOn(today))
            return m_audit.refuse(
                user, what, subject,
                tr("Your authorisation to practise dry needling ran out on %1, so a dry needling "
                   "note cannot be signed. An admin records the renewed one in Staff Accounts.")
                    .arg(QLocale().toString(account->needling.expiresOn, QLocale::LongFormat)));
    }
    return account;
}

Status SessionService::mayChart(const User& user, const char* what, PatientId patientId,
                                SessionId sessionId)
{
    return m_audit.permit(
        user, Permission::ClinicalRecord, what,
        {patientId, sessionId ? QStringLiteral("session") : QString(), sessionId});
}

Result<Session> SessionService::startSession(PatientId patientId, const User& user)
{
    if (Status allowed = mayChart(user, "start a session", patientId); !allowed.ok())
        return allowed.error();
    auto patient = m_patients.get(patientId);
    if (!patient)
        return patient.error();
    Session session;
    session.patientId = patientId;
    // To the minute: nobody charts seconds, and the time edit shows minutes.
    QDateTime now = m_clock.nowUtc();
    now.setTime(QTime(now.time().hour(), now.time().minute()));
    session.treatedAt = now;
    session.clinician = user.displayName;
    session.clinicianLogin = user.login;
    return session;
}

Result<Session> SessionService::saveDraft(const Session& session, const User& user)
{
    if (Status allowed = mayChart(user, "save a draft", session.patientId, session.id);
        !allowed.ok())
        return allowed.error();
    if (session.isSigned())
        return signedError();
    if (auto errors = SessionValidator::checkDraft(session, m_catalogue); !errors.isEmpty())
        return validationError(tr("Some values are out of range: the draft was not saved."),
                               std::move(errors));
    // The note, its rows and the audit row in one transaction.
    Transaction tx(m_database);
    if (!tx.begun())
        return tx.begun().error();
    auto saved = m_sessions.saveDraft(session, m_clock.nowUtc());
    if (!saved) {
        spdlog::warn("session {} draft save failed ({})", session.id,
                     errorCodeName(saved.error().code));
        return saved.error();
    }
    if (Status recorded =
            m_audit.record(user, session.isStored() ? AuditAction::Update : AuditAction::Create,
                           {saved->patientId, QStringLiteral("session"), saved->id},
                           AuditEvent::Outcome::Done, QStringLiteral("draft saved"));
        !recorded)
        return recorded.error();
    if (Status committed = tx.commit(); !committed)
        return committed.error();
    spdlog::debug("session {} draft saved, version {}", saved->id, saved->rowVersion);
    m_notifier.notify({ChangeEvent::Entity::Session,
                       session.isStored() ? ChangeEvent::Kind::Updated : ChangeEvent::Kind::Created,
                       {saved->id},
                       saved->patientId});
    return saved;
}

Status SessionService::checkSignable(const Session& session, const User& user)
{
    auto ready = readyToSign(session, user);
    if (!ready)
        return ready.error();
    return {};
}

Result<std::pair<NeedlingClearance, StaffAccount>>
SessionService::readyToSign(const Session& session, const User& user)
{
    if (Status allowed = mayChart(user, "sign a note", session.patientId, session.id);
        !allowed.ok())
        return allowed.error();
    if (session.isSigned())
        return signedError();
    QList<FieldError> errors =
        SessionValidator::checkForSigning(session, m_catalogue, m_clock.nowUtc());
    // No needle without consent and screening: the rule lives here, not in the window. A visit
    // without needling needs neither (it may be the very visit that found a contraindication).
    auto clearance = m_consent.clearance(session.patientId, user);
    if (!clearance)
        return clearance.error();
    if (session.notNeedled)
        clearance->blocks.clear();
    for (const NeedlingClearance::Reason& reason : clearance->blocks) {
        const bool aboutConsent = reason.block == NeedlingClearance::Block::NoConsent
                                  || reason.block == NeedlingClearance::Block::ConsentDeclined
                                  || reason.block == NeedlingClearance::Block::ConsentWithdrawn;
        QString message = reason.message;
        if (reason.block == NeedlingClearance::Block::Contraindicated)
            message += QLatin1Char(' ')
                       + tr("If no needle was used at this visit, tick \"Not needled this "
                            "visit\" and say why.");
        errors.append({aboutConsent ? SessionFields::Consent : SessionFields::Screening, message});
    }
    // A precaution bearing on a site needled is signed only once the clinician has acknowledged
    // it (the acknowledgement is part of what is signed).
    for (const SitePrecaution& open : SitePrecautions::unacknowledged(
             SitePrecautions::check(clearance->precautions, session.points.points(), m_catalogue),
             session.acknowledgedPrecautions))
        errors.append({SessionFields::Precautions,
                       tr("%1 Acknowledge it before signing.").arg(open.message)});
    if (!errors.isEmpty()) {
        const QString message =
            errors.size() == 1
                ? tr("The note cannot be signed yet: one thing needs attention.")
                : tr("The note cannot be signed yet: %1 things need attention.").arg(errors.size());
        return validationError(message, std::move(errors));
    }
    auto account = signer(user, session, "sign a note");
    if (!account)
        return account.error();
    return std::pair{*clearance, *account};
}

Result<Session> SessionService::sign(const Session& session, const User& user,
                                     const QString& password)
{
    auto ready = readyToSign(session, user);
    if (!ready)
        return ready.error();
    const auto& [clearance, account] = *ready;
    const QDateTime now = m_clock.nowUtc();
    // Last, so a note that cannot be signed yet does not cost a password try.
    if (Status confirmed = m_accounts.confirmPassword(user, password); !confirmed)
        return confirmed.error();
    Transaction tx(m_database);
    if (!tx.begun().ok())
        return tx.begun().error();
    auto saved = m_sessions.saveDraft(session, now);
    if (!saved) {
        spdlog::warn("session {} sign: save failed ({})", session.id,
                     errorCodeName(saved.error().code));
        return saved.error();
    }
    auto signedNote = m_sessions.markSigned(
        saved->id, saved->rowVersion, account.displayName, now, clearance.consentId,
        clearance.leafletVersion, clearance.screeningId, account.id, account.registrationNumber);
    if (!signedNote) {
        spdlog::warn("session {} sign failed ({})", saved->id,
                     errorCodeName(signedNote.error().code));
        return signedNote.error();
    }
    if (Status visit = m_patients.recordVisit(signedNote->patientId,
                                              signedNote->treatedAt.toLocalTime().date());
        !visit.ok())
        return visit.error();
    // What was signed, as stored, goes into the audit chain.
    if (Status recorded = m_audit.record(
            user, AuditAction::Sign,
            {signedNote->patientId, QStringLiteral("session"), signedNote->id},
            AuditEvent::Outcome::Done, QString(), SignedContent::hashOf(*signedNote));
        !recorded)
        return recorded.error();
    if (Status committed = tx.commit(); !committed.ok()) {
        spdlog::error("session {} sign: commit failed ({})", saved->id,
                      errorCodeName(committed.error().code));
        return committed.error();
    }
    spdlog::info("session {} of patient {} signed ({} points, {} needles)", signedNote->id,
                 signedNote->patientId, signedNote->points.size(), signedNote->needlesInserted());
    m_notifier.notify({ChangeEvent::Entity::Session,
                       ChangeEvent::Kind::Updated,
                       {signedNote->id},
                       signedNote->patientId});
    m_notifier.notify({ChangeEvent::Entity::Patient,
                       ChangeEvent::Kind::Updated,
                       {signedNote->patientId},
                       signedNote->patientId});
    return signedNote;
}

Result<Session> SessionService::amend(SessionId id, const QString& reason, const QString& text,
                                      const User& user, const QString& password)
{
    if (Status allowed = mayChart(user, "amend a note", 0, id); !allowed.ok())
        return allowed.error();
    if (auto errors = SessionValidator::checkAmendment(reason, text); !errors.isEmpty()) {
        // Say what is wrong: one problem in its own words, several as a pointer to the fields.
        const QString summary =
            errors.size() == 1 ? errors.front().message
                               : tr("The amendment cannot be added yet: see the marked fields.");
        return validationError(summary, std::move(errors));
    }
    if (user.accountId <= 0)
        return m_audit.refuse(user, "amend a note", {0, QStringLiteral("session"), id},
                              tr("Sign in with your own staff account to amend notes."));
    auto account = m_accounts.ownAccount(user);
    if (!account)
        return account.error();
    if (Status confirmed = m_accounts.confirmPassword(user, password); !confirmed)
        return confirmed.error();
    Transaction tx(m_database);
    if (!tx.begun().ok())
        return tx.begun().error();
    Amendment amendment;
    amendment.writtenAt = m_clock.nowUtc();
    amendment.author = account->displayName;
    amendment.authorAccountId = account->id;
    amendment.reason = reason.trimmed();
    amendment.text = text.trimmed();
    auto appended = m_sessions.appendAmendment(id, amendment);
    if (!appended) {
        spdlog::warn("session {} amendment failed ({})", id, errorCodeName(appended.error().code));
        return appended.error();
    }
    auto note = m_sessions.get(id);
    if (!note)
        return note.error();
    if (Status recorded = m_audit.record(
            user, AuditAction::Amend, {note->patientId, QStringLiteral("session"), id},
            AuditEvent::Outcome::Done, QStringLiteral("amendment %1").arg(appended->id),
            SignedContent::hashOf(*appended));
        !recorded)
        return recorded.error();
    if (Status committed = tx.commit(); !committed.ok())
        return committed.error();
    spdlog::info("session {} amended (amendment {})", id, appended->id);
    m_notifier.notify(
        {ChangeEvent::Entity::Session, ChangeEvent::Kind::Updated, {id}, note->patientId});
    return note;
}

Status SessionService::deleteDraft(SessionId id, const User& user)
{
    if (Status allowed = mayChart(user, "delete a draft", 0, id); !allowed.ok())
        return allowed.error();
    auto note = m_sessions.get(id);
    if (!note)
        return note.error();
    if (note->isSigned())
        return Error{ErrorCode::NoteSigned, tr("A signed note cannot be deleted."), {}, {}};
    Transaction tx(m_database);
    if (!tx.begun().ok())
        return tx.begun().error();
    if (Status removed = m_sessions.deleteDraft(id); !removed.ok())
        return removed;
    if (Status recorded = m_audit.record(user, AuditAction::DeleteDraft,
                                         {note->patientId, QStringLiteral("session"), id});
        !recorded)
        return recorded;
    if (Status committed = tx.commit(); !committed.ok())
        return committed;
    spdlog::info("session {} draft deleted", id);
    m_notifier.notify(
        {ChangeEvent::Entity::Session, ChangeEvent::Kind::Removed, {id}, note->patientId});
    return {};
}

Result<Session> SessionService::get(SessionId id, const User& user)
{
    if (Status allowed = mayChart(user, "open a note", 0, id); !allowed.ok())
        return allowed.error();
    auto note = m_sessions.get(id);
    if (!note)
        return note;
    // Opening a note is recorded; a trail that cannot be written does not keep the note from
    // the clinician treating the patient (the failure is logged).
    if (Status recorded = m_audit.recordAlone(user, AuditAction::OpenRecord,
                                              {note->patientId, QStringLiteral("session"), id});
        !recorded)
        spdlog::error("session {} opened but not audited ({})", id,
                      errorCodeName(recorded.error().code));
    return note;
}

Result<SessionRecord> SessionService::record(SessionId id, const User& user)
{
    auto note = get(id, user);
    if (!note)
        return note.error();
    SessionRecord record;
    auto patient = m_patients.get(note->patientId);
    if (!patient)
        return patient.error();
    record.patient = std::move(*patient);
    if (note->consentId > 0) {
        auto consent = m_consent.consent(note->consentId, user);
        if (!consent)
            return consent.error();
        record.consent = std::move(*consent);
    }
    if (note->screeningId > 0) {
        auto screening = m_consent.screening(note->screeningId, user);
        if (!screening)
            return screening.error();
        QStringList present;
        for (const ScreeningAnswer& answer : screening->answers)
            if (answer.present)
                present.append(answer.itemKey);
        record.precautions = SitePrecautions::check(present, note->points.points(), m_catalogue);
        record.screening = std::move(*screening);
    }
    record.session = std::move(*note);
    return record;
}

Result<std::vector<MuscleVisit>> SessionService::muscleHistory(PatientId patientId,
                                                               const MuscleId& muscleId,
                                                               BodySide side, const User& user)
{
    if (Status allowed = mayChart(user, "read a muscle's history", patientId); !allowed.ok())
        return allowed.error();
    auto visits = m_sessions.muscleHistory(patientId, muscleId, side);
    if (visits)
        m_audit.recordViewing(user, AuditAction::OpenRecord,
                              {patientId, QStringLiteral("patient-record"), patientId});
    return visits;
}

Result<std::vector<DraftNote>> SessionService::myDrafts(const User& user)
{
    if (Status allowed = mayChart(user, "list their unsigned notes", 0); !allowed.ok())
        return allowed.error();
    return m_sessions.drafts(user.login);
}

Result<std::vector<SessionSummary>> SessionService::history(PatientId patientId, const User& user)
{
    if (Status allowed = mayChart(user, "read notes", patientId); !allowed.ok())
        return allowed.error();
    auto history = m_sessions.history(patientId);
    if (history)
        m_audit.recordViewing(user, AuditAction::OpenRecord,
                              {patientId, QStringLiteral("patient-record"), patientId});
    return history;
}

Result<NoteSearchResult> SessionService::searchNotes(const NoteSearchQuery& query, const User& user)
{
    if (Status allowed = mayChart(user, "search notes", query.patientId); !allowed.ok())
        return allowed.error();
    auto result = m_sessions.searchNotes(query);
    if (!result)
        return result;
    if (query.patientId != 0)
        m_audit.recordViewing(user, AuditAction::OpenRecord,
                              {query.patientId, QStringLiteral("patient-record"), query.patientId});
    else
        m_audit.recordSearch(user, QStringLiteral("notes"));
    spdlog::debug("note search by account {}: {} notes (patient {})", user.accountId,
                  result->hits.size(), query.patientId);
    return result;
}

Result<SessionChart> SessionService::chart(PatientId patientId, const Session& current,
                                           const User& user)
{
    if (Status allowed = mayChart(user, "read the chart", patientId); !allowed.ok())
        return allowed.error();
    SessionChart chart;
    auto history = m_sessions.history(patientId);
    if (!history)
        return history.error();
    chart.history = std::move(*history);
    // Newest first: the first other session treated no later than this one.
    for (const SessionSummary& summary : chart.history) {
        if (summary.id == current.id)
            continue;
        if (current.treatedAt.isValid() && summary.treatedAt > current.treatedAt)
            continue;
        if (!chart.previousSessionId)
            chart.previousSessionId = summary.id;
        if (summary.status == SessionStatus::Signed) {
            chart.lastSignedTreatedAt = summary.treatedAt;
            break;
        }
    }
    if (chart.previousSessionId) {
        auto points = m_sessions.points(*chart.previousSessionId);
        if (!points)
            return points.error();
        chart.previousPoints = points->points();
        auto painAreas = m_sessions.painDrawing(*chart.previousSessionId);
        if (!painAreas)
            return painAreas.error();
        chart.previousPainAreas = std::move(*painAreas);
    }
    auto counts = m_sessions.needlingCounts(patientId, current.id);
    if (!counts)
        return counts.error();
    chart.needlingCounts = std::move(*counts);
    return chart;
}

Result<std::optional<Session>>
SessionService::lastSignedBefore(PatientId patientId, const Session& current, const User& user)
{
    if (Status allowed = mayChart(user, "copy from the last session", patientId); !allowed.ok())
        return allowed.error();
    auto history = m_sessions.history(patientId);
    if (!history)
        return history.error();
    for (const SessionSummary& summary : *history) { // newest first
        if (summary.id == current.id || summary.status != SessionStatus::Signed)
            continue;
        if (current.treatedAt.isValid() && summary.treatedAt > current.treatedAt)
            continue;
        auto session = m_sessions.get(summary.id);
        if (!session)
            return session.error();
        spdlog::info("session {} read to start session {} from", summary.id, current.id);
        return std::optional<Session>(std::move(*session));
    }
    return std::optional<Session>();
}

Result<std::vector<PointTemplate>> SessionService::templates(const User& user)
{
    if (Status allowed = mayChart(user, "read point templates", 0); !allowed.ok())
        return allowed.error();
    return m_templates.ofOwner(user.login);
}

Result<PointTemplate> SessionService::saveTemplate(const QString& name,
                                                   const QList<TriggerPoint>& points,
                                                   const User& user)
{
    if (Status allowed = mayChart(user, "save a point template", 0); !allowed.ok())
        return allowed.error();
    const PointTemplate wanted = PointTemplate::of(name, user.login, points);
    if (auto errors = wanted.check(); !errors.isEmpty()) {
        const QString message = errors.first().message;
        return validationError(message, std::move(errors));
    }
    Transaction tx(m_database);
    if (!tx.begun())
        return tx.begun().error();
    auto stored = m_templates.save(wanted, m_clock.nowUtc());
    if (!stored)
        return stored.error();
    if (Status committed = tx.commit(); !committed)
        return committed.error();
    spdlog::info("point template {} saved with {} points", stored->id, stored->points.size());
    return stored;
}

Status SessionService::deleteTemplate(PointTemplateId id, const User& user)
{
    if (Status allowed = mayChart(user, "delete a point template", 0); !allowed.ok())
        return allowed.error();
    Transaction tx(m_database);
    if (!tx.begun())
        return tx.begun().error();
    if (Status removed = m_templates.remove(id, user.login); !removed)
        return removed.error();
    if (Status committed = tx.commit(); !committed)
        return committed.error();
    spdlog::info("point template {} deleted", id);
    return {};
}

} // namespace needlechart
