#pragma once

#include "needlechart/services/AppointmentService.h"
#include "needlechart/services/ChangeNotifier.h"
#include "needlechart/services/ClinicService.h"
#include "needlechart/services/ConsentService.h"
#include "needlechart/services/PatientService.h"
#include "needlechart/services/SessionService.h"
#include "needlechart/storage/AppointmentRepository.h"
#include "needlechart/storage/ClinicRepository.h"
#include "needlechart/storage/ConsentRepository.h"
#include "needlechart/storage/PatientRepository.h"
#include "needlechart/storage/SessionRepository.h"

namespace needlechart {

class Clock;
class Database;
class MuscleCatalogue;

// Every repository and service of one open database, wired together in dependency order, with
// the one ChangeNotifier they announce through. What main() builds, and tests and tools too, so
// the wiring is written once. Borrows the database, clock and catalogue, which must outlive it.
class ClinicServices {
public:
    ClinicServices(Database& database, const Clock& clock, const MuscleCatalogue& catalogue);
    ClinicServices(const ClinicServices&) = delete;
    ClinicServices& operator=(const ClinicServices&) = delete;

    [[nodiscard]] Database& database() { return m_database; }
    [[nodiscard]] const Clock& clock() const { return m_clock; }
    [[nodiscard]] ChangeNotifier& notifier() { return m_notifier; }
    [[nodiscard]] PatientRepository& patientRepository() { return m_patientRepository; }
    [[nodiscard]] SessionRepository& sessionRepository() { return m_sessionRepository; }
    [[nodiscard]] ConsentRepository& consentRepository() { return m_consentRepository; }
    [[nodiscard]] ClinicRepository& clinicRepository() { return m_clinicRepository; }
    [[nodiscard]] AppointmentRepository& appointmentRepository() { return m_appointmentRepository; }
    [[nodiscard]] AppointmentService& appointments() { return m_appointments; }
    [[nodiscard]] PatientService& patients() { return m_patients; }
    [[nodiscard]] ClinicService& clinic() { return m_clinic; }
    [[nodiscard]] ConsentService& consent() { return m_consent; }
    [[nodiscard]] SessionService& sessions() { return m_sessions; }

private:
    Database& m_database;
    const Clock& m_clock;
    ChangeNotifier m_notifier;
    PatientRepository m_patientRepository;
    SessionRepository m_sessionRepository;
    ConsentRepository m_consentRepository;
    ClinicRepository m_clinicRepository;
    AppointmentRepository m_appointmentRepository;
    PatientService m_patients;
    ClinicService m_clinic;
    ConsentService m_consent;
    SessionService m_sessions;
    AppointmentService m_appointments;
};

} // namespace needlechart
