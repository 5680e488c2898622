// NeedleChart's entry point: reads the command line, opens the database (refusing, untouched, a
// file that cannot be used), assembles the services and shows the main window. Everything here
// runs before the window appears, so it stays short: no work that can wait belongs here.
#include "needlechart/domain/bodymap/MuscleCatalogue.h"
#include "needlechart/domain/common/SystemClock.h"
#include "needlechart/services/common/AppPaths.h"
#include "needlechart/services/common/ChangeNotifier.h"
#include "needlechart/services/common/ClinicServices.h"
#include "needlechart/services/common/Logging.h"
#include "needlechart/services/demo/DemoSessions.h"
#include "needlechart/services/patients/PatientService.h"
#include "needlechart/services/session/SessionService.h"
#include "needlechart/ui/bodymap/TriggerPointPlacement.h"
#include "needlechart/ui/common/QtMessagePresenter.h"
#include "needlechart/ui/common/UiContext.h"
#include "needlechart/ui/common/WheelGuard.h"
#include "needlechart/ui/mainwindow/BackgroundFileCheck.h"
#include "needlechart/ui/mainwindow/MainWindow.h"
#include "needlechart/ui/paper/AppointmentDocuments.h"
#include "needlechart/ui/paper/LeafletRenderer.h"
#include "needlechart/ui/settings/AppSettings.h"

#include "CommandLineOptions.h"
#include "FirstPaintWatcher.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTimer>

#include <spdlog/spdlog.h>

#include <cstdio>

namespace {

using namespace needlechart;

constexpr int ExitCannotOpenDatabase = 2;
constexpr int DemoPatientCount = 200;
// Fixed so every demo clinic holds the same made-up patients: screenshots, manuals and support
// calls all see the same list.
constexpr quint32 DemoSeed = 20240601;
#ifdef NDEBUG
constexpr bool LogToConsole = false;
#else
constexpr bool LogToConsole = true;
#endif

// main() belongs to no class, so there is no Q_DECLARE_TR_FUNCTIONS to give its messages a
// context; this one helper names it ("main") for every message of the start-up.
QString translate(const char* text)
{
    return QCoreApplication::translate("main", text);
}

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
        messages.critical(nullptr, translate("Cannot open the database"),
                          translate("NeedleChart cannot open %1.\n\n%2\n\nThe file has not been "
                                    "changed.")
                              .arg(shownPath, error.message));
    }
}

// Fills the database with the demo clinic if it holds no patients yet; never adds to real data.
void fillEmptyWithDemoClinic(ClinicServices& services)
{
    const Result<int> existing = services.patients().count(PatientQuery{});
    if (!existing.ok() || existing.value() > 0)
        return;
    // Each point goes where the body map draws its muscle.
    const TriggerPointPlacement placement;
    const Result<int> notes = DemoSessions::populateClinic(
        services, DemoPatientCount, DemoSeed,
        [&placement](const MuscleId& muscle, BodySide side) -> std::optional<TriggerPoint> {
            auto placed = placement.place(muscle, side);
            if (!placed)
                return std::nullopt;
            return TriggerPoint(0, placed->view, muscle, side, placed->position);
        });
    if (!notes.ok()) {
        printError(QStringLiteral("cannot create the demo clinic: %1").arg(notes.error().message));
        spdlog::error("demo clinic not created: {}", errorCodeName(notes.error().code));
        return;
    }
    spdlog::info("demo clinic created with {} patients and {} session notes", DemoPatientCount,
                 notes.value());
}

// `needlechart leaflet --pdf FILE`: the leaflet as the clinic prints it, without a window.
int writeLeaflet(ClinicServices& services, const CommandLineOptions& options)
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
    if (options.patientId > 0) {
        auto patient = services.patients().get(options.patientId);
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

} // namespace

int main(int argc, char* argv[])
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
    // Across the whole app, the wheel scrolls; it changes a field's value only while it has focus.
    const WheelGuard wheelGuard;
    const CommandLineOptions options = CommandLineOptions::parse(app);

    Logging::initialize(AppPaths::logDirectory(), LogToConsole);
    spdlog::info("NeedleChart {} starting", NEEDLECHART_VERSION);

    QtMessagePresenter messages;
    const bool useDefaultDatabase = options.databasePath.isEmpty();
    const QString databasePath =
        useDefaultDatabase ? AppPaths::defaultDatabasePath() : options.databasePath;
    // The very first start of an installation opens on the demo clinic, so there is something
    // to look at; a clinic's real database starts from its own file (--database).
    const bool firstStart = useDefaultDatabase && !QFileInfo::exists(databasePath);

    // Declared in dependency order: destroyed in reverse, the window before what it uses.
    SystemClock clock;
    auto opened = ClinicServices::openFile(databasePath, clock, MuscleCatalogue::builtIn());
    if (!opened.ok()) {
        reportUnusableDatabase(databasePath, opened.error(), messages);
        return ExitCannotOpenDatabase;
    }
    ClinicServices& services = **opened;

    if (const Status indexed = services.ensureSearchIndex(); !indexed.ok()) {
        // Search may miss patients until the index can be rebuilt; the list itself still works.
        printError(
            QStringLiteral("cannot update the search index: %1").arg(indexed.error().message));
        spdlog::error("search index not rebuilt: {}", errorCodeName(indexed.error().code));
    }
    if (firstStart || options.demo)
        fillEmptyWithDemoClinic(services);
    if (options.command == QStringLiteral("leaflet"))
        return writeLeaflet(services, options);

    AppSettings settings;
    // Until staff accounts exist, the person charting is the workstation's login (or --user).
    User user;
    user.login = qEnvironmentVariable("USER", QStringLiteral("clinician"));
    user.displayName = options.userName.isEmpty() ? user.login : options.userName;
    user.role = options.frontDesk ? StaffRole::FrontDesk : StaffRole::Clinician;
    spdlog::info("running as a {}", enumKey(user.role).toStdString());
    UiContext context = UiContext::of(services, settings, messages, user);
    if (options.command == QStringLiteral("day-sheet")
        || options.command == QStringLiteral("appointment-card"))
        return writeAppointmentPaper(context, options);
    MainWindow window(context);
    FirstPaintWatcher firstPaint(window, sinceStart,
                                 options.quitAfterShow && options.screenshotPath.isEmpty());
    window.show();
    // Once a day every page of the file is read, in the background (not for a screenshot or a
    // start-up measurement, which quit at once).
    BackgroundFileCheck fileCheck(&window, settings, messages, services.databasePath());
    if (!options.quitAfterShow && options.screenshotPath.isEmpty())
        fileCheck.startIfDue(QDate::currentDate());

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
    spdlog::info("NeedleChart exiting with status {}", status);
    return status;
}
