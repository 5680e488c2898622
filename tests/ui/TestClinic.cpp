#include "TestClinic.h"

#include "needlechart/domain/MuscleCatalogue.h"
#include "needlechart/services/DemoClinic.h"

#include <gtest/gtest.h>

#include <stdexcept>

namespace needlechart::test {

TestClinic::TestClinic(int demoPatients) : m_clock(fixedNow()), m_database(m_file.open())
{
    if (!m_database)
        throw std::runtime_error("test database could not be opened");
    m_repository = std::make_unique<PatientRepository>(*m_database);
    m_service = std::make_unique<PatientService>(*m_database, *m_repository, m_notifier, m_clock);
    m_sessionRepository = std::make_unique<SessionRepository>(*m_database);
    m_sessions = std::make_unique<SessionService>(*m_database, *m_sessionRepository, *m_repository,
                                                  m_notifier, m_clock, MuscleCatalogue::builtIn());
    if (demoPatients > 0) {
        const Result<int> added =
            DemoClinic::populate(*m_database, *m_repository, demoPatients, 1234, m_clock.nowUtc());
        EXPECT_TRUE(added.ok()) << (added.ok() ? "" : added.error().message.toStdString());
    }
}

UiContext TestClinic::context(AppSettings& settings, MessagePresenter& messages, const User& user)
{
    return UiContext{*m_service, *m_sessions, m_notifier, settings, messages, user};
}

User TestClinic::defaultClinician()
{
    return User{QStringLiteral("amorgan"), QStringLiteral("Alex Morgan"), StaffRole::Clinician};
}

QDateTime TestClinic::fixedNow()
{
    return QDateTime(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);
}

Patient TestClinic::addPatient(const QString& familyName, const QString& givenName,
                               QDate dateOfBirth)
{
    Patient patient;
    patient.familyName = familyName;
    patient.givenName = givenName;
    patient.dateOfBirth = dateOfBirth;
    Result<Patient> stored = m_service->create(patient);
    EXPECT_TRUE(stored.ok()) << (stored.ok() ? "" : stored.error().message.toStdString());
    return stored.ok() ? stored.value() : patient;
}

} // namespace needlechart::test
