#include "AdminCommand.h"

#include "needlechart/domain/bodymap/MuscleCatalogue.h"
#include "needlechart/domain/common/SystemClock.h"
#include "needlechart/services/admin/ClinicAdministration.h"
#include "needlechart/services/backup/BackupFolder.h"
#include "needlechart/services/backup/BackupRestorer.h"
#include "needlechart/services/common/ClinicServices.h"

#include "CommandLineSignIn.h"
#include "DemoClinicFill.h"
#include "ExportFhirCommand.h"
#include "ImportPatientsCommand.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

#include <spdlog/spdlog.h>
#include <termios.h>
#include <unistd.h>

#include <cstdio>
#include <functional>
#include <iostream>
#include <string>

namespace needlechart {
namespace {

constexpr int ExitDone = 0;
constexpr int ExitFailed = 1;
constexpr int ExitCannotRun = 2;

void printError(const QString& line)
{
    std::fprintf(stderr, "needlechart admin: %s\n", qUtf8Printable(line));
}

// --verbose: a failure's technical detail (a driver's or pg_restore's own words) follows it.
bool verboseDetails = false;

void printFailure(const Error& error)
{
    printError(error.message);
    if (verboseDetails && !error.detail.isEmpty())
        std::fprintf(stderr, "%s\n", qUtf8Printable(error.detail));
}

int exitStatusFor(const Error& error)
{
    switch (error.code) {
    case ErrorCode::Validation:
    case ErrorCode::Unreachable:
    case ErrorCode::Authentication:
    case ErrorCode::Io: return ExitCannotRun;
    default: return ExitFailed;
    }
}

// Reads a password from the terminal without echoing it; empty if stdin is not a terminal.
QString askPassword(const QString& prompt)
{
    if (!isatty(STDIN_FILENO))
        return {};
    std::fprintf(stderr, "%s", qUtf8Printable(prompt));
    std::fflush(stderr);
    termios saved{};
    tcgetattr(STDIN_FILENO, &saved);
    termios quiet = saved;
    quiet.c_lflag &= ~tcflag_t(ECHO);
    tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    std::string line;
    std::getline(std::cin, line);
    tcsetattr(STDIN_FILENO, TCSANOW, &saved);
    std::fprintf(stderr, "\n");
    return QString::fromStdString(line);
}

// Runs `attempt` with libpq's own password sources first; if the server asks for a password
// and this is a terminal, once more with the one typed.
template <typename T>
Result<T> withPassword(const QString& address,
                       const std::function<Result<T>(const QString&)>& attempt)
{
    Result<T> result = attempt(QString());
    if (result || result.error().code != ErrorCode::Authentication || !isatty(STDIN_FILENO))
        return result;
    const QString password =
        askPassword(QCoreApplication::translate("AdminCommand", "Password for %1: ").arg(address));
    if (password.isEmpty())
        return result;
    return attempt(password);
}

int initServer(const QString& address, bool demo)
{
    QString usedPassword;
    auto done =
        withPassword<ClinicAdministration::SchemaChange>(address, [&](const QString& password) {
            usedPassword = password;
            return ClinicAdministration::initServer(address, password);
        });
    if (!done) {
        printError(done.error().message);
        return exitStatusFor(done.error());
    }
    if (demo) {
        SystemClock clock;
        auto services =
            ClinicServices::openServer(address, usedPassword, clock, MuscleCatalogue::builtIn());
        if (!services) {
            printError(services.error().message);
            return exitStatusFor(services.error());
        }
        if (!DemoClinicFill::fillIfEmpty(**services))
            return ExitFailed;
    }
    return ExitDone;
}

int migrate(const QString& address, const QString& file)
{
    auto done = file.isEmpty() ? withPassword<ClinicAdministration::SchemaChange>(
                    address,
                    [&](const QString& password) {
                        return ClinicAdministration::migrateServer(address, password);
                    })
                               : ClinicAdministration::migrateFile(file);
    if (!done) {
        printError(done.error().message);
        return exitStatusFor(done.error());
    }
    if (done->fromVersion != done->toVersion)
        std::fprintf(stderr, "%s\n",
                     qUtf8Printable(QCoreApplication::translate("AdminCommand",
                                                                "Upgraded from schema %1 to %2.")
                                        .arg(done->fromVersion)
                                        .arg(done->toVersion)));
    return ExitDone;
}

int copy(const QString& from, const QString& to)
{
    const bool terminal = isatty(STDERR_FILENO);
    const auto progress = [terminal](const QString& table, qint64 done, qint64 total) {
        if (!terminal)
            return;
        std::fprintf(
            stderr, "\r\033[K%s",
            qUtf8Printable(QCoreApplication::translate("AdminCommand", "Copying %1: %2 of %3 rows")
                               .arg(table, QLocale().toString(done), QLocale().toString(total))));
        std::fflush(stderr);
    };
    auto done = withPassword<std::vector<ClinicAdministration::CopiedTable>>(
        to, [&](const QString& password) {
            return ClinicAdministration::copyFileToServer(from, to, password, progress);
        });
    if (terminal)
        std::fprintf(stderr, "\r\033[K");
    if (!done) {
        printError(done.error().message);
        return exitStatusFor(done.error());
    }
    qint64 rows = 0;
    for (const auto& table : *done)
        rows += table.rows;
    if (terminal)
        std::fprintf(stderr, "%s\n",
                     qUtf8Printable(
                         QCoreApplication::translate("AdminCommand",
                                                     "Copied %1 rows in %2 tables; row counts and "
                                                     "contents match on both sides.")
                             .arg(QLocale().toString(rows))
                             .arg(done->size())));
    return ExitDone;
}

// `verify-audit`: recomputes the audit trail's chain; 0 intact, 1 broken (the first bad row
// printed), 2 cannot run.
int verifyAudit(const QString& address, const QString& file)
{
    SystemClock clock;
    auto services = file.isEmpty()
                        ? withPassword<std::unique_ptr<ClinicServices>>(
                            address,
                            [&](const QString& password) {
                                return ClinicServices::openServer(address, password, clock,
                                                                  MuscleCatalogue::builtIn());
                            })
                        : ClinicServices::openFile(file, clock, MuscleCatalogue::builtIn());
    if (!services) {
        printError(services.error().message);
        return ExitCannotRun;
    }
    auto verified = (*services)->verifyAudit();
    if (!verified) {
        printError(verified.error().message);
        return ExitCannotRun;
    }
    if (!verified->intact()) {
        std::fprintf(
            stdout, "%s\n",
            qUtf8Printable(QCoreApplication::translate("AdminCommand",
                                                       "The audit trail has been tampered with: %1 "
                                                       "(first bad row: %2, %3 rows read).")
                               .arg(verified->problem)
                               .arg(verified->firstBadId)
                               .arg(verified->rowsChecked)));
        spdlog::error("verify-audit: chain broken at row {}", verified->firstBadId);
        return ExitFailed;
    }
    std::fprintf(
        stdout, "%s\n",
        qUtf8Printable(QCoreApplication::translate(
                           "AdminCommand", "The audit trail is intact: %1 rows, every link and "
                                           "the head as recorded.")
                           .arg(QLocale().toString(verified->rowsChecked))));
    spdlog::info("verify-audit: {} rows intact", verified->rowsChecked);
    return ExitDone;
}

// The backup passphrase: the first line of `file`, or typed on a terminal; empty if neither.
Result<QString> readPassphrase(const QString& file, const QString& prompt)
{
    if (file.isEmpty())
        return askPassword(prompt);
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly))
        return Error{
            ErrorCode::Io,
            QCoreApplication::translate("AdminCommand", "Cannot read the passphrase file %1: %2")
                .arg(file, in.errorString()),
            {},
            {}};
    QString line = QString::fromUtf8(in.readLine());
    while (line.endsWith(QLatin1Char('\n')) || line.endsWith(QLatin1Char('\r')))
        line.chop(1);
    return line;
}

