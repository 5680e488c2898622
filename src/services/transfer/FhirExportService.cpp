#include "needlechart/services/transfer/FhirExportService.h"

#include "needlechart/domain/common/Clock.h"
#include "needlechart/domain/outcomes/OutcomeMeasureCatalogue.h"
#include "needlechart/domain/transfer/FhirBundleWriter.h"
#include "needlechart/services/audit/AuditTrail.h"
#include "needlechart/storage/accounts/AccountRepository.h"
#include "needlechart/storage/appointments/AppointmentRepository.h"
#include "needlechart/storage/clinic/ClinicRepository.h"
#include "needlechart/storage/consent/ConsentRepository.h"
#include "needlechart/storage/database/Database.h"
#include "needlechart/storage/database/Transaction.h"
#include "needlechart/storage/outcomes/OutcomeRepository.h"
#include "needlechart/storage/patients/PatientRepository.h"
#include "needlechart/storage/session/SessionRepository.h"

#include <QHash>
#include <QJsonDocument>

#include <spdlog/spdlog.h>

#include <algorithm>
#include <limits>

namespace needlechart {
namespace {

constexpr int ProgressEvery = 10;

QByteArray json(const QJsonObject& bundle)
{
    return QJsonDocument(bundle).toJson(QJsonDocument::Indented);
}

} // namespace

FhirExportService::FhirExportService(Database& database, PatientRepository& patients,
                                     SessionRepository& sessions, ConsentRepository& consents,
                                     ClinicRepository& clinic, AppointmentRepository& appointments,
                                     OutcomeRepository& outcomes, AccountRepository& accounts,
                                     const Clock& clock, const MuscleCatalogue& catalogue,
                                     AuditTrail& audit)
    : m_database(database),
      m_patients(patients),
      m_sessions(sessions),
      m_consents(consents),
      m_clinic(clinic),
      m_appointments(appointments),
      m_outcomes(outcomes),
      m_accounts(accounts),
      m_clock(clock),
      m_catalogue(catalogue),
      m_audit(audit)
{}

Result<QByteArray> FhirExportService::exportPatient(PatientId patientId, const User& user)
{
    const AuditTrail::Subject subject{patientId, QStringLiteral("patient"), patientId};
    if (Status allowed = m_audit.permit(user, Permission::ClinicalRecord,
                                        "export a patient's record as FHIR", subject);
        !allowed)
        return allowed.error();
    auto record = gather({patientId});
    if (!record)
        return record.error();
    const QByteArray bytes = json(FhirBundleWriter::bundle(*record, m_catalogue));
    m_audit.recordOutput(user, AuditAction::Export, subject, QStringLiteral("fhir"));
    spdlog::info("patient {} exported as FHIR ({} bytes)", patientId, bytes.size());
    return bytes;
}

Result<QByteArray> FhirExportService::exportClinic(const User& user, const Progress& progress)
{
    const AuditTrail::Subject subject{0, QStringLiteral("clinic"), 0};
    if (Status allowed =
            m_audit.permit(user, Permission::Backups, "export the clinic as FHIR", subject);
        !allowed)
        return allowed.error();
    auto ids = m_patients.firstRegistered(std::numeric_limits<int>::max());
    if (!ids)
        return ids.error();
    auto record = gather(QList<PatientId>(ids->begin(), ids->end()), progress);
    if (!record)
        return record.error();
    const QByteArray bytes = json(FhirBundleWriter::bundle(*record, m_catalogue));
    m_audit.recordOutput(user, AuditAction::Export, subject,
                         QStringLiteral("fhir: %1 patients").arg(record->patients.size()));
    spdlog::info("clinic exported as FHIR: {} patients, {} bytes", record->patients.size(),
                 bytes.size());
    return bytes;
}

Result<FhirRecord> FhirExportService::gather(const QList<PatientId>& patientIds,
                                             const Progress& progress)
{
    // One transaction: every read sees the same moment of the record.
    Transaction tx(m_database);
    if (!tx.begun().ok())
        return tx.begun().error();
    FhirRecord record;
    auto exportId = m_clinic.exportId();
    if (!exportId)
        return exportId.error();
    record.clinicId = *exportId;
    if (auto profile = m_clinic.profile())
        record.clinicName = profile->name;
    else
        return profile.error();
    record.exportedAt = m_clock.nowUtc();
    record.measures = OutcomeMeasureCatalogue::builtIn().all();

    // The clinicians: every staff account, with the appointment book's clinician of the same
    // login; then book clinicians without an account.
    auto accounts = m_accounts.list();
    if (!accounts)
        return accounts.error();
    auto clinicians = m_appointments.clinicians();
    if (!clinicians)
        return clinicians.error();
    QHash<QString, qint64> bookIdByLogin;
    for (const Clinician& clinician : *clinicians) {
        if (!clinician.login.isEmpty())
            bookIdByLogin.insert(clinician.login, clinician.id);
    }
    for (const StaffAccount& account : *accounts) {
        FhirPractitioner practitioner;
        practitioner.login = account.login;
        practitioner.name = account.displayName;
        practitioner.registrationNumber = account.registrationNumber;
        practitioner.needling = account.needling;
        practitioner.accountId = account.id;
        practitioner.bookClinicianId = bookIdByLogin.value(account.login, 0);
        record.practitioners.append(practitioner);
    }
    for (const Clinician& clinician : *clinicians) {
        if (!clinician.login.isEmpty()
            && std::any_of(accounts->cbegin(), accounts->cend(),
                           [&](const StaffAccount& a) { return a.login == clinician.login; }))
            continue;
        FhirPractitioner practitioner;
        practitioner.login = clinician.login.isEmpty()
                                 ? QStringLiteral("book-clinician-%1").arg(clinician.id)
                                 : clinician.login;
        practitioner.name = clinician.name;
        practitioner.bookClinicianId = clinician.id;
        record.practitioners.append(practitioner);
    }

    QHash<int, LeafletVersion> leaflets;
    const int total = int(patientIds.size());
    for (int done = 0; done < total; ++done) {
        if (progress && done % ProgressEvery == 0 && !progress(done, total))
            return Error{ErrorCode::Validation, tr("The export was cancelled."), {}, {}};
        const PatientId id = patientIds[done];
        FhirPatientRecord patient;
        auto registered = m_patients.get(id);
        if (!registered)
            return registered.error();
        patient.patient = std::move(*registered);

        auto history = m_sessions.history(id);
        if (!history)
            return history.error();
        for (const SessionSummary& summary : *history) {
            auto session = m_sessions.get(summary.id);
            if (!session)
                return session.error();
            patient.sessions.append(std::move(*session));
        }

        auto consents = m_consents.consents(id);
        if (!consents)
            return consents.error();
        for (const Consent& consent : *consents) {
            FhirConsent given;
            given.consent = consent;
            if (consent.leafletVersion > 0) {
                auto known = leaflets.constFind(consent.leafletVersion);
                if (known == leaflets.cend()) {
                    auto leaflet = m_clinic.leaflet(consent.leafletVersion);
                    if (!leaflet && leaflet.error().code != ErrorCode::NotFound)
                        return leaflet.error();
                    known = leaflets.insert(consent.leafletVersion,
                                            leaflet ? *leaflet : LeafletVersion{});
                }
                given.leaflet = *known;
            }
            patient.consents.append(std::move(given));
        }

        auto appointments = m_appointments.forPatient(id);
        if (!appointments)
            return appointments.error();
        patient.appointments = QList<Appointment>(appointments->begin(), appointments->end());

        auto outcomes = m_outcomes.completions(id);
        if (!outcomes)
            return outcomes.error();
        patient.outcomes = QList<OutcomeCompletion>(outcomes->begin(), outcomes->end());

        record.patients.append(std::move(patient));
    }
    if (progress && !progress(total, total))
        return Error{ErrorCode::Validation, tr("The export was cancelled."), {}, {}};
    if (Status committed = tx.commit(); !committed.ok())
        return committed.error();
    return record;
}

} // namespace needlechart
