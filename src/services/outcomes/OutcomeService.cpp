#include "needlechart/services/outcomes/OutcomeService.h"

#include "needlechart/domain/common/Clock.h"
#include "needlechart/domain/common/TextLimit.h"
#include "needlechart/domain/outcomes/OutcomeMeasureCatalogue.h"
#include "needlechart/services/audit/AuditTrail.h"
#include "needlechart/services/common/ChangeNotifier.h"
#include "needlechart/storage/database/Transaction.h"
#include "needlechart/storage/outcomes/OutcomeRepository.h"
#include "needlechart/storage/patients/PatientRepository.h"
#include "needlechart/storage/session/SessionRepository.h"

#include <spdlog/spdlog.h>

namespace needlechart {

OutcomeService::OutcomeService(Database& database, OutcomeRepository& outcomes,
                               PatientRepository& patients, SessionRepository& sessions,
                               ChangeNotifier& notifier, const Clock& clock,
                               const OutcomeMeasureCatalogue& measures, AuditTrail& audit)
    : m_database(database),
      m_outcomes(outcomes),
      m_patients(patients),
      m_sessions(sessions),
      m_notifier(notifier),
      m_clock(clock),
      m_measures(measures),
      m_audit(audit)
{}

Result<OutcomeCompletion> OutcomeService::record(PatientId patientId, SessionId sessionId,
                                                 const QString& measureId,
                                                 const QList<OutcomeAnswer>& answers,
                                                 const User& user)
{
    if (Status allowed =
            m_audit.permit(user, Permission::ClinicalRecord, "record an outcome measure",
                           {patientId, QStringLiteral("outcome"), 0});
        !allowed)
        return allowed.error();
    const OutcomeMeasure* measure = m_measures.find(measureId);
    if (!measure)
        return Error{ErrorCode::Validation,
                     tr("There is no outcome measure \"%1\".").arg(measureId),
                     {},
                     {{QStringLiteral("measure"), tr("Choose a measure.")}}};
    QList<OutcomeAnswer> cleaned;
    for (const OutcomeAnswer& a : answers) {
        if (a.item.trimmed().size() > OutcomeCompletion::MaxActivityLength) {
            const QString message = TextLimit::message(
                tr("An activity"), OutcomeCompletion::MaxActivityLength, a.item.trimmed().size());
            return Error{
                ErrorCode::Validation, message, {}, {{QStringLiteral("answers"), message}}};
        }
        cleaned.append({a.item.trimmed(), a.value});
    }
    auto score = measure->score(cleaned);
    if (!score)
        return score.error();

    Transaction tx(m_database);
    if (!tx.begun())
        return tx.begun().error();
    if (auto patient = m_patients.get(patientId); !patient)
        return patient.error();
    if (sessionId > 0) {
        auto session = m_sessions.get(sessionId);
        if (!session)
            return session.error();
        if (session->patientId != patientId)
            return Error{ErrorCode::Validation,
                         tr("That visit is another patient's."),
                         {},
                         {{QStringLiteral("session"), tr("That visit is another patient's.")}}};
    }
    OutcomeCompletion completion;
    completion.patientId = patientId;
    completion.sessionId = sessionId;
    completion.measureId = measure->id;
    completion.measureVersion = measure->version;
    completion.completedAt = m_clock.nowUtc();
    completion.answers = cleaned;
    completion.score = *score;
    completion.recordedBy = user.displayName;
    completion.recordedByAccountId = user.accountId;
    auto stored = m_outcomes.add(completion);
    if (!stored)
        return stored.error();
    if (Status recorded = m_audit.record(user, AuditAction::Create,
                                         {patientId, QStringLiteral("outcome"), stored->id},
                                         AuditEvent::Outcome::Done, measure->id);
        !recorded)
        return recorded.error();
    if (Status committed = tx.commit(); !committed)
        return committed.error();
    spdlog::info("outcome measure {} recorded for patient {}", stored->id, patientId);
    m_notifier.notify(
        {ChangeEvent::Entity::Outcome, ChangeEvent::Kind::Created, {stored->id}, patientId});
    return stored;
}

Status OutcomeService::markEnteredInError(OutcomeCompletionId id, const QString& reason,
                                          const User& user)
{
    if (Status allowed = m_audit.permit(user, Permission::ClinicalRecord,
                                        "mark an outcome measure entered in error",
                                        {0, QStringLiteral("outcome"), id});
        !allowed)
        return allowed;
    const QString why = reason.trimmed();
    if (why.isEmpty())
        return Error{ErrorCode::Validation,
                     tr("Say why the measure was entered in error."),
                     {},
                     {{QStringLiteral("reason"), tr("Say why the measure was entered in error.")}}};
    if (why.size() > MaxReasonLength) {
        const QString message = TextLimit::message(tr("The reason"), MaxReasonLength, why.size());
        return Error{ErrorCode::Validation, message, {}, {{QStringLiteral("reason"), message}}};
    }
    Transaction tx(m_database);
    if (!tx.begun())
        return tx.begun();
    auto completion = m_outcomes.completion(id);
    if (!completion)
        return completion.error();
    if (Status marked = m_outcomes.markVoided(id, user.displayName, why, m_clock.nowUtc()); !marked)
        return marked;
    if (Status recorded = m_audit.record(
            user, AuditAction::Update, {completion->patientId, QStringLiteral("outcome"), id},
            AuditEvent::Outcome::Done, QStringLiteral("entered-in-error"));
        !recorded)
        return recorded;
    if (Status committed = tx.commit(); !committed)
        return committed;
    spdlog::info("outcome measure {} marked entered in error", id);
    m_notifier.notify(
        {ChangeEvent::Entity::Outcome, ChangeEvent::Kind::Updated, {id}, completion->patientId});
    return {};
}

Result<std::vector<OutcomeCompletion>> OutcomeService::completions(PatientId patientId,
                                                                   const User& user)
{
    if (Status allowed = m_audit.permit(user, Permission::ClinicalRecord, "read outcome measures",
                                        {patientId, QStringLiteral("outcome"), 0});
        !allowed)
        return allowed.error();
    return m_outcomes.completions(patientId);
}

} // namespace needlechart