Result<std::unique_ptr<ClinicServices>> openClinic(const QString& address, const QString& file,
                                                   const Clock& clock)
{
    if (!file.isEmpty()) {
        if (!QFile::exists(file))
            return Error{
                ErrorCode::Io,
                QCoreApplication::translate("AdminCommand", "There is no database %1.").arg(file),
                {},
                {}};
        return ClinicServices::openFile(file, clock, MuscleCatalogue::builtIn());
    }
    return withPassword<std::unique_ptr<ClinicServices>>(address, [&](const QString& password) {
        return ClinicServices::openServer(address, password, clock, MuscleCatalogue::builtIn());
    });
}

QString describeCounts(const BackupManifest& manifest)
{
    return QCoreApplication::translate("AdminCommand",
                                       "%1 patients, %2 notes (%3 signed), %4 audit rows")
        .arg(QLocale().toString(manifest.patients), QLocale().toString(manifest.notes),
             QLocale().toString(manifest.signedNotes), QLocale().toString(manifest.auditRows));
}

// Progress on a terminal: each step on one line that the next overwrites, cleared at the end.
// Nothing at all when stderr is not a terminal (cron, a script, a log file).
BackupWriter::Progress terminalProgress()
{
    if (isatty(STDERR_FILENO) != 1)
        return {};
    return [](const QString& step) {
        std::fprintf(stderr, "\r\033[K%s\u2026", qUtf8Printable(step));
        std::fflush(stderr);
    };
}

