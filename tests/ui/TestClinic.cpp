#include "TestClinic.h"

#include "needlechart/domain/bodymap/MuscleCatalogue.h"
#include "needlechart/services/demo/DemoClinic.h"

#include <gtest/gtest.h>

#include <stdexcept>

namespace needlechart::test {

TestClinic::TestClinic(int demoPatients) : m_clock(fixedNow()), m_database(m_file.open())
{
    if (!m_database)
        throw std::runtime_error("test database could not be opened");
    m_services = std::make_unique<ClinicServices>(*m_database, m_clock, MuscleCatalogue::builtIn(),
                                                  PasswordHasher::Limits::minimumForTests());
    m_services->backups().setKeyLimits(BackupKey::Limits::minimumForTests());
    if (demoPatients > 0) {
        const Result<int> added =
            DemoClinic::populate(*m_database, repository(), demoPatients, 1234, m_clock.nowUtc());
        EXPECT_TRUE(added.ok()) << (added.ok() ? "" : added.error().message.toStdString());
    }
}

UiContext TestClinic::context(AppSettings& settings, MessagePresenter& messages, const User& user)
{
    return UiContext::of(*m_services, settings, messages, user);
}

User TestClinic::defaultClinician()
{
    return User{QStringLiteral("amorgan"), QStringLiteral("Alex Morgan"), StaffRole::Clinician};
}

User TestClinic::defaultAdmin()
{
    return User{QStringLiteral("amorgan"),
                QStringLiteral("Alex Morgan"),
                {StaffRole::Clinician, StaffRole::Admin}};
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
    Result<Patient> stored = service().create(patient, test::TestClinic::defaultClinician());
    EXPECT_TRUE(stored.ok()) << (stored.ok() ? "" : stored.error().message.toStdString());
    return stored.ok() ? stored.value() : patient;
}

void TestClinic::clearForNeedling(PatientId patientId)
{
    Screening screening;
    screening.patientId = patientId;
    auto screened = consent().recordScreening(screening, defaultClinician());
    EXPECT_TRUE(screened.ok()) << (screened.ok() ? "" : screened.error().message.toStdString());
    auto leaflet = m_services->clinic().currentLeaflet();
    EXPECT_TRUE(leaflet.ok());
    Consent given;
    given.patientId = patientId;
    given.leafletVersion = leaflet.ok() ? leaflet->version : 1;
    given.scope = QStringLiteral("Course of treatment");
    given.signedName = QStringLiteral("Signed by the patient");
    auto consented = consent().recordConsent(given, defaultClinician());
    EXPECT_TRUE(consented.ok()) << (consented.ok() ? "" : consented.error().message.toStdString());
}

} // namespace needlechart::test
