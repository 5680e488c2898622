#pragma once

#include "needlechart/domain/common/Result.h"
#include "needlechart/domain/patients/Patient.h"

#include <QDate>

#include <vector>

namespace needlechart {

class ClinicServices;
class Database;
class PatientRepository;

// Made-up patients for the demo clinic, tests and benchmarks: realistic names from several
// languages (accents included), dates of birth, UK-style phone numbers from the ranges Ofcom
// keeps for drama, e-mail addresses and GPs. Deterministic for a given seed.
class DemoClinic {
public:
    [[nodiscard]] static std::vector<Patient> generatePatients(int count, quint32 seed,
                                                               QDate today);
    // Generates `count` patients and stores them in one transaction. Returns how many.
    [[nodiscard]] static Result<int> populate(Database& database, PatientRepository& repository,
                                              int count, quint32 seed, const QDateTime& nowUtc);
    // The same for an assembled clinic, at its clock's time.
    [[nodiscard]] static Result<int> populate(ClinicServices& services, int count, quint32 seed);
};

} // namespace needlechart