void clearProgress(const BackupWriter::Progress& progress)
{
    if (progress)
        std::fprintf(stderr, "\r\033[K");
}

// `backup`: one verified backup of a clinic file or server into a folder, encrypted for the
// clinic's backup key (no passphrase needed: cron can run it). While the clinic has no key, a
// passphrase given here (file or terminal) encrypts this one backup; without either the backup
// is plain, with a warning.
int backup(const QString& address, const QString& file, const QString& folder,
           const QString& passphraseFile, const QString& login, const QString& passwordFile,
           bool verbose)
{
    SystemClock clock;
    auto services = openClinic(address, file, clock);
    if (!services) {
        printError(services.error().message);
        return ExitCannotRun;
    }
    // --login: a staff account (an admin) signs in, and the backup is audited as theirs.
    std::optional<User> user;
    if (!login.isEmpty()) {
        auto signedIn = CommandLineSignIn::signIn((*services)->accounts(), login, passwordFile);
        if (!signedIn) {
            printFailure(signedIn.error());
            return ExitFailed;
        }
        user = *signedIn;
    }
    // Signed in, the settings are read as that account (admins only, a refusal audited) before
    // anything else is asked.
    Result<BackupSettings> settings = Error{};
    if (user) {
        settings = (*services)->backups().settings(*user);
    } else if (auto overview = (*services)->backups().overview()) {
        settings = overview->settings;
    } else {
        settings = overview.error();
    }
    if (!settings) {
        printFailure(settings.error());
        return exitStatusFor(settings.error());
    }
    std::optional<BackupKey::Public> oneOffKey;
    if (!settings->hasKey()) {
        auto passphrase = readPassphrase(
            passphraseFile, QCoreApplication::translate(
                                "AdminCommand", "Backup passphrase (empty: not encrypted): "));
        if (!passphrase) {
            printError(passphrase.error().message);
            return ExitCannotRun;
        }
        if (!passphrase->isEmpty()) {
            auto key = BackupKey::create(*passphrase, BackupKey::Limits::moderate());
            if (!key) {
                printError(key.error().message);
                return ExitCannotRun;
            }
            oneOffKey = *key;
        } else {
            printError(QCoreApplication::translate(
                "AdminCommand", "warning: this backup is not encrypted; anyone who gets the "
                                "file can read every record. Set the clinic's backup "
                                "passphrase, or give --passphrase-file."));
        }
    }
    const QString absolute = QFileInfo(folder).absoluteFilePath();
    const BackupWriter::Progress progress = terminalProgress();
    auto done = user ? (*services)->backups().backupInto(absolute, oneOffKey, *user, progress)
                     : (*services)->backups().backupInto(absolute, oneOffKey, progress);
    clearProgress(progress);
    if (!done) {
        printError(done.error().message);
        return exitStatusFor(done.error());
    }
    if (!done->ok) {
        printError(done->problem);
        return ExitFailed;
    }
    if (verbose)
        std::fprintf(
            stdout, "%s\n",
            qUtf8Printable(
                QCoreApplication::translate("AdminCommand",
                                            "Backed up and verified: %1 (%2 patients, %3 notes; "
                                            "%4 bytes)")
                    .arg(QDir(folder).filePath(done->fileName), QLocale().toString(done->patients),
                         QLocale().toString(done->notes), QLocale().toString(done->bytes))));
    return ExitDone;
}

