#pragma once

#include "needlechart/domain/common/User.h"

namespace needlechart {

class ServerLink;

class AccountService;
class AppSettings;
class AppointmentService;
class AuditTrail;
class BackupService;
class ChangeNotifier;
class ClinicService;
class ClinicServices;
class ConsentService;
class DocumentService;
class FhirExportService;
class MessagePresenter;
class OutcomeService;
class PatientImportService;
class PatientService;
class SessionService;
class WholeRecordService;

// What every window is given by the application: the services, the change notifier, typed
// settings, the message presenter and the person using it. References, owned by main() (or a
// test), which outlive every window. Passed explicitly; there is no global.
struct UiContext {
    PatientService& patients;
    SessionService& sessions;
    ConsentService& consent;
    ClinicService& clinic;
    AppointmentService& appointments;
    AccountService& accounts;
    AuditTrail& audit;
    BackupService& backups;
    DocumentService& documents;
    OutcomeService& outcomes;
    PatientImportService& patientImport;
    FhirExportService& fhirExport;
    WholeRecordService& wholeRecord;
    ChangeNotifier& notifier;
    AppSettings& settings;
    MessagePresenter& messages;
    User user;
    // Which clinic database the window is on ("clinic.needlechart", "needlechart on
    // clinic-server"), for its title and status bar; empty in tests that do not say.
    QString databaseName = {};
    // The link to the other workstations on a clinic server; null on a file and in tests.
    ServerLink* serverLink = nullptr;

    // Every service of one database, for `user`.
    [[nodiscard]] static UiContext of(ClinicServices& services, AppSettings& settings,
                                      MessagePresenter& messages, User user);
};

} // namespace needlechart
