#pragma once

#include "needlechart/domain/common/Result.h"
#include "needlechart/domain/common/User.h"
#include "needlechart/domain/session/Session.h"
#include "needlechart/services/session/SessionChart.h"

#include <QCoreApplication>

#include <vector>

namespace needlechart {

class ChangeNotifier;
class Clock;
class ConsentService;
class Database;
class MuscleCatalogue;
class PatientRepository;
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
class AuditTrail;

class SessionService {
    Q_DECLARE_TR_FUNCTIONS(SessionService)

public:
    SessionService(Database& database, SessionRepository& sessions, PatientRepository& patients,
                   ConsentService& consent, ChangeNotifier& notifier, const Clock& clock,
                   const MuscleCatalogue& catalogue, AuditTrail& audit);

    // A new, unsaved draft for the patient: treated now, by `user`.
    [[nodiscard]] Result<Session> startSession(PatientId patientId, const User& user);
    [[nodiscard]] Result<Session> saveDraft(const Session& session, const User& user);
    [[nodiscard]] Result<Session> sign(const Session& session, const User& user);
    // Appends an amendment to a signed note and returns the note with it.
    [[nodiscard]] Result<Session> amend(SessionId id, const QString& reason, const QString& text,
                                        const User& user);
    [[nodiscard]] Status deleteDraft(SessionId id, const User& user);

    [[nodiscard]] Result<Session> get(SessionId id, const User& user);
    [[nodiscard]] Result<std::vector<SessionSummary>> history(PatientId patientId,
                                                              const User& user);
    // History, the previous session's points and the heat map, for the note `current` (0 for a
    // note not yet saved): "previous" is the newest other session treated before it.
    [[nodiscard]] Result<SessionChart> chart(PatientId patientId, const Session& current,
                                             const User& user);

    [[nodiscard]] const Clock& clock() const { return m_clock; }
    [[nodiscard]] const MuscleCatalogue& catalogue() const { return m_catalogue; }

private:
    // Permission::ClinicalRecord, or the refusal of `what` (recorded against the patient/note).
    [[nodiscard]] Status mayChart(const User& user, const char* what, PatientId patientId,
                                  SessionId sessionId = 0);

    Database& m_database;
    SessionRepository& m_sessions;
    PatientRepository& m_patients;
    ConsentService& m_consent;
    ChangeNotifier& m_notifier;
    const Clock& m_clock;
    const MuscleCatalogue& m_catalogue;
    AuditTrail& m_audit;
};

} // namespace needlechart
