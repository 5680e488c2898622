// NeedleChart's entry point: reads the command line, opens the database (a file, refusing it
// untouched if it cannot be used, or the clinic server), assembles the services and shows the
// main window; `needlechart admin ...` goes to AdminCommand instead. Everything here
// runs before the window appears, so it stays short: no work that can wait belongs here.
#include "needlechart/domain/bodymap/MuscleCatalogue.h"
#include "needlechart/domain/common/SystemClock.h"
#include "needlechart/services/backup/BackupRestorer.h"
#include "needlechart/services/common/AppPaths.h"
#include "needlechart/services/common/ChangeNotifier.h"
#include "needlechart/services/common/ClinicServices.h"
#include "needlechart/services/common/Logging.h"
#include "needlechart/services/patients/PatientService.h"
#include "needlechart/services/session/SessionService.h"
#include "needlechart/ui/accounts/SignInFlow.h"
#include "needlechart/ui/common/Appearance.h"
#include "needlechart/ui/common/QtMessagePresenter.h"
#include "needlechart/ui/common/StepProgress.h"
#include "needlechart/ui/common/Translations.h"
#include "needlechart/ui/common/UiContext.h"
#include "needlechart/ui/common/WheelGuard.h"
#include "needlechart/ui/mainwindow/AutomaticBackups.h"
#include "needlechart/ui/mainwindow/BackgroundFileCheck.h"
#include "needlechart/ui/mainwindow/MainWindow.h"
#include "needlechart/ui/paper/AppointmentDocuments.h"
#include "needlechart/ui/paper/LeafletRenderer.h"
#include "needlechart/ui/paper/SessionDocuments.h"
#include "needlechart/ui/settings/AppSettings.h"

#include "AdminCommand.h"
#include "CommandLineOptions.h"
#include "CommandLineSignIn.h"
#include "DemoClinicFill.h"
#include "FirstPaintWatcher.h"

#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QIcon>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QProcess>
#include <QTimer>

#include <spdlog/spdlog.h>

#include <cstdio>
#include <optional>
#include <vector>

