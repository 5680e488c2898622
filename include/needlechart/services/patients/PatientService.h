#pragma once

#include "needlechart/domain/common/Result.h"
#include "needlechart/domain/patients/Patient.h"
#include "needlechart/domain/patients/PatientQuery.h"
#include "needlechart/domain/patients/PatientSummary.h"

#include <vector>

namespace needlechart {

class ChangeNotifier;
class Clock;
class Database;
class PatientRepository;

// What the UI calls to register, edit, fetch and find patients. Validates with
// PatientValidator (all field errors at once), runs each write in one Transaction, logs ids
// only and announces committed changes through the ChangeNotifier.
class PatientService {
public:
    PatientService(Database& database, PatientRepository& repository, ChangeNotifier& notifier,
                   const Clock& clock);

    [[nodiscard]] Result<Patient> create(const Patient& patient);
    // patient.rowVersion must be the version that was read; a stale one is ErrorCode::Conflict.
    [[nodiscard]] Result<Patient> update(const Patient& patient);
    [[nodiscard]] Result<Patient> get(PatientId id);
    [[nodiscard]] Result<std::vector<PatientSummary>> list(const PatientQuery& query);
    [[nodiscard]] Result<int> count(const PatientQuery& query);

    [[nodiscard]] const Clock& clock() const { return m_clock; }

private:
    Database& m_database;
    PatientRepository& m_repository;
    ChangeNotifier& m_notifier;
    const Clock& m_clock;
};

} // namespace needlechart
