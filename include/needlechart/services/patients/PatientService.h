#pragma once

#include "needlechart/domain/common/Result.h"
#include "needlechart/domain/common/User.h"
#include "needlechart/domain/patients/Patient.h"
#include "needlechart/domain/patients/PatientQuery.h"
#include "needlechart/domain/patients/PatientSummary.h"

#include <vector>

namespace needlechart {

class AuditTrail;
class ChangeNotifier;
class Clock;
class Database;
class PatientRepository;

// What the UI calls to register, edit, fetch and find patients. Each needs
// Permission::PatientDetails (front desk, clinicians, admins). Validates with PatientValidator
// (all field errors at once), runs each write and its audit row in one Transaction, audits
// searches coarsely, logs ids only and announces committed changes through the ChangeNotifier.
class PatientService {
public:
    PatientService(Database& database, PatientRepository& repository, ChangeNotifier& notifier,
                   const Clock& clock, AuditTrail& audit);

    [[nodiscard]] Result<Patient> create(const Patient& patient, const User& user);
    // patient.rowVersion must be the version that was read; a stale one is ErrorCode::Conflict.
    [[nodiscard]] Result<Patient> update(const Patient& patient, const User& user);
    [[nodiscard]] Result<Patient> get(PatientId id, const User& user);
    [[nodiscard]] Result<std::vector<PatientSummary>> list(const PatientQuery& query,
                                                           const User& user);
    [[nodiscard]] Result<int> count(const PatientQuery& query, const User& user);
    // The registered patients `patient` is probably the same person as (PatientMatch: same
    // names and date of birth, whatever the case or accents), for the front desk to ask before
    // registering someone twice. Empty when the form lacks a name or the date of birth.
    [[nodiscard]] Result<std::vector<PatientSummary>> likelyDuplicates(const Patient& patient,
                                                                       const User& user);

    [[nodiscard]] const Clock& clock() const { return m_clock; }

private:
    Database& m_database;
    PatientRepository& m_repository;
    ChangeNotifier& m_notifier;
    const Clock& m_clock;
    AuditTrail& m_audit;
};

} // namespace needlechart
