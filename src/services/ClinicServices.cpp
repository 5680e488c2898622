#include "needlechart/services/ClinicServices.h"

namespace needlechart {

ClinicServices::ClinicServices(Database& database, const Clock& clock,
                               const MuscleCatalogue& catalogue)
    : m_database(database),
      m_clock(clock),
      m_patientRepository(database),
      m_sessionRepository(database),
      m_consentRepository(database),
      m_clinicRepository(database),
      m_appointmentRepository(database),
      m_patients(database, m_patientRepository, m_notifier, clock),
      m_clinic(m_clinicRepository, m_notifier, clock),
      m_consent(m_consentRepository, m_clinicRepository, m_patientRepository, m_notifier, clock),
      m_sessions(database, m_sessionRepository, m_patientRepository, m_consent, m_notifier, clock,
                 catalogue),
      m_appointments(m_appointmentRepository, m_patientRepository, m_clinicRepository, m_notifier,
                     clock)
{}

} // namespace needlechart
