#pragma once

#include "needlechart/domain/common/Result.h"
#include "needlechart/domain/common/User.h"
#include "needlechart/domain/patients/Patient.h"
#include "needlechart/domain/transfer/FhirRecord.h"

#include <QByteArray>
#include <QCoreApplication>

#include <functional>

namespace needlechart {

class AccountRepository;
class AppointmentRepository;
class AuditTrail;
class ClinicRepository;
class Clock;
class ConsentRepository;
class Database;
class MuscleCatalogue;
class OutcomeRepository;
class PatientRepository;
class SessionRepository;

// A patient's record, or the whole clinic's, as a FHIR R4 Bundle (FhirBundleWriter) for another
// system: a hospital receiving a patient, a clinic leaving, a patient's right of access.
//
// Everything is read inside one transaction, so the export is one consistent moment of the
// record. One patient needs Permission::ClinicalRecord (the clinicians who treat them); the whole
// clinic needs Permission::Backups (an admin, who may already take the whole clinic away as a
// backup). Each export is audited (Export, "fhir"); logs carry ids and counts only.
class FhirExportService {
    Q_DECLARE_TR_FUNCTIONS(FhirExportService)

public:
    // Patients gathered so far of `total`, for a progress bar; false cancels (nothing is made).
    using Progress = std::function<bool(int done, int total)>;

    FhirExportService(Database& database, PatientRepository& patients, SessionRepository& sessions,
                      ConsentRepository& consents, ClinicRepository& clinic,
                      AppointmentRepository& appointments, OutcomeRepository& outcomes,
                      AccountRepository& accounts, const Clock& clock,
                      const MuscleCatalogue& catalogue, AuditTrail& audit);

    // One patient's Bundle as indented JSON (UTF-8).
    [[nodiscard]] Result<QByteArray> exportPatient(PatientId patientId, const User& user);
    // Every patient's, in one Bundle. A cancelled export is ErrorCode::Validation, saying so.
    [[nodiscard]] Result<QByteArray> exportClinic(const User& user, const Progress& progress = {});

private:
    friend class WholeRecordService; // reads one patient's record inside its own transaction

    // The patients' records, the clinicians and the clinic's id, read in one transaction.
    [[nodiscard]] Result<FhirRecord> gather(const QList<PatientId>& patientIds,
                                            const Progress& progress = {});

    Database& m_database;
    PatientRepository& m_patients;
    SessionRepository& m_sessions;
    ConsentRepository& m_consents;
    ClinicRepository& m_clinic;
    AppointmentRepository& m_appointments;
    OutcomeRepository& m_outcomes;
    AccountRepository& m_accounts;
    const Clock& m_clock;
    const MuscleCatalogue& m_catalogue;
    AuditTrail& m_audit;
};

} // namespace needlechart
