#pragma once

#include "needlechart/domain/common/Result.h"
#include "needlechart/services/accounts/AccountService.h"
#include "needlechart/services/accounts/PasswordHasher.h"
#include "needlechart/services/appointments/AppointmentService.h"
#include "needlechart/services/audit/AuditTrail.h"
#include "needlechart/services/backup/BackupService.h"
#include "needlechart/services/clinic/ClinicService.h"
#include "needlechart/services/common/ChangeNotifier.h"
#include "needlechart/services/common/ServerLink.h"
#include "needlechart/services/consent/ConsentService.h"
#include "needlechart/services/documents/DocumentService.h"
#include "needlechart/services/outcomes/OutcomeService.h"
#include "needlechart/services/patients/PatientService.h"
#include "needlechart/services/session/SessionService.h"
#include "needlechart/services/transfer/FhirExportService.h"
#include "needlechart/services/transfer/PatientImportService.h"
#include "needlechart/services/transfer/WholeRecordService.h"

#include <QString>

#include <memory>

namespace needlechart {

class AccountRepository;
class AppointmentRepository;
class AuditRepository;
class ClinicRepository;
class Clock;
class ConsentRepository;
class Database;
class MuscleCatalogue;
class OutcomeRepository;
class PatientRepository;
class SessionRepository;

// Every repository and service of one open database, wired together in dependency order, with
// the one ChangeNotifier they announce through. What main() builds, and tests and tools too, so
// the wiring is written once.
//
// The repositories are only declared here: code above the services (the UI, the app) reaches
// the database through the services and cannot name a repository's members. Services, tests and
// tools, which link the storage layer, include the repository headers themselves.
class ClinicServices {
public:
    // Opens (creating or upgrading) the clinic's SQLite file and wires its services; the result
    // owns the database. A file that cannot be used is reported and left as it was.
    [[nodiscard]] static Result<std::unique_ptr<ClinicServices>>
    openFile(const QString& path, const Clock& clock, const MuscleCatalogue& catalogue);

    // Connects to the clinic's PostgreSQL database (which its administrator set up with
    // `needlechart admin init-server`) and wires its services. `address` is a libpq URI or
    // keyword string; `password`, if not empty, is used instead of libpq's own sources
    // (~/.pgpass, a service file). ErrorCode::Authentication asks for one.
    [[nodiscard]] static Result<std::unique_ptr<ClinicServices>>
    openServer(const QString& address, const QString& password, const Clock& clock,
               const MuscleCatalogue& catalogue);

    // A clinic server's address as it may be kept (in the settings): checked by libpq, any
    // password taken out. A Validation error says what is wrong with it.
    [[nodiscard]] static Result<QString> serverAddressText(const QString& address);

    // Borrows the database, clock and catalogue, which must outlive it. Passwords are hashed
    // under `passwordLimits` (tests that sign in often pass Limits::minimumForTests()).
    ClinicServices(Database& database, const Clock& clock, const MuscleCatalogue& catalogue,
                   PasswordHasher::Limits passwordLimits = PasswordHasher::Limits::interactive());
    ~ClinicServices();
    ClinicServices(const ClinicServices&) = delete;
    ClinicServices& operator=(const ClinicServices&) = delete;

    [[nodiscard]] Database& database() { return m_database; }
    [[nodiscard]] const Clock& clock() const { return m_clock; }
    [[nodiscard]] ChangeNotifier& notifier() { return m_notifier; }
    // The link to the other workstations on a clinic server (idle on a file); main() starts it.
    [[nodiscard]] ServerLink& serverLink() { return m_serverLink; }
    // Where the pre-upgrade copy of the file went, if opening upgraded it; empty otherwise.
    [[nodiscard]] QString upgradeBackupPath() const;
    // The clinic's database file (for FileHealthCheck); empty on a clinic server.
    [[nodiscard]] QString databasePath() const;
    // Which clinic database this is, for the title and status bar: the file's name, or
    // "needlechart on clinic-server".
    [[nodiscard]] QString databaseDisplayName() const;
    // True when the clinic's data is on a server that several workstations share.
    [[nodiscard]] bool isOnServer() const;
    // Rebuilds the patient and note search indexes if their rules changed since they were built
    // (or, for notes, were never built).
    [[nodiscard]] Status ensureSearchIndex();
    // Prepares the statements that opening a patient's note and chart runs, so the first
    // patient opened after start-up is as quick as the next (on a clinic server preparing is a
    // round trip each). main() calls it once the window has painted. Reads nothing.
    [[nodiscard]] Status prepareStatements();
    // Checks the audit trail's chain and head, and each signed note and amendment it recorded
    // against the note as stored now (needlechart admin verify-audit).
    [[nodiscard]] Result<AuditTrail::Verification> verifyAudit();

    [[nodiscard]] PatientRepository& patientRepository();
    [[nodiscard]] SessionRepository& sessionRepository();
    [[nodiscard]] ConsentRepository& consentRepository();
    [[nodiscard]] ClinicRepository& clinicRepository();
    [[nodiscard]] AppointmentRepository& appointmentRepository();
    [[nodiscard]] AccountRepository& accountRepository();
    [[nodiscard]] AuditRepository& auditRepository();
    [[nodiscard]] OutcomeRepository& outcomeRepository();
    [[nodiscard]] const PasswordHasher& passwordHasher() const { return m_hasher; }

    [[nodiscard]] AppointmentService& appointments() { return m_appointments; }
    [[nodiscard]] PatientService& patients() { return m_patients; }
    [[nodiscard]] ClinicService& clinic() { return m_clinic; }
    [[nodiscard]] ConsentService& consent() { return m_consent; }
    [[nodiscard]] SessionService& sessions() { return m_sessions; }
    [[nodiscard]] AccountService& accounts() { return m_accounts; }
    [[nodiscard]] AuditTrail& audit() { return m_audit; }
    [[nodiscard]] BackupService& backups() { return m_backups; }
    [[nodiscard]] DocumentService& documents() { return m_documents; }
    [[nodiscard]] OutcomeService& outcomes() { return m_outcomes; }
    [[nodiscard]] PatientImportService& patientImport() { return m_patientImport; }
    [[nodiscard]] FhirExportService& fhirExport() { return m_fhirExport; }
    [[nodiscard]] WholeRecordService& wholeRecord() { return m_wholeRecord; }

private:
    struct Repositories;
    ClinicServices(std::unique_ptr<Database> owned, const Clock& clock,
                   const MuscleCatalogue& catalogue);

    std::unique_ptr<Database> m_ownedDatabase; // set when openFile opened it
    Database& m_database;
    const Clock& m_clock;
    PasswordHasher m_hasher;
    ChangeNotifier m_notifier;
    ServerLink m_serverLink;
    std::unique_ptr<Repositories> m_repositories;
    AuditTrail m_audit;
    AccountService m_accounts; // before the sessions, which confirm passwords through it
    PatientService m_patients;
    ClinicService m_clinic;
    ConsentService m_consent;
    SessionService m_sessions;
    AppointmentService m_appointments;
    BackupService m_backups;
    DocumentService m_documents;
    OutcomeService m_outcomes;
    PatientImportService m_patientImport;
    FhirExportService m_fhirExport;
    WholeRecordService m_wholeRecord; // after the FHIR export, which it reads through
};

} // namespace needlechart