// `list-backups`: one line per backup, newest first, from the headers alone.
int listBackups(const QString& folder)
{
    auto entries = BackupFolder::list(folder);
    if (!entries) {
        printError(entries.error().message);
        return ExitCannotRun;
    }
    for (const auto& entry : *entries) {
        const QString when =
            QLocale().toString(entry.name.createdUtc.toLocalTime(), QLocale::ShortFormat);
        QString what;
        if (entry.manifest)
            what = describeCounts(*entry.manifest)
                   + (entry.encrypted
                          ? QCoreApplication::translate("AdminCommand", ", encrypted")
                          : QCoreApplication::translate("AdminCommand", ", NOT encrypted"));
        else
            what = QCoreApplication::translate("AdminCommand", "cannot be read: %1")
                       .arg(entry.problem);
        if (entry.name.kind == BackupFileName::Kind::BeforeRestore)
            what += QCoreApplication::translate("AdminCommand", ", taken before a restore");
        std::fprintf(stdout, "%s\t%s\t%s\t%s\n", qUtf8Printable(entry.path), qUtf8Printable(when),
                     qUtf8Printable(QLocale().formattedDataSize(entry.bytes)),
                     qUtf8Printable(what));
    }
    return ExitDone;
}

// A check's failure: 1 when what was checked is at fault (damaged, or the passphrase does not
// open it), 2 when the check could not run.
int checkFailed(const Error& error)
{
    printFailure(error);
    return error.code == ErrorCode::BackupDamaged || error.code == ErrorCode::Corrupt
                   || error.code == ErrorCode::WrongPassphrase
               ? ExitFailed
               : ExitCannotRun;
}

// `verify`: a backup decrypted and checked in a private temporary folder, or a clinic file
// checked in place: 0 sound, 1 damaged, 2 cannot run.
int verify(const QString& backup, const QString& file, const QString& address,
           const QString& passphraseFile, bool verbose)
{
    Result<BackupManifest> verified = Error{};
    if (!address.isEmpty()) {
        verified = withPassword<BackupManifest>(address, [&](const QString& password) {
            return BackupRestorer::verifyServer(address, password);
        });
    } else if (!backup.isEmpty()) {
        auto passphrase = readPassphrase(
            passphraseFile, QCoreApplication::translate("AdminCommand", "Backup passphrase: "));
        if (!passphrase) {
            printError(passphrase.error().message);
            return ExitCannotRun;
        }
        verified = BackupRestorer::verify(backup, *passphrase);
    } else {
        verified = BackupRestorer::verifyDatabaseFile(file);
    }
    if (!verified)
        return checkFailed(verified.error());
    if (verbose)
        std::fprintf(
            stdout, "%s\n",
            qUtf8Printable(QCoreApplication::translate(
                               "AdminCommand", "Sound: every page, link, audit row and signed "
                                               "note checked; %1.")
                               .arg(describeCounts(*verified))));
    return ExitDone;
}

