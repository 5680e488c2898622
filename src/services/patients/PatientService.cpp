#include "needlechart/services/patients/PatientService.h"

#include "needlechart/domain/common/Clock.h"
#include "needlechart/domain/patients/PatientMatch.h"
#include "needlechart/domain/patients/PatientValidator.h"
#include "needlechart/services/audit/AuditTrail.h"
#include "needlechart/services/common/ChangeNotifier.h"
#include "needlechart/storage/database/Database.h"
#include "needlechart/storage/database/Transaction.h"
#include "needlechart/storage/patients/PatientRepository.h"

#include <QCoreApplication>

#include <spdlog/spdlog.h>

namespace needlechart {
namespace {

// Enough to hold everyone born on one day in a large clinic.
constexpr int CandidatesBornTheSameDay = 500;

Error validationError(QList<FieldError> fieldErrors)
{
    return Error{
        ErrorCode::Validation,
        QCoreApplication::translate(
            "PatientService", "Some details need correcting before the patient can be saved."),
        {},
        std::move(fieldErrors)};
}

} // namespace

PatientService::PatientService(Database& database, PatientRepository& repository,
                               ChangeNotifier& notifier, const Clock& clock, AuditTrail& audit)
    : m_database(database),
      m_repository(repository),
      m_notifier(notifier),
      m_clock(clock),
      m_audit(audit)
{}

Result<Patient> PatientService::create(const Patient& patient, const User& user)
{
    if (Status allowed = m_audit.permit(user, Permission::PatientDetails, "register a patient");
        !allowed)
        return allowed.error();
    if (auto errors = PatientValidator::validate(patient, m_clock.today()); !errors.isEmpty())
        return validationError(std::move(errors));
    Transaction tx(m_database);
    if (!tx.begun().ok())
        return tx.begun().error();
    auto created = m_repository.create(patient, m_clock.nowUtc());
    if (!created.ok()) {
        spdlog::error("patient create failed ({})", errorCodeName(created.error().code));
        return created.error();
    }
    if (Status recorded = m_audit.record(user, AuditAction::Create,
                                         {created->id, QStringLiteral("patient"), created->id});
        !recorded)
        return recorded.error();
    if (Status committed = tx.commit(); !committed.ok()) {
        spdlog::error("patient create: commit failed ({})", errorCodeName(committed.error().code));
        return committed.error();
    }
    spdlog::info("patient {} registered", created->id);
    m_notifier.notify({ChangeEvent::Entity::Patient, ChangeEvent::Kind::Created, {created->id}});
    return created;
}

Result<Patient> PatientService::update(const Patient& patient, const User& user)
{
    if (Status allowed =
            m_audit.permit(user, Permission::PatientDetails, "change a patient's details",
                           {patient.id, QStringLiteral("patient"), patient.id});
        !allowed)
        return allowed.error();
    if (auto errors = PatientValidator::validate(patient, m_clock.today()); !errors.isEmpty())
        return validationError(std::move(errors));
    Transaction tx(m_database);
    if (!tx.begun().ok())
        return tx.begun().error();
    auto updated = m_repository.update(patient, m_clock.nowUtc());
    if (!updated.ok()) {
        spdlog::warn("patient {} update failed ({})", patient.id,
                     errorCodeName(updated.error().code));
        return updated.error();
    }
    if (Status recorded = m_audit.record(user, AuditAction::Update,
                                         {updated->id, QStringLiteral("patient"), updated->id});
        !recorded)
        return recorded.error();
    if (Status committed = tx.commit(); !committed.ok()) {
        spdlog::error("patient {} update: commit failed ({})", patient.id,
                      errorCodeName(committed.error().code));
        return committed.error();
    }
    spdlog::info("patient {} updated to version {}", updated->id, updated->rowVersion);
    m_notifier.notify({ChangeEvent::Entity::Patient, ChangeEvent::Kind::Updated, {updated->id}});
    return updated;
}

Result<Patient> PatientService::get(PatientId id, const User& user)
{
    if (Status allowed =
            m_audit.permit(user, Permission::PatientDetails, "read a patient's details",
                           {id, QStringLiteral("patient"), id});
        !allowed)
        return allowed.error();
    return m_repository.get(id);
}

Result<std::vector<PatientSummary>> PatientService::list(const PatientQuery& query,
                                                         const User& user)
{
    if (Status allowed = m_audit.permit(user, Permission::PatientDetails, "list patients");
        !allowed)
        return allowed.error();
    auto found = m_repository.list(query);
    if (found)
        m_audit.recordSearch(user, QStringLiteral("patients"));
    return found;
}

Result<int> PatientService::count(const PatientQuery& query, const User& user)
{
    if (Status allowed = m_audit.permit(user, Permission::PatientDetails, "count patients");
        !allowed)
        return allowed.error();
    return m_repository.count(query);
}

Result<std::vector<PatientSummary>> PatientService::likelyDuplicates(const Patient& patient,
                                                                     const User& user)
{
    if (Status allowed =
            m_audit.permit(user, Permission::PatientDetails, "look for a registered patient");
        !allowed)
        return allowed.error();
    if (!PatientMatch::canCompare(patient))
        return std::vector<PatientSummary>{};
    PatientQuery query;
    query.searchText = PatientMatch::searchText(patient);
    query.limit = CandidatesBornTheSameDay;
    auto candidates = m_repository.list(query);
    if (!candidates)
        return candidates.error();
    std::vector<PatientSummary> likely;
    for (PatientSummary& candidate : *candidates) {
        if (PatientMatch::isLikelySame(patient, candidate))
            likely.push_back(std::move(candidate));
    }
    return likely;
}

} // namespace needlechart
