#pragma once

#include "needlechart/domain/common/FixedClock.h"
#include "needlechart/domain/patients/Patient.h"
#include "needlechart/services/common/ClinicServices.h"
#include "needlechart/storage/database/Database.h"
#include "needlechart/ui/common/UiContext.h"

#include "TempDatabase.h"

#include <memory>

namespace needlechart {
class AppSettings;
class MessagePresenter;
} // namespace needlechart

namespace needlechart::test {

// Everything a widget needs from the layers below, on a temporary database file: the real
// repositories, services and notifier (ClinicServices), with a clock fixed at 1 March 2026
// 12:00 UTC.
class TestClinic {
public:
    // Fills the database with `demoPatients` made-up patients (fixed seed).
    explicit TestClinic(int demoPatients = 0);

    [[nodiscard]] static QDateTime fixedNow();

    [[nodiscard]] Database& database() { return *m_database; }
    [[nodiscard]] ClinicServices& services() { return *m_services; }
    [[nodiscard]] PatientRepository& repository() { return m_services->patientRepository(); }
    [[nodiscard]] PatientService& service() { return m_services->patients(); }
    [[nodiscard]] SessionService& sessions() { return m_services->sessions(); }
    [[nodiscard]] ConsentService& consent() { return m_services->consent(); }
    [[nodiscard]] ChangeNotifier& notifier() { return m_services->notifier(); }
    [[nodiscard]] FixedClock& clock() { return m_clock; }
    [[nodiscard]] QString directory() const { return m_file.dir(); }
    // What a window is given, for `user` (a clinician unless said otherwise).
    [[nodiscard]] UiContext context(AppSettings& settings, MessagePresenter& messages,
                                    const User& user = defaultClinician());
    [[nodiscard]] static User defaultClinician();
    // A clinician who is also the clinic's admin (keeps its settings, clinicians and rooms).
    [[nodiscard]] static User defaultAdmin();

    // Registers a patient through the service; fails the test if that fails.
    Patient addPatient(const QString& familyName, const QString& givenName, QDate dateOfBirth);
    // Records a clear precaution screening and written consent on the current leaflet, so
    // needling may be charted for the patient; fails the test if that fails.
    void clearForNeedling(PatientId patientId);

private:
    TempDatabase m_file;
    FixedClock m_clock;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<ClinicServices> m_services;
};

} // namespace needlechart::test
