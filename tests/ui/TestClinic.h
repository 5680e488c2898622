#pragma once

#include "needlechart/domain/FixedClock.h"
#include "needlechart/domain/Patient.h"
#include "needlechart/services/ChangeNotifier.h"
#include "needlechart/services/PatientService.h"
#include "needlechart/services/SessionService.h"
#include "needlechart/storage/Database.h"
#include "needlechart/storage/PatientRepository.h"
#include "needlechart/storage/SessionRepository.h"
#include "needlechart/ui/UiContext.h"

#include "TempDatabase.h"

#include <memory>

namespace needlechart {
class AppSettings;
class MessagePresenter;
} // namespace needlechart

namespace needlechart::test {

// Everything a widget needs from the layers below, on a temporary database file: the real
// repository, service and notifier, with a clock fixed at 1 March 2026 12:00 UTC.
class TestClinic {
public:
    // Fills the database with `demoPatients` made-up patients (fixed seed).
    explicit TestClinic(int demoPatients = 0);

    [[nodiscard]] static QDateTime fixedNow();

    [[nodiscard]] Database& database() { return *m_database; }
    [[nodiscard]] PatientRepository& repository() { return *m_repository; }
    [[nodiscard]] PatientService& service() { return *m_service; }
    [[nodiscard]] SessionService& sessions() { return *m_sessions; }
    // What a window is given, for `user` (a clinician unless said otherwise).
    [[nodiscard]] UiContext context(AppSettings& settings, MessagePresenter& messages,
                                    const User& user = defaultClinician());
    [[nodiscard]] static User defaultClinician();
    [[nodiscard]] ChangeNotifier& notifier() { return m_notifier; }
    [[nodiscard]] FixedClock& clock() { return m_clock; }
    [[nodiscard]] QString directory() const { return m_file.dir(); }

    // Registers a patient through the service; fails the test if that fails.
    Patient addPatient(const QString& familyName, const QString& givenName, QDate dateOfBirth);

private:
    TempDatabase m_file;
    FixedClock m_clock;
    ChangeNotifier m_notifier;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<PatientRepository> m_repository;
    std::unique_ptr<PatientService> m_service;
    std::unique_ptr<SessionRepository> m_sessionRepository;
    std::unique_ptr<SessionService> m_sessions;
};

} // namespace needlechart::test
