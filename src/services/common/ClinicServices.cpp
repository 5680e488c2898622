#include "needlechart/services/common/ClinicServices.h"

#include "needlechart/domain/outcomes/OutcomeMeasureCatalogue.h"
#include "needlechart/domain/session/SignedContent.h"
#include "needlechart/storage/accounts/AccountRepository.h"
#include "needlechart/storage/appointments/AppointmentRepository.h"
#include "needlechart/storage/audit/AuditRepository.h"
#include "needlechart/storage/backup/BackupRepository.h"
#include "needlechart/storage/clinic/ClinicRepository.h"
#include "needlechart/storage/consent/ConsentRepository.h"
#include "needlechart/storage/database/Database.h"
#include "needlechart/storage/documents/DocumentRepository.h"
#include "needlechart/storage/outcomes/OutcomeRepository.h"
#include "needlechart/storage/patients/PatientRepository.h"
#include "needlechart/storage/session/PointTemplateRepository.h"
#include "needlechart/storage/session/SessionRepository.h"

#include <QSysInfo>

namespace needlechart {

struct ClinicServices::Repositories {
    explicit Repositories(Database& database)
        : patients(database),
          sessions(database),
          templates(database),
          consents(database),
          clinic(database),
          appointments(database),
          accounts(database),
          audit(database),
          backups(database),
          documents(database),
          outcomes(database)
    {}
    PatientRepository patients;
    SessionRepository sessions;
    PointTemplateRepository templates;
    ConsentRepository consents;
    ClinicRepository clinic;
    AppointmentRepository appointments;
    AccountRepository accounts;
    AuditRepository audit;
    BackupRepository backups;
    DocumentRepository documents;
    OutcomeRepository outcomes;
};

Result<std::unique_ptr<ClinicServices>>
ClinicServices::openFile(const QString& path, const Clock& clock, const MuscleCatalogue& catalogue)
{
    auto opened = Database::open(path);
    if (!opened)
        return opened.error();
    return std::unique_ptr<ClinicServices>(
        new ClinicServices(std::move(opened).value(), clock, catalogue));
}

Result<std::unique_ptr<ClinicServices>> ClinicServices::openServer(const QString& text,
                                                                   const QString& password,
                                                                   const Clock& clock,
                                                                   const MuscleCatalogue& catalogue)
{
    auto address = ServerAddress::parse(text);
    if (!address)
        return address.error();
    if (!password.isEmpty())
        address->setPassword(password);
    DatabaseOptions options;
    options.migrate = false; // the workstation's database role does not change the schema
    auto opened = Database::openServer(*address, options);
    if (!opened)
        return opened.error();
    return std::unique_ptr<ClinicServices>(
        new ClinicServices(std::move(opened).value(), clock, catalogue));
}

Result<QString> ClinicServices::serverAddressText(const QString& address)
{
    auto parsed = ServerAddress::parse(address);
    if (!parsed)
        return parsed.error();
    return parsed->text();
}

ClinicServices::ClinicServices(std::unique_ptr<Database> owned, const Clock& clock,
                               const MuscleCatalogue& catalogue)
    : ClinicServices(*owned, clock, catalogue)
{
    m_ownedDatabase = std::move(owned);
}

ClinicServices::ClinicServices(Database& database, const Clock& clock,
                               const MuscleCatalogue& catalogue,
                               PasswordHasher::Limits passwordLimits)
    : m_database(database),
      m_clock(clock),
      m_hasher(passwordLimits),
      m_serverLink(database, m_notifier),
      m_repositories(std::make_unique<Repositories>(database)),
      m_audit(database, m_repositories->audit, clock, QSysInfo::machineHostName()),
      m_accounts(database, m_repositories->accounts, m_notifier, clock, m_hasher, m_audit),
      m_patients(database, m_repositories->patients, m_notifier, clock, m_audit),
      m_clinic(database, m_repositories->clinic, m_notifier, clock, m_audit),
      m_consent(database, m_repositories->consents, m_repositories->clinic,
                m_repositories->patients, m_notifier, clock, m_audit),
      m_sessions(database, m_repositories->sessions, m_repositories->templates,
                 m_repositories->patients, m_consent, m_notifier, clock, catalogue, m_audit,
                 m_accounts),
      m_appointments(database, m_repositories->appointments, m_repositories->patients,
                     m_repositories->clinic, m_notifier, clock, m_audit),
      m_backups(database, m_repositories->backups, m_notifier, clock, m_audit,
                QSysInfo::machineHostName()),
      m_documents(database, m_repositories->documents, m_repositories->clinic,
                  m_repositories->patients, m_repositories->sessions, m_repositories->outcomes,
                  m_accounts, m_notifier, clock, catalogue, m_audit),
      m_outcomes(database, m_repositories->outcomes, m_repositories->patients,
                 m_repositories->sessions, m_notifier, clock, OutcomeMeasureCatalogue::builtIn(),
                 m_audit),
      m_patientImport(database, m_repositories->patients, m_notifier, clock, m_audit),
      m_fhirExport(database, m_repositories->patients, m_repositories->sessions,
                   m_repositories->consents, m_repositories->clinic, m_repositories->appointments,
                   m_repositories->outcomes, m_repositories->accounts, clock, catalogue, m_audit),
      m_wholeRecord(database, m_fhirExport, m_repositories->consents, m_repositories->documents,
                    m_repositories->clinic, clock, catalogue, m_audit)
{}

// Declared after the members it destroys: the services go first, then the repositories, then
// (when owned) the database they all borrowed.
ClinicServices::~ClinicServices() = default;

QString ClinicServices::upgradeBackupPath() const
{
    return m_database.backupPath();
}

QString ClinicServices::databasePath() const
{
    return m_database.path();
}

QString ClinicServices::databaseDisplayName() const
{
    return m_database.displayName();
}

bool ClinicServices::isOnServer() const
{
    return m_database.backend() == Backend::PostgreSql;
}

Status ClinicServices::ensureSearchIndex()
{
    if (Status patients = m_repositories->patients.ensureSearchIndex(); !patients.ok())
        return patients;
    return m_repositories->sessions.ensureSearchIndex();
}

Status ClinicServices::prepareStatements()
{
    return m_repositories->sessions.prepareReadStatements();
}

Result<AuditTrail::Verification> ClinicServices::verifyAudit()
{
    SessionRepository& sessions = m_repositories->sessions;
    return m_audit.verify([&sessions](const AuditEvent& e) -> std::optional<QByteArray> {
        if (e.objectType != QStringLiteral("session"))
            return std::nullopt;
        auto note = sessions.get(e.objectId);
        if (!note)
            return std::nullopt;
        if (e.action == AuditAction::Amend) {
            // The amendment the row recorded, if it is still there as written.
            for (const Amendment& a : note->amendments) {
                if (QByteArray hash = SignedContent::hashOf(a); hash == e.contentHash)
                    return hash;
            }
            return std::nullopt;
        }
        return SignedContent::hashOf(*note);
    });
}

PatientRepository& ClinicServices::patientRepository()
{
    return m_repositories->patients;
}

SessionRepository& ClinicServices::sessionRepository()
{
    return m_repositories->sessions;
}

ConsentRepository& ClinicServices::consentRepository()
{
    return m_repositories->consents;
}

OutcomeRepository& ClinicServices::outcomeRepository()
{
    return m_repositories->outcomes;
}

AuditRepository& ClinicServices::auditRepository()
{
    return m_repositories->audit;
}

AccountRepository& ClinicServices::accountRepository()
{
    return m_repositories->accounts;
}

ClinicRepository& ClinicServices::clinicRepository()
{
    return m_repositories->clinic;
}

AppointmentRepository& ClinicServices::appointmentRepository()
{
    return m_repositories->appointments;
}

} // namespace needlechart