namespace {

using namespace needlechart;

constexpr int ExitCannotOpenDatabase = 2;
constexpr int ExitSignInRefused = 3;
// Times the password is asked for before giving up on a clinic server.
constexpr int PasswordAttempts = 3;
#ifdef NDEBUG
constexpr bool LogToConsole = false;
#else
constexpr bool LogToConsole = true;
#endif

void printError(const QString& line)
{
    std::fprintf(stderr, "needlechart: %s\n", qUtf8Printable(line));
}

// Offscreen and minimal platforms have nobody to click a dialog away.
bool isHeadless()
{
    const QString platform = QGuiApplication::platformName();
    return platform == QLatin1String("offscreen") || platform == QLatin1String("minimal");
}

void reportUnusableDatabase(const QString& path, const Error& error, MessagePresenter& messages)
{
    const QString shownPath = QDir::toNativeSeparators(path);
    printError(QStringLiteral("cannot open %1: %2").arg(shownPath, error.message));
    spdlog::error("cannot open database: {} ({})", errorCodeName(error.code),
                  error.detail.toStdString());
    if (!isHeadless()) {
        messages.critical(nullptr, QCoreApplication::translate("main", "Cannot open the database"),
                          QCoreApplication::translate(
                              "main", "NeedleChart cannot open %1.\n\n%2\n\nThe file has not been "
                                      "changed.")
                              .arg(shownPath, error.message));
    }
}

void reportUnusableServer(const Error& error, MessagePresenter& messages)
{
    printError(error.message);
    spdlog::error("cannot connect to the clinic server: {}", errorCodeName(error.code));
    if (!isHeadless())
        messages.critical(
            nullptr, QCoreApplication::translate("main", "Cannot connect to the clinic server"),
            QCoreApplication::translate("main",
                                        "%1\n\nTo work on this computer's own clinic file instead, "
                                        "start NeedleChart with --database FILE, or choose File > "
                                        "Connect to clinic server... and clear the address.")
                .arg(error.message));
}

// Connects to the clinic server with libpq's own password sources (~/.pgpass, a service file);
// if the server asks for a password, a dialog asks for it (never stored anywhere).
Result<std::unique_ptr<ClinicServices>> connectToServer(const QString& address, const Clock& clock)
{
    auto opened = ClinicServices::openServer(address, QString(), clock, MuscleCatalogue::builtIn());
    for (int attempt = 0; attempt < PasswordAttempts && !opened
                          && opened.error().code == ErrorCode::Authentication && !isHeadless();
         ++attempt) {
        bool accepted = false;
        const QString password = QInputDialog::getText(
            nullptr, QCoreApplication::translate("main", "Clinic server password"),
            QCoreApplication::translate("main", "%1\n\nPassword:").arg(opened.error().message),
            QLineEdit::Password, QString(), &accepted);
        if (!accepted)
            break;
        opened = ClinicServices::openServer(address, password, clock, MuscleCatalogue::builtIn());
    }
    return opened;
}

// `needlechart leaflet --pdf FILE`: the leaflet as the clinic prints it, without a window.
int writeLeaflet(ClinicServices& services, const CommandLineOptions& options,
                 const std::optional<User>& user)
{
    LeafletContent content;
    auto profile = services.clinic().profile();
    auto leaflet = options.leafletVersion > 0 ? services.clinic().leaflet(options.leafletVersion)
                                              : services.clinic().currentLeaflet();
    if (!profile.ok() || !leaflet.ok()) {
        printError((profile.ok() ? leaflet.error() : profile.error()).message);
        return 1;
    }
    content.clinic = *profile;
    content.leaflet = *leaflet;
    content.date = services.clock().today();
    if (options.patientId > 0 && user) {
        auto patient = services.patients().get(options.patientId, *user);
        if (!patient.ok()) {
            printError(patient.error().message);
            return 1;
        }
        content.patientName = patient->fullName();
    }
    const LeafletRenderer renderer(content);
    const Status written =
        renderer.exportPdf(options.pdfPath, options.letter ? QPageSize::Letter : QPageSize::A4);
    if (!written.ok()) {
        printError(written.error().message);
        return 1;
    }
    spdlog::info("leaflet version {} written as PDF", content.leaflet.version);
    return 0;
}

// `needlechart day-sheet --pdf FILE` and `needlechart appointment-card --pdf FILE`.
int writeAppointmentPaper(UiContext& context, const CommandLineOptions& options)
{
    const AppointmentDocuments documents(context);
    const bool daySheet = options.command == QStringLiteral("day-sheet");
    const QDate day = options.date.isValid() ? options.date : context.patients.clock().today();
    const Status written = daySheet
                               ? documents.exportDaySheetPdf(day, options.pdfPath)
                               : documents.exportCardPdf(options.appointmentId, options.pdfPath);
    if (!written.ok()) {
        printError(written.error().message);
        return 1;
    }
    if (daySheet)
        spdlog::info("day sheet written as PDF");
    else
        spdlog::info("appointment card for appointment {} written as PDF", options.appointmentId);
    return 0;
}

// `needlechart session-summary --pdf FILE --session ID`.
int writeSessionSummary(UiContext& context, const CommandLineOptions& options)
{
    const Status written =
        SessionDocuments(context).exportSummaryPdf(options.sessionId, options.pdfPath);
    if (!written.ok()) {
        printError(written.error().message);
        return 1;
    }
    spdlog::info("session summary of note {} written as PDF", options.sessionId);
    return 0;
}

// What the window asked for as it closed: a restored database to put in place of the clinic's
// file once nothing has it open (after everything in runApplication is destroyed).
struct PendingRestore {
    QString restoredPath;
    QString databasePath;
};

int runApplication(int argc, char* argv[], PendingRestore& pendingRestore)
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    QApplication::setOrganizationName(QStringLiteral("NeedleChart"));
    QApplication::setApplicationName(QStringLiteral("NeedleChart"));
    QApplication::setApplicationVersion(QStringLiteral(NEEDLECHART_VERSION));
    // A command that writes a file needs no display: do not ask for one.
    if (CommandLineOptions::isHeadlessCommand(argc, argv)
        && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
        && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    // The desktop matches the window to its entry (org.needlechart.NeedleChart.desktop) and
    // its icon; the icon is set here too for desktops that do not look it up.
    QGuiApplication::setDesktopFileName(QStringLiteral("org.needlechart.NeedleChart"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/org.needlechart.NeedleChart.svg")));
    AppSettings settings;
    // The language (--language, else View > Language, else the desktop's) before any text is
    // made, the command line's help included.
    const QString languageArgument =
        CommandLineOptions::earlyValue(app.arguments(), QStringLiteral("--language"));
    Translations::apply(languageArgument.isEmpty() ? settings.language() : languageArgument);
    const QString appearanceArgument =
        CommandLineOptions::earlyValue(app.arguments(), QStringLiteral("--appearance"));
    Appearance::apply(appearanceArgument.isEmpty() ? settings.appearance() : appearanceArgument);
    if (AdminCommand::isAdminCommand(argc, argv)) {
        Logging::initialize(AppPaths::logDirectory(), false);
        return AdminCommand::run(app);
    }
    // Across the whole app, the wheel scrolls; it changes a field's value only while it has focus.
    const WheelGuard wheelGuard;
    const CommandLineOptions options = CommandLineOptions::parse(app);

    Logging::initialize(AppPaths::logDirectory(), LogToConsole);
    spdlog::info("NeedleChart {} starting", NEEDLECHART_VERSION);

    QtMessagePresenter messages;
    // A clinic server (--server, or the one this workstation was pointed at) or a file
    // (--database, or the default one).
    const QString serverAddress = !options.serverAddress.isEmpty() ? options.serverAddress
                                  : options.databasePath.isEmpty() ? settings.clinicServer()
                                                                   : QString();
    const bool useDefaultDatabase = options.databasePath.isEmpty() && serverAddress.isEmpty();
    const QString databasePath =
        useDefaultDatabase ? AppPaths::defaultDatabasePath() : options.databasePath;
    // The very first start of an installation opens on the demo clinic, so there is something
    // to look at; a clinic's real database starts from its own file (--database).
    const bool firstStart = useDefaultDatabase && !QFileInfo::exists(databasePath);

    // Declared in dependency order: destroyed in reverse, the window before what it uses.
    SystemClock clock;
    auto opened = serverAddress.isEmpty()
                      ? ClinicServices::openFile(databasePath, clock, MuscleCatalogue::builtIn())
                      : connectToServer(serverAddress, clock);
    if (!opened.ok()) {
        if (serverAddress.isEmpty())
            reportUnusableDatabase(databasePath, opened.error(), messages);
        else
            reportUnusableServer(opened.error(), messages);
        return ExitCannotOpenDatabase;
    }
    ClinicServices& services = **opened;

    if (const Status indexed = services.ensureSearchIndex(); !indexed.ok()) {
        // Search may miss patients until the index can be rebuilt; the list itself still works.
        printError(
            QStringLiteral("cannot update the search index: %1").arg(indexed.error().message));
        spdlog::error("search index not rebuilt: {}", errorCodeName(indexed.error().code));
    }
    const bool headless = !options.command.isEmpty();
    if (firstStart || options.demo) {
        // A window with the steps once the fill has taken half a second (a slow disk, a
        // server); a command on the command line only writes to the log.
        std::optional<StepProgress> progress;
        if (!headless)
            progress.emplace(nullptr,
                             QCoreApplication::translate("main", "Creating the demo clinic"),
                             DemoSessions::PopulateClinicSteps);
        DemoClinicFill::fillIfEmpty(services,
                                    progress ? progress->callback() : DemoSessions::StepReport{});
    }

    // Who is using the application: the account of --login, or whoever signs in in the
    // sign-in window. A command that writes patient data to paper needs an account too.
    const bool personalLeaflet =
        options.command == QStringLiteral("leaflet") && options.patientId > 0;
    std::optional<User> signedIn;
    if (!options.login.isEmpty()) {
        auto user =
            CommandLineSignIn::signIn(services.accounts(), options.login, options.passwordFile);
        if (!user) {
            printError(user.error().message);
            return ExitSignInRefused;
        }
        signedIn = *user;
    } else if (headless && (personalLeaflet || options.command != QStringLiteral("leaflet"))) {
        printError(QCoreApplication::translate("main",
                                               "%1 prints patient data: sign in with --login NAME "
                                               "[--password-file FILE]")
                       .arg(options.command));
        return ExitSignInRefused;
    }
    if (options.command == QStringLiteral("leaflet"))
        return writeLeaflet(services, options, signedIn);
    if (!signedIn) {
        SignInFlow flow(services.accounts(), services.clinic(), messages);
        // --quit-after-show and --screenshot without --login end at the sign-in window.
        int hookStatus = 0;
        flow.setDialogHook([&](QDialog& dialog) {
            if (!options.screenshotPath.isEmpty()) {
                QTimer::singleShot(0, &dialog, [&dialog, &hookStatus, &options] {
                    if (!dialog.grab().save(options.screenshotPath, "PNG")) {
                        printError(QStringLiteral("cannot write the screenshot to %1")
                                       .arg(QDir::toNativeSeparators(options.screenshotPath)));
                        hookStatus = 1;
                    }
                    dialog.reject();
                });
            } else if (options.quitAfterShow) {
                // Before the application's event loop runs, quitting means closing the dialog.
                auto* watcher = new FirstPaintWatcher(dialog, sinceStart, false, "sign-in window");
                watcher->setParent(&dialog);
                watcher->afterPaint([&dialog] { dialog.reject(); });
            }
        });
        auto result = flow.run(services.databaseDisplayName());
        if (!result) {
            spdlog::info("nobody signed in; NeedleChart exiting");
            return hookStatus;
        }
        signedIn = result->user;
    }
    const User user = *signedIn;
    spdlog::info("account {} signed in as {}", user.accountId, user.roles.toText().toStdString());
    UiContext context = UiContext::of(services, settings, messages, user);
    if (options.command == QStringLiteral("day-sheet")
        || options.command == QStringLiteral("appointment-card"))
        return writeAppointmentPaper(context, options);
    if (options.command == QStringLiteral("session-summary"))
        return writeSessionSummary(context, options);
    MainWindow window(context);
    FirstPaintWatcher firstPaint(window, sinceStart,
                                 options.quitAfterShow && options.screenshotPath.isEmpty());
    // The statements of opening a patient are prepared while the person looks at the list.
    firstPaint.afterPaint([&services] {
        if (auto prepared = services.prepareStatements(); !prepared)
            spdlog::warn("could not prepare the statements ahead: {}",
                         prepared.error().message.toStdString());
    });
    window.show();
    // Once a day every page of the file is read, in the background (not for a screenshot or a
    // start-up measurement, which quit at once).
    BackgroundFileCheck fileCheck(&window, settings, messages, services.databasePath());
    if (!options.quitAfterShow && options.screenshotPath.isEmpty() && !services.isOnServer())
        fileCheck.startIfDue(QDate::currentDate());

    // The clinic's backups: the status for everyone, a warning at start for admins, and on a
    // clinic file the automatic backups on a worker thread with a connection of its own (on a
    // server the server's schedule runs `needlechart admin backup`).
    const bool interactive = !options.quitAfterShow && options.screenshotPath.isEmpty();
    AutomaticBackups::Job backupJob;
    if (interactive && !services.isOnServer())
        backupJob =
            [path = services.databasePath()](bool closing) -> Result<std::optional<BackupRun>> {
            SystemClock ownClock;
            auto own = ClinicServices::openFile(path, ownClock, MuscleCatalogue::builtIn());
            if (!own)
                return own.error();
            return (*own)->backups().backupIfDue(closing);
        };
    AutomaticBackups automaticBackups(&window, services.backups(), messages, backupJob);
    if (interactive)
        QTimer::singleShot(0, &window, [&automaticBackups, &user] {
            automaticBackups.start(user.may(Permission::Backups));
        });

    // Another clinic database chosen (File > Connect to clinic server...): the window closes as
    // on quitting (drafts saved), and NeedleChart starts again on the saved choice.
    // Signing out starts again on the same database, at the sign-in window.
    const auto restartWithout = [&window](const QStringList& dropped) {
        if (!window.close())
            return;
        QStringList arguments = QCoreApplication::arguments().mid(1);
        for (const QString& option : dropped) {
            const qsizetype at = arguments.indexOf(option);
            if (at >= 0)
                arguments.remove(at, std::min<qsizetype>(2, arguments.size() - at));
        }
        arguments.removeAll(QStringLiteral("--demo"));
        QProcess::startDetached(QCoreApplication::applicationFilePath(), arguments);
        QCoreApplication::quit();
    };
    const QStringList signInOptions = {QStringLiteral("--login"),
                                       QStringLiteral("--password-file")};
    QObject::connect(&window, &MainWindow::restartRequested, &window, [=] {
        restartWithout(signInOptions
                       + QStringList{QStringLiteral("--database"), QStringLiteral("--server")});
    });
    QObject::connect(&window, &MainWindow::restoreRequested, &window,
                     [&window, &pendingRestore, databasePath](const QString& restoredPath) {
                         pendingRestore = PendingRestore{restoredPath, databasePath};
                         if (!window.close()) { // a note could not be saved: nothing restored
                             QFile::remove(restoredPath);
                             pendingRestore = {};
                             return;
                         }
                         QCoreApplication::quit();
                     });
    bool signingOut = false;
    QObject::connect(&window, &MainWindow::signOutRequested, &window, [=, &signingOut] {
        signingOut = true;
        restartWithout(signInOptions);
    });
    // Other workstations' changes arrive by themselves, and a lost server is noticed and
    // reconnected (nothing happens on a file).
    if (!options.quitAfterShow && options.screenshotPath.isEmpty())
        services.serverLink().start();

    if (!options.screenshotPath.isEmpty()) {
        QTimer::singleShot(0, &window, [&window, path = options.screenshotPath] {
            const bool saved = window.grab().save(path, "PNG");
            if (!saved)
                printError(QStringLiteral("cannot write the screenshot to %1")
                               .arg(QDir::toNativeSeparators(path)));
            QCoreApplication::exit(saved ? 0 : 1);
        });
    }
    const int status = QApplication::exec();
    if (pendingRestore.restoredPath.isEmpty())
        automaticBackups.finish(); // a restore took its own backup of these records
    if (Status recorded = services.audit().recordAlone(
            user, AuditAction::SignOut, {}, AuditEvent::Outcome::Done,
            signingOut ? QStringLiteral("signed out") : QStringLiteral("quit"));
        !recorded)
        spdlog::error("the sign-out could not be audited: {}",
                      errorCodeName(recorded.error().code));
    spdlog::info("account {} signed out; NeedleChart exiting with status {}", user.accountId,
                 status);
    return status;
}

} // namespace

int main(int argc, char* argv[])
{
    PendingRestore pendingRestore;
    // QGuiApplication would take --session for the desktop's session manager.
    std::vector<QByteArray> storage = CommandLineOptions::shieldFromQt(argc, argv);
    std::vector<char*> shielded;
    for (QByteArray& argument : storage)
        shielded.push_back(argument.data());
    shielded.push_back(nullptr);
    argv = shielded.data();
    const int status = runApplication(argc, argv, pendingRestore);
    if (pendingRestore.restoredPath.isEmpty())
        return status;
    // Everything that had the clinic's file open is gone: the restored file takes its place
    // (the replaced one is kept beside it) and NeedleChart starts again on it.
    QApplication app(argc, argv);
    auto placed = BackupRestorer::putInPlace(
        pendingRestore.restoredPath, pendingRestore.databasePath, QDateTime::currentDateTimeUtc());
    if (!placed) {
        spdlog::error("restore: could not put the restored database in place ({})",
                      errorCodeName(placed.error().code));
        QMessageBox::critical(
            nullptr, QCoreApplication::translate("main", "Restore from Backup"),
            QCoreApplication::translate("main", "%1\n\nThe clinic's records were not changed; the "
                                                "restored copy is kept as %2.")
                .arg(placed.error().message, pendingRestore.restoredPath));
        return 1;
    }
    spdlog::info("restore: the clinic's database was replaced; starting again");
    QStringList arguments = QCoreApplication::arguments().mid(1);
    arguments.removeAll(QStringLiteral("--demo"));
    QProcess::startDetached(QCoreApplication::applicationFilePath(), arguments);
    return 0;
}