// `restore`: a backup as a new clinic file, checked before it gets its name.
int restore(const QString& backup, const QString& target, const QString& passphraseFile,
            bool verbose)
{
    auto passphrase = readPassphrase(
        passphraseFile, QCoreApplication::translate("AdminCommand", "Backup passphrase: "));
    if (!passphrase) {
        printError(passphrase.error().message);
        return ExitCannotRun;
    }
    // A server's address (a URI or keyword string) or a file's path.
    const bool toServer = target.startsWith(QStringLiteral("postgresql://"))
                          || target.startsWith(QStringLiteral("postgres://"))
                          || target.contains(QLatin1Char('='));
    auto restored =
        toServer ? withPassword<BackupManifest>(target,
                                                [&](const QString& password) {
                                                    return BackupRestorer::restoreToServer(
                                                        backup, *passphrase, target, password);
                                                })
                 : BackupRestorer::restoreToNewFile(backup, *passphrase, target);
    if (!restored)
        return checkFailed(restored.error());
    if (verbose)
        std::fprintf(stdout, "%s\n",
                     qUtf8Printable(QCoreApplication::translate("AdminCommand",
                                                                "Restored and checked: %1 (%2).")
                                        .arg(target, describeCounts(*restored))));
    return ExitDone;
}

// `import-patients`: a staff account signs in (the import is audited as theirs), then
// ImportPatientsCommand reads, reports and registers.
int importPatients(const QString& address, const QString& file, const QString& login,
                   const QString& passwordFile, const ImportPatientsCommand::Options& options)
{
    SystemClock clock;
    auto services = openClinic(address, file, clock);
    if (!services) {
        printError(services.error().message);
        return ExitCannotRun;
    }
    auto user = CommandLineSignIn::signIn((*services)->accounts(), login, passwordFile);
    if (!user) {
        printFailure(user.error());
        return ExitFailed;
    }
    return ImportPatientsCommand::run(**services, *user, options);
}

// `export-fhir`: a staff account signs in (the export is audited as theirs), then
// ExportFhirCommand writes one patient's record or the whole clinic's.
int exportFhir(const QString& address, const QString& file, const QString& login,
               const QString& passwordFile, PatientId patient, const QString& outFile)
{
    SystemClock clock;
    auto services = openClinic(address, file, clock);
    if (!services) {
        printError(services.error().message);
        return ExitCannotRun;
    }
    auto user = CommandLineSignIn::signIn((*services)->accounts(), login, passwordFile);
    if (!user) {
        printFailure(user.error());
        return ExitFailed;
    }
    return ExportFhirCommand::run(**services, *user, patient, outFile);
}

} // namespace

bool AdminCommand::isAdminCommand(int argc, char** argv)
{
    return argc > 1 && qstrcmp(argv[1], "admin") == 0;
}

