#pragma once

#include "needlechart/domain/common/Result.h"
#include "needlechart/domain/common/User.h"
#include "needlechart/domain/outcomes/OutcomeCompletion.h"

#include <QCoreApplication>

#include <vector>

namespace needlechart {

class AuditTrail;
class ChangeNotifier;
class Clock;
class Database;
class OutcomeMeasureCatalogue;
class OutcomeRepository;
class PatientRepository;
class SessionRepository;

// Outcome measures a patient completes (the Patient-Specific Functional Scale at chosen visits):
// scored by the measure's own rules (OutcomeMeasure::score) and stored with the measure's version
// and who recorded it, audited in the same transaction. A completion is never changed; one
// entered in error is marked so with a reason and left out of charts and letters. Clinical
// (Permission::ClinicalRecord).
class OutcomeService {
    Q_DECLARE_TR_FUNCTIONS(OutcomeService)

public:
    OutcomeService(Database& database, OutcomeRepository& outcomes, PatientRepository& patients,
                   SessionRepository& sessions, ChangeNotifier& notifier, const Clock& clock,
                   const OutcomeMeasureCatalogue& measures, AuditTrail& audit);

    // Scores and stores the answers of `measureId` for the patient, completed now, at the visit
    // `sessionId` (0: none). Refuses an unknown measure and answers the measure does not accept.
    [[nodiscard]] Result<OutcomeCompletion> record(PatientId patientId, SessionId sessionId,
                                                   const QString& measureId,
                                                   const QList<OutcomeAnswer>& answers,
                                                   const User& user);
    // Marks a completion entered in error, with the reason (required).
    [[nodiscard]] Status markEnteredInError(OutcomeCompletionId id, const QString& reason,
                                            const User& user);
    // The patient's completions with their answers, oldest first, voided ones included.
    [[nodiscard]] Result<std::vector<OutcomeCompletion>> completions(PatientId patientId,
                                                                     const User& user);

    static constexpr int MaxReasonLength = 500;

private:
    Database& m_database;
    OutcomeRepository& m_outcomes;
    PatientRepository& m_patients;
    SessionRepository& m_sessions;
    ChangeNotifier& m_notifier;
    const Clock& m_clock;
    const OutcomeMeasureCatalogue& m_measures;
    AuditTrail& m_audit;
};

} // namespace needlechart
