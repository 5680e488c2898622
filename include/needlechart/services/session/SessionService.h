#pragma once

#include "needlechart/domain/accounts/StaffAccount.h"
#include "needlechart/domain/common/Result.h"
#include "needlechart/domain/common/User.h"
#include "needlechart/domain/consent/NeedlingClearance.h"
#include "needlechart/domain/session/DraftNote.h"
#include "needlechart/domain/session/MuscleVisit.h"
#include "needlechart/domain/session/NoteSearchQuery.h"
#include "needlechart/domain/session/NoteSearchResult.h"
#include "needlechart/domain/session/PointTemplate.h"
#include "needlechart/domain/session/Session.h"
#include "needlechart/domain/session/SessionRecord.h"
#include "needlechart/services/session/SessionChart.h"

#include <QCoreApplication>

#include <optional>
#include <utility>
#include <vector>

namespace needlechart {

class ChangeNotifier;
class Clock;
class ConsentService;
class Database;
class MuscleCatalogue;
class PatientRepository;
class PointTemplateRepository;
class SessionRepository;

// The rules of a session note. Only clinicians may read or write notes (the front desk gets
// ErrorCode::NotPermitted). A draft saves whatever has been typed as long as each value is in
// range (SessionValidator::checkDraft), so autosave never loses work. sign() checks the whole
// note (SessionValidator::checkForSigning: the needle count, required fields, ranges), saves
// it and locks it in one transaction. A signed note refuses every change here (NoteSigned),
// whatever the UI does; corrections are amendments, appended with author, time and reason.
// Signing also needs the patient cleared for needling (ConsentService::clearance: consent in
// force, a current screening, no absolute contraindication); the signed note stores the
// consent, leaflet version and screening it relied on.
// Signed notes cannot be deleted; drafts can. Each write is one Transaction, logs ids only and
// is announced through the ChangeNotifier. Each write also writes one audit row in its
// transaction (signing and amending with the content hash of what was signed), and opening a
// note writes one too.
//
// Signing and amending are the clinician's own acts: they need the person's password again
// (AccountService::confirmPassword, with its lockout), a staff account, and only the clinician
// who charted a note signs it. A note with trigger points (a dry needling note) needs the
// signer's needling authorisation current today. The note records the account and the
// registration number it held; an amendment records its author's account.
class AccountService;
class AuditTrail;

class SessionService {
    Q_DECLARE_TR_FUNCTIONS(SessionService)

public:
    SessionService(Database& database, SessionRepository& sessions,
                   PointTemplateRepository& templates, PatientRepository& patients,
                   ConsentService& consent, ChangeNotifier& notifier, const Clock& clock,
                   const MuscleCatalogue& catalogue, AuditTrail& audit, AccountService& accounts);

    // A new, unsaved draft for the patient: treated now, by `user`.
    [[nodiscard]] Result<Session> startSession(PatientId patientId, const User& user);
    [[nodiscard]] Result<Session> saveDraft(const Session& session, const User& user);
    // Every check signing makes before the password (the note complete, the needles counted,
    // consent and screening, the signer's account and authorisation), so a window asks for the
    // password only when the note can be signed. Changes nothing.
    [[nodiscard]] Status checkSignable(const Session& session, const User& user);
    // `password` is the signer's, typed again to sign.
    [[nodiscard]] Result<Session> sign(const Session& session, const User& user,
                                       const QString& password);
    // Appends an amendment to a signed note and returns the note with it (the author's
    // password typed again, as for signing).
    [[nodiscard]] Result<Session> amend(SessionId id, const QString& reason, const QString& text,
                                        const User& user, const QString& password);
    [[nodiscard]] Status deleteDraft(SessionId id, const User& user);

    [[nodiscard]] Result<Session> get(SessionId id, const User& user);
    // The note with what its session summary prints beside it (SessionRecord): the patient, and
    // for a signed note the consent and screening it relied on and the precautions at its sites.
    // Recorded as an opening of the note, like get().
    [[nodiscard]] Result<SessionRecord> record(SessionId id, const User& user);
    [[nodiscard]] Result<std::vector<SessionSummary>> history(PatientId patientId,
                                                              const User& user);
    // Every time the patient's `muscleId` on `side` was needled in a signed note, newest first,
    // with what was found and the visit's pain before and after (recorded as viewing the
    // patient's record). Clinicians only.
    [[nodiscard]] Result<std::vector<MuscleVisit>>
    muscleHistory(PatientId patientId, const MuscleId& muscleId, BodySide side, const User& user);
    // The user's own unsigned notes, oldest treatment first ("My drafts").
    [[nodiscard]] Result<std::vector<DraftNote>> myDrafts(const User& user);
    // History, the previous session's points and the heat map, for the note `current` (0 for a
    // note not yet saved): "previous" is the newest other session treated before it.
    [[nodiscard]] Result<SessionChart> chart(PatientId patientId, const Session& current,
                                             const User& user);

    // The patient's newest signed note treated before `current` (none if there is none), to start
    // `current` from (CarryForward). Reading it for that is part of charting the patient and is
    // not recorded as an opening of the earlier note.
    [[nodiscard]] Result<std::optional<Session>>
    lastSignedBefore(PatientId patientId, const Session& current, const User& user);

    // Notes with every word of `query.text` (NoteSearchIndex), newest treatment first: in one
    // patient's notes (recorded as viewing that patient's record) or across patients (recorded
    // as a search of the notes; the words searched for are neither recorded nor logged).
    // Clinicians only.
    [[nodiscard]] Result<NoteSearchResult> searchNotes(const NoteSearchQuery& query,
                                                       const User& user);

    // The user's point-set templates, by name; saving one of the same name replaces it. A
    // template is made of `points`' places and plans (PointTemplate::of). Clinicians only, each
    // their own.
    [[nodiscard]] Result<std::vector<PointTemplate>> templates(const User& user);
    [[nodiscard]] Result<PointTemplate>
    saveTemplate(const QString& name, const QList<TriggerPoint>& points, const User& user);
    [[nodiscard]] Status deleteTemplate(PointTemplateId id, const User& user);

    [[nodiscard]] const Clock& clock() const { return m_clock; }
    [[nodiscard]] const MuscleCatalogue& catalogue() const { return m_catalogue; }

private:
    // checkSignable's checks; the clearance and the account the signed note records.
    [[nodiscard]] Result<std::pair<NeedlingClearance, StaffAccount>>
    readyToSign(const Session& session, const User& user);
    // The account that may sign `session` as `user` (their own note, their account, a current
    // needling authorisation for a dry needling note), or the refusal, recorded.
    [[nodiscard]] Result<StaffAccount> signer(const User& user, const Session& session,
                                              const char* what);
    // Permission::ClinicalRecord, or the refusal of `what` (recorded against the patient/note).
    [[nodiscard]] Status mayChart(const User& user, const char* what, PatientId patientId,
                                  SessionId sessionId = 0);

    Database& m_database;
    SessionRepository& m_sessions;
    PointTemplateRepository& m_templates;
    PatientRepository& m_patients;
    ConsentService& m_consent;
    ChangeNotifier& m_notifier;
    const Clock& m_clock;
    const MuscleCatalogue& m_catalogue;
    AuditTrail& m_audit;
    AccountService& m_accounts;
};

} // namespace needlechart
