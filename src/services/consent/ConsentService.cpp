#include "needlechart/services/consent/ConsentService.h"

#include "needlechart/domain/common/Clock.h"
#include "needlechart/domain/consent/ConsentRules.h"
#include "needlechart/services/audit/AuditTrail.h"
#include "needlechart/services/common/ChangeNotifier.h"
#include "needlechart/storage/clinic/ClinicRepository.h"
#include "needlechart/storage/consent/ConsentRepository.h"
#include "needlechart/storage/database/Database.h"
#include "needlechart/storage/database/Transaction.h"
#include "needlechart/storage/patients/PatientRepository.h"

#include <spdlog/spdlog.h>

namespace needlechart {

ConsentService::ConsentService(Database& database, ConsentRepository& consents,
                               ClinicRepository& clinic, PatientRepository& patients,
                               ChangeNotifier& notifier, const Clock& clock, AuditTrail& audit)
    : m_database(database),
      m_consents(consents),
      m_clinic(clinic),
      m_patients(patients),
      m_notifier(notifier),
      m_clock(clock),
      m_audit(audit)
{}

Status ConsentService::mayRecord(const User& user, const char* what, PatientId patientId)
{
    return m_audit.permit(user, Permission::ClinicalRecord, what, {patientId, {}, 0});
}

Status ConsentService::checkWithdrawal(const QString& note)
{
    QList<FieldError> errors = ConsentRules::checkWithdrawal(note.trimmed());
    if (errors.isEmpty())
        return {};
    const QString message = errors.front().message;
    return Error{ErrorCode::Validation, message, {}, std::move(errors)};
}

Result<Screening> ConsentService::recordScreening(const Screening& screening, const User& user)
{
    if (Status allowed = mayRecord(user, "record a screening", screening.patientId); !allowed.ok())
        return allowed.error();
    if (auto patient = m_patients.get(screening.patientId); !patient)
        return patient.error();
    Screening toStore = screening;
    toStore.screenedAt = m_clock.nowUtc();
    toStore.clinician = user.displayName;
    if (auto errors = ConsentRules::checkScreening(toStore); !errors.isEmpty()) {
        // One problem in its own words (a note over its limit is not "incomplete").
        const QString message =
            errors.size() == 1 ? errors.front().message : tr("The screening is not complete.");
        return Error{ErrorCode::Validation, message, {}, std::move(errors)};
    }
    Transaction tx(m_database);
    if (!tx.begun())
        return tx.begun().error();
    auto stored = m_consents.addScreening(toStore);
    if (!stored) {
        spdlog::warn("screening for patient {} failed ({})", screening.patientId,
                     errorCodeName(stored.error().code));
        return stored.error();
    }
    if (Status recorded =
            m_audit.record(user, AuditAction::Create,
                           {stored->patientId, QStringLiteral("screening"), stored->id});
        !recorded)
        return recorded.error();
    if (Status committed = tx.commit(); !committed)
        return committed.error();
    spdlog::info("screening {} recorded for patient {}", stored->id, stored->patientId);
    m_notifier.notify({ChangeEvent::Entity::Consent,
                       ChangeEvent::Kind::Created,
                       {stored->id},
                       stored->patientId});
    return stored;
}

Result<Consent> ConsentService::recordConsent(const Consent& consent, const User& user)
{
    if (Status allowed = mayRecord(user, "record a consent", consent.patientId); !allowed.ok())
        return allowed.error();
    if (auto patient = m_patients.get(consent.patientId); !patient)
        return patient.error();
    Consent toStore = consent;
    toStore.recordedAt = m_clock.nowUtc();
    toStore.clinician = user.displayName;
    if (auto errors = ConsentRules::checkConsent(toStore); !errors.isEmpty()) {
        const QString message =
            errors.size() == 1 ? errors.front().message : tr("The consent record is not complete.");
        return Error{ErrorCode::Validation, message, {}, std::move(errors)};
    }
    if (auto leaflet = m_clinic.leaflet(toStore.leafletVersion); !leaflet)
        return Error{ErrorCode::Validation,
                     leaflet.error().message,
                     {},
                     {{ConsentFields::LeafletVersion, leaflet.error().message}}};
    Transaction tx(m_database);
    if (!tx.begun())
        return tx.begun().error();
    auto stored = m_consents.addConsent(toStore);
    if (!stored) {
        spdlog::warn("consent for patient {} failed ({})", consent.patientId,
                     errorCodeName(stored.error().code));
        return stored.error();
    }
    if (Status recorded = m_audit.record(user, AuditAction::Create,
                                         {stored->patientId, QStringLiteral("consent"), stored->id},
                                         AuditEvent::Outcome::Done, enumKey(stored->decision));
        !recorded)
        return recorded.error();
    if (Status committed = tx.commit(); !committed)
        return committed.error();
    spdlog::info("consent {} ({}) recorded for patient {}, leaflet version {}", stored->id,
                 enumKey(stored->decision).toStdString(), stored->patientId,
                 stored->leafletVersion);
    m_notifier.notify({ChangeEvent::Entity::Consent,
                       ChangeEvent::Kind::Created,
                       {stored->id},
                       stored->patientId});
    return stored;
}

Result<Consent> ConsentService::withdraw(ConsentId id, const QString& note, const User& user)
{
    if (Status allowed = mayRecord(user, "withdraw a consent", 0); !allowed.ok())
        return allowed.error();
    if (Status valid = checkWithdrawal(note); !valid.ok())
        return valid.error();
    Transaction tx(m_database);
    if (!tx.begun())
        return tx.begun().error();
    auto withdrawn = m_consents.withdraw(id, m_clock.nowUtc(), user.displayName, note.trimmed());
    if (!withdrawn)
        return withdrawn.error();
    if (Status recorded = m_audit.record(user, AuditAction::Update,
                                         {withdrawn->patientId, QStringLiteral("consent"), id},
                                         AuditEvent::Outcome::Done, QStringLiteral("withdrawn"));
        !recorded)
        return recorded.error();
    if (Status committed = tx.commit(); !committed)
        return committed.error();
    spdlog::info("consent {} withdrawn", id);
    m_notifier.notify(
        {ChangeEvent::Entity::Consent, ChangeEvent::Kind::Updated, {id}, withdrawn->patientId});
    return withdrawn;
}

Result<std::optional<Consent>> ConsentService::findConsentInForce(PatientId patientId)
{
    auto all = m_consents.consents(patientId);
    if (!all)
        return all.error();
    // Newest first, so the first one in force is the latest given and not withdrawn.
    for (const Consent& consent : *all) {
        if (consent.isInForce())
            return std::optional<Consent>(consent);
    }
    return std::optional<Consent>();
}

Result<std::optional<Consent>> ConsentService::consentInForce(PatientId patientId, const User& user)
{
    if (Status allowed = mayRecord(user, "read a consent", patientId); !allowed.ok())
        return allowed.error();
    return findConsentInForce(patientId);
}

Result<Consent> ConsentService::withdrawConsentInForce(PatientId patientId, const QString& note,
                                                       const User& user)
{
    if (Status allowed = mayRecord(user, "withdraw a consent", patientId); !allowed.ok())
        return allowed.error();
    if (Status valid = checkWithdrawal(note); !valid.ok())
        return valid.error();
    // The consent is found and withdrawn in one transaction, so another withdrawal or a new
    // consent recorded in between cannot make it end a record that is no longer the one in force.
    Transaction tx(m_database);
    if (!tx.begun().ok())
        return tx.begun().error();
    auto inForce = findConsentInForce(patientId);
    if (!inForce)
        return inForce.error();
    if (!*inForce)
        return Error{
            ErrorCode::Validation, tr("This patient has no consent in force to withdraw."), {}, {}};
    const ConsentId id = (*inForce)->id;
    auto withdrawn = m_consents.withdraw(id, m_clock.nowUtc(), user.displayName, note.trimmed());
    if (!withdrawn) {
        spdlog::warn("consent {} withdrawal failed ({})", id,
                     errorCodeName(withdrawn.error().code));
        return withdrawn.error();
    }
    if (Status recorded =
            m_audit.record(user, AuditAction::Update, {patientId, QStringLiteral("consent"), id},
                           AuditEvent::Outcome::Done, QStringLiteral("withdrawn"));
        !recorded)
        return recorded.error();
    if (Status committed = tx.commit(); !committed.ok()) {
        spdlog::error("consent {} withdrawal: commit failed ({})", id,
                      errorCodeName(committed.error().code));
        return committed.error();
    }
    spdlog::info("consent {} withdrawn", id);
    m_notifier.notify(
        {ChangeEvent::Entity::Consent, ChangeEvent::Kind::Updated, {id}, withdrawn->patientId});
    return withdrawn;
}

Result<std::vector<Consent>> ConsentService::consents(PatientId patientId, const User& user)
{
    if (Status allowed = mayRecord(user, "read consents", patientId); !allowed.ok())
        return allowed.error();
    return m_consents.consents(patientId);
}

Result<std::optional<Screening>> ConsentService::latestScreening(PatientId patientId,
                                                                 const User& user)
{
    if (Status allowed = mayRecord(user, "read a screening", patientId); !allowed.ok())
        return allowed.error();
    return m_consents.latestScreening(patientId, m_clock.nowUtc());
}

Result<Consent> ConsentService::consent(ConsentId id, const User& user)
{
    if (Status allowed = mayRecord(user, "read a consent", 0); !allowed.ok())
        return allowed.error();
    return m_consents.consent(id);
}

Result<Screening> ConsentService::screening(ScreeningId id, const User& user)
{
    if (Status allowed = mayRecord(user, "read a screening", 0); !allowed.ok())
        return allowed.error();
    return m_consents.screening(id);
}

Result<NeedlingClearance> ConsentService::clearance(PatientId patientId, const User& user)
{
    if (Status allowed = mayRecord(user, "read needling clearance", patientId); !allowed.ok())
        return allowed.error();
    const QDateTime now = m_clock.nowUtc();
    auto consent = m_consents.latestConsent(patientId, now);
    if (!consent)
        return consent.error();
    auto screening = m_consents.latestScreening(patientId, now);
    if (!screening)
        return screening.error();
    auto profile = m_clinic.profile();
    if (!profile)
        return profile.error();
    return ConsentRules::evaluate(*consent, *screening, now, profile->screeningReviewMonths);
}

} // namespace needlechart