int AdminCommand::run(const QCoreApplication& app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "AdminCommand",
        "The clinic administrator's commands:\n"
        "  init-server ADDRESS [--demo]    set up NeedleChart in an empty database\n"
        "  migrate ADDRESS | --database FILE    upgrade to this version's schema\n"
        "  copy --from FILE --to ADDRESS    move a single-seat clinic onto the server\n"
        "  verify-audit --database FILE | --server ADDRESS    check the audit trail\n"
        "  backup --database FILE | --server ADDRESS --to DIR [--passphrase-file F]\n"
        "         [--login NAME [--password-file F]]\n"
        "      one verified, encrypted backup into DIR\n"
        "  list-backups DIR    the backups in DIR, newest first\n"
        "  verify --backup FILE | --database FILE | --server ADDRESS\n"
        "         [--passphrase-file F]\n"
        "      check a backup (decrypted privately), a clinic file or a server\n"
        "  restore --from BACKUP --to FILE | ADDRESS [--passphrase-file F]\n"
        "      restore a backup as a new clinic file (never over one), or a\n"
        "      server's backup into an empty PostgreSQL database\n"
        "  import-patients CSV --database FILE | --server ADDRESS --login NAME\n"
        "         [--password-file F] [--columns LIST] [--date-order ORDER] [--no-header]\n"
        "         [--skip-invalid] [--duplicates skip|register] [--dry-run]\n"
        "      register a patient list from another system: every row checked and\n"
        "      reported first, then all registered in one transaction\n"
        "  export-fhir --database FILE | --server ADDRESS --login NAME\n"
        "         [--password-file F] --patient ID | --all --out FILE\n"
        "      one patient's record (a clinician) or the whole clinic (an admin)\n"
        "      as a FHIR R4 Bundle\n"
        "ADDRESS is a PostgreSQL connection URI such as "
        "postgresql://admin@clinic-server/needlechart?sslmode=verify-full.\n"
        "Exit status: 0 done, 1 refused or failed, 2 cannot run."));
    parser.addHelpOption();
    const QCommandLineOption demoOption(
        QStringLiteral("demo"),
        QCoreApplication::translate("AdminCommand",
                                    "init-server: fill the new database with the demo clinic."));
    const QCommandLineOption databaseOption(
        QStringLiteral("database"),
        QCoreApplication::translate("AdminCommand",
                                    "migrate, verify-audit, backup, verify: the clinic file."),
        QCoreApplication::translate("AdminCommand", "FILE"));
    const QCommandLineOption serverOption(
        QStringLiteral("server"),
        QCoreApplication::translate("AdminCommand",
                                    "verify-audit, backup, verify: the server database's address."),
        QCoreApplication::translate("AdminCommand", "ADDRESS"));
    const QCommandLineOption fromOption(
        QStringLiteral("from"),
        QCoreApplication::translate("AdminCommand",
                                    "copy: the single-seat clinic's file; restore: the backup."),
        QCoreApplication::translate("AdminCommand", "FILE"));
    const QCommandLineOption toOption(
        QStringLiteral("to"),
        QCoreApplication::translate(
            "AdminCommand", "copy: the server database's address; backup: the backup folder; "
                            "restore: the new clinic file, or an empty server database's address."),
        QCoreApplication::translate("AdminCommand", "ADDRESS"));
    const QCommandLineOption backupOption(
        QStringLiteral("backup"),
        QCoreApplication::translate("AdminCommand", "verify: the backup file."),
        QCoreApplication::translate("AdminCommand", "FILE"));
    const QCommandLineOption passphraseOption(
        QStringLiteral("passphrase-file"),
        QCoreApplication::translate(
            "AdminCommand",
            "backup, verify, restore: a file whose first line is the clinic's backup "
            "passphrase (asked for on a terminal otherwise)."),
        QCoreApplication::translate("AdminCommand", "FILE"));
    const QCommandLineOption loginOption(
        QStringLiteral("login"),
        QCoreApplication::translate(
            "AdminCommand",
            "backup: sign in as the staff account NAME (an admin); the backup is then "
            "audited as theirs. Without it, whoever can read the file or reach the server "
            "backs up."),
        QCoreApplication::translate("AdminCommand", "NAME"));
    const QCommandLineOption passwordFileOption(
        QStringLiteral("password-file"),
        QCoreApplication::translate(
            "AdminCommand",
            "With --login: a file whose first line is the account's password (asked for "
            "on a terminal otherwise)."),
        QCoreApplication::translate("AdminCommand", "FILE"));
    const QCommandLineOption verboseOption(
        QStringLiteral("verbose"),
        QCoreApplication::translate("AdminCommand", "Say what was done, not only what failed."));
    const QCommandLineOption columnsOption(
        QStringLiteral("columns"),
        QCoreApplication::translate(
            "AdminCommand",
            "import-patients: what each column holds, comma-separated: family-name, "
            "given-name, preferred-name, date-of-birth, sex, phone, email, address, referrer, "
            "notes or ignore (guessed from the headings otherwise)."),
        QCoreApplication::translate("AdminCommand", "LIST"));
    const QCommandLineOption dateOrderOption(
        QStringLiteral("date-order"),
        QCoreApplication::translate("AdminCommand",
                                    "import-patients: day-month-year, month-day-year or "
                                    "year-month-day (guessed from the dates otherwise)."),
        QCoreApplication::translate("AdminCommand", "ORDER"));
    const QCommandLineOption noHeaderOption(
        QStringLiteral("no-header"),
        QCoreApplication::translate("AdminCommand",
                                    "import-patients: the first row is a patient, not headings."));
    const QCommandLineOption skipInvalidOption(
        QStringLiteral("skip-invalid"),
        QCoreApplication::translate(
            "AdminCommand", "import-patients: leave out the rows that cannot be registered."));
    const QCommandLineOption duplicatesOption(
        QStringLiteral("duplicates"),
        QCoreApplication::translate("AdminCommand",
                                    "import-patients: what to do with rows that may be patients "
                                    "already registered: skip or register."),
        QCoreApplication::translate("AdminCommand", "CHOICE"));
    const QCommandLineOption dryRunOption(
        QStringLiteral("dry-run"),
        QCoreApplication::translate("AdminCommand",
                                    "import-patients: report only, write nothing."));
    const QCommandLineOption patientOption(
        QStringLiteral("patient"),
        QCoreApplication::translate("AdminCommand", "export-fhir: the patient's number."),
        QCoreApplication::translate("AdminCommand", "ID"));
    const QCommandLineOption allOption(
        QStringLiteral("all"),
        QCoreApplication::translate("AdminCommand", "export-fhir: every patient of the clinic."));
    const QCommandLineOption outOption(
        QStringLiteral("out"),
        QCoreApplication::translate("AdminCommand", "export-fhir: the file to write."),
        QCoreApplication::translate("AdminCommand", "FILE"));
    parser.addOptions({demoOption, databaseOption, serverOption, fromOption, toOption, backupOption,
                       passphraseOption, loginOption, passwordFileOption, verboseOption,
                       columnsOption, dateOrderOption, noHeaderOption, skipInvalidOption,
                       duplicatesOption, dryRunOption, patientOption, allOption, outOption});
    parser.addPositionalArgument(QStringLiteral("admin"),
                                 QCoreApplication::translate("AdminCommand", "admin"));
    parser.addPositionalArgument(
        QStringLiteral("command"),
        QCoreApplication::translate("AdminCommand",
                                    "init-server, migrate, copy, verify-audit, backup, "
                                    "list-backups, verify, restore, import-patients or "
                                    "export-fhir"));
    parser.process(app);

    const QStringList args = parser.positionalArguments();
    const QString command = args.value(1);
    const auto usage = [](const QString& message) {
        printError(message + QLatin1Char(' ')
                   + QCoreApplication::translate("AdminCommand", "(see needlechart admin --help)"));
        return ExitCannotRun;
    };
    if (command == QStringLiteral("init-server")) {
        if (args.size() != 3)
            return usage(QCoreApplication::translate(
                "AdminCommand", "init-server needs the server database's ADDRESS."));
        return initServer(args.at(2), parser.isSet(demoOption));
    }
    if (command == QStringLiteral("migrate")) {
        if (args.size() == 3 && !parser.isSet(databaseOption))
            return migrate(args.at(2), QString());
        if (args.size() == 2 && parser.isSet(databaseOption))
            return migrate(QString(), parser.value(databaseOption));
        return usage(QCoreApplication::translate(
            "AdminCommand", "migrate needs a server ADDRESS or --database FILE."));
    }
    if (command == QStringLiteral("copy")) {
        if (args.size() != 2 || !parser.isSet(fromOption) || !parser.isSet(toOption))
            return usage(QCoreApplication::translate("AdminCommand",
                                                     "copy needs --from FILE and --to ADDRESS."));
        return copy(parser.value(fromOption), parser.value(toOption));
    }
    if (command == QStringLiteral("verify-audit")) {
        if (args.size() != 2 || parser.isSet(databaseOption) == parser.isSet(serverOption))
            return usage(QCoreApplication::translate(
                "AdminCommand", "verify-audit needs --database FILE or --server ADDRESS."));
        return verifyAudit(parser.value(serverOption), parser.value(databaseOption));
    }
    const bool verbose = parser.isSet(verboseOption);
    verboseDetails = verbose;
    const QString passphraseFile = parser.value(passphraseOption);
    if (command == QStringLiteral("backup")) {
        if (args.size() != 2 || parser.isSet(databaseOption) == parser.isSet(serverOption)
            || !parser.isSet(toOption))
            return usage(QCoreApplication::translate(
                "AdminCommand", "backup needs --database FILE or --server ADDRESS, and --to "
                                "DIR."));
        return backup(parser.value(serverOption), parser.value(databaseOption),
                      parser.value(toOption), passphraseFile, parser.value(loginOption),
                      parser.value(passwordFileOption), verbose);
    }
    if (command == QStringLiteral("list-backups")) {
        if (args.size() != 3)
            return usage(QCoreApplication::translate("AdminCommand",
                                                     "list-backups needs the backup folder."));
        return listBackups(args.at(2));
    }
    if (command == QStringLiteral("verify")) {
        if (args.size() != 2
            || int(parser.isSet(backupOption)) + int(parser.isSet(databaseOption))
                       + int(parser.isSet(serverOption))
                   != 1)
            return usage(QCoreApplication::translate(
                "AdminCommand",
                "verify needs --backup FILE, --database FILE or --server ADDRESS."));
        return verify(parser.value(backupOption), parser.value(databaseOption),
                      parser.value(serverOption), passphraseFile, verbose);
    }
    if (command == QStringLiteral("restore")) {
        if (args.size() != 2 || !parser.isSet(fromOption) || !parser.isSet(toOption))
            return usage(QCoreApplication::translate(
                "AdminCommand", "restore needs --from BACKUP and --to FILE or ADDRESS."));
        return restore(parser.value(fromOption), parser.value(toOption), passphraseFile, verbose);
    }
    if (command == QStringLiteral("import-patients")) {
        if (args.size() != 3 || parser.isSet(databaseOption) == parser.isSet(serverOption)
            || !parser.isSet(loginOption))
            return usage(QCoreApplication::translate(
                "AdminCommand", "import-patients needs the CSV file, --database FILE or --server "
                                "ADDRESS, and --login NAME."));
        ImportPatientsCommand::Options options;
        options.file = args.at(2);
        options.columns = parser.value(columnsOption);
        options.dateOrder = parser.value(dateOrderOption);
        options.noHeader = parser.isSet(noHeaderOption);
        options.skipInvalid = parser.isSet(skipInvalidOption);
        options.duplicates = parser.value(duplicatesOption);
        options.dryRun = parser.isSet(dryRunOption);
        return importPatients(parser.value(serverOption), parser.value(databaseOption),
                              parser.value(loginOption), parser.value(passwordFileOption), options);
    }
    if (command == QStringLiteral("export-fhir")) {
        bool numeric = false;
        const PatientId patient = parser.value(patientOption).toLongLong(&numeric);
        if (args.size() != 2 || parser.isSet(databaseOption) == parser.isSet(serverOption)
            || !parser.isSet(loginOption) || !parser.isSet(outOption)
            || parser.isSet(patientOption) == parser.isSet(allOption)
            || (parser.isSet(patientOption) && (!numeric || patient <= 0)))
            return usage(QCoreApplication::translate(
                "AdminCommand", "export-fhir needs --database FILE or --server ADDRESS, --login "
                                "NAME, --patient ID or --all, and --out FILE."));
        return exportFhir(parser.value(serverOption), parser.value(databaseOption),
                          parser.value(loginOption), parser.value(passwordFileOption),
                          parser.isSet(allOption) ? 0 : patient, parser.value(outOption));
    }
    return usage(
        command.isEmpty()
            ? QCoreApplication::translate("AdminCommand", "Name a command.")
            : QCoreApplication::translate("AdminCommand", "Unknown command: %1").arg(command));
}

} // namespace needlechart
