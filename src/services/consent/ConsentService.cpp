#include "needlechart/services/consent/ConsentService.h"

#include "needlechart/domain/common/Clock.h"
#include "needlechart/domain/consent/ConsentRules.h"
#include "needlechart/services/common/ChangeNotifier.h"
#include "needlechart/storage/clinic/ClinicRepository.h"
#include "needlechart/storage/consent/ConsentRepository.h"
#include "needlechart/storage/patients/PatientRepository.h"

#include <QCoreApplication>

#include <spdlog/spdlog.h>

namespace needlechart {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("ConsentService", text);
}

} // namespace

ConsentService::ConsentService(ConsentRepository& consents, ClinicRepository& clinic,
                               PatientRepository& patients, ChangeNotifier& notifier,
                               const Clock& clock)
    : m_consents(consents),
      m_clinic(clinic),
      m_patients(patients),
      m_notifier(notifier),
      m_clock(clock)
{}

Status ConsentService::mayRecord(const User& user) const
{
    if (user.canChart())
        return {};
    return Error{
        ErrorCode::NotPermitted, tr("Only clinicians can record screening and consent."), {}, {}};
}

Result<Screening> ConsentService::recordScreening(const Screening& screening, const User& user)
{
    if (Status allowed = mayRecord(user); !allowed.ok())
        return allowed.error();
    if (auto patient = m_patients.get(screening.patientId); !patient)
        return patient.error();
    Screening toStore = screening;
    toStore.screenedAt = m_clock.nowUtc();
    toStore.clinician = user.displayName;
    if (auto errors = ConsentRules::checkScreening(toStore); !errors.isEmpty())
        return Error{
            ErrorCode::Validation, tr("The screening is not complete."), {}, std::move(errors)};
    auto stored = m_consents.addScreening(toStore);
    if (!stored) {
        spdlog::warn("screening for patient {} failed ({})", screening.patientId,
                     errorCodeName(stored.error().code));
        return stored.error();
    }
    spdlog::info("screening {} recorded for patient {}", stored->id, stored->patientId);
    m_notifier.notify({ChangeEvent::Entity::Consent,
                       ChangeEvent::Kind::Created,
                       {stored->id},
                       stored->patientId});
    return stored;
}

Result<Consent> ConsentService::recordConsent(const Consent& consent, const User& user)
{
    if (Status allowed = mayRecord(user); !allowed.ok())
        return allowed.error();
    if (auto patient = m_patients.get(consent.patientId); !patient)
        return patient.error();
    Consent toStore = consent;
    toStore.recordedAt = m_clock.nowUtc();
    toStore.clinician = user.displayName;
    if (auto errors = ConsentRules::checkConsent(toStore); !errors.isEmpty())
        return Error{ErrorCode::Validation,
                     tr("The consent record is not complete."),
                     {},
                     std::move(errors)};
    if (auto leaflet = m_clinic.leaflet(toStore.leafletVersion); !leaflet)
        return Error{ErrorCode::Validation,
                     leaflet.error().message,
                     {},
                     {{ConsentFields::LeafletVersion, leaflet.error().message}}};
    auto stored = m_consents.addConsent(toStore);
    if (!stored) {
        spdlog::warn("consent for patient {} failed ({})", consent.patientId,
                     errorCodeName(stored.error().code));
        return stored.error();
    }
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
    if (Status allowed = mayRecord(user); !allowed.ok())
        return allowed.error();
    auto withdrawn = m_consents.withdraw(id, m_clock.nowUtc(), user.displayName, note.trimmed());
    if (!withdrawn)
        return withdrawn.error();
    spdlog::info("consent {} withdrawn", id);
    m_notifier.notify(
        {ChangeEvent::Entity::Consent, ChangeEvent::Kind::Updated, {id}, withdrawn->patientId});
    return withdrawn;
}

Result<std::vector<Consent>> ConsentService::consents(PatientId patientId, const User& user)
{
    if (Status allowed = mayRecord(user); !allowed.ok())
        return allowed.error();
    return m_consents.consents(patientId);
}

Result<std::optional<Screening>> ConsentService::latestScreening(PatientId patientId,
                                                                 const User& user)
{
    if (Status allowed = mayRecord(user); !allowed.ok())
        return allowed.error();
    return m_consents.latestScreening(patientId, m_clock.nowUtc());
}

Result<NeedlingClearance> ConsentService::clearance(PatientId patientId, const User& user)
{
    if (Status allowed = mayRecord(user); !allowed.ok())
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
