#pragma once

#include <QByteArray>
#include <QDate>
#include <QString>
#include <QStringList>

#include <vector>

class QCoreApplication;

namespace needlechart {

// What the command line asked for. Parsed the usual Qt way: --help and --version print and
// exit, and an unknown option prints an error and exits with status 1.
struct CommandLineOptions {
    QString databasePath;  // empty: AppPaths::defaultDatabasePath()
    QString serverAddress; // --server: a clinic server's libpq address instead of a file
    bool demo = false;     // fill a new or empty database with the demo clinic
    bool quitAfterShow = false;
    QString screenshotPath; // save the shown main window as PNG here, then exit
    // Signing in without the sign-in window: the account's login and a file holding its
    // password (first line). Headless commands that read patient data need them (or, on a
    // terminal, ask for the password); the application uses them instead of asking.
    QString login;
    QString passwordFile;

    // `needlechart leaflet --pdf FILE [--patient ID] [--leaflet-version N] [--letter]` writes
    // the information leaflet as a PDF without showing a window.
    // `needlechart day-sheet --pdf FILE [--date YYYY-MM-DD]` writes a day's sheet (default today);
    // `needlechart appointment-card --pdf FILE --appointment ID` writes one booking's card;
    // `needlechart session-summary --pdf FILE --session ID` one treatment note (clinicians).
    QString command; // empty (start the application) or one of commands()
    QString pdfPath;
    QDate date;               // day-sheet: the day (null: today)
    qint64 appointmentId = 0; // appointment-card
    qint64 sessionId = 0;     // session-summary
    qint64 patientId = 0;
    int leafletVersion = 0; // 0: the current one
    bool letter = false;    // US Letter instead of A4

    // The commands that write a file instead of starting the application.
    [[nodiscard]] static QStringList commands();
    // The value of `option` ("--language de", "--language=de") in `arguments`, for what must be
    // known before the parser runs (its help is in that language already); empty if not given.
    [[nodiscard]] static QString earlyValue(const QStringList& arguments, const QString& option);
    // True if argv names a command that runs without a window (so no display is needed).
    [[nodiscard]] static bool isHeadlessCommand(int argc, char** argv);

    // argv with what Qt would take for itself renamed, to be passed to QApplication: the
    // session-summary's --session ID (QGuiApplication reads --session as the desktop session
    // manager's) becomes --session-id ID.
    [[nodiscard]] static std::vector<QByteArray> shieldFromQt(int argc, char** argv);

    // Reads QCoreApplication::arguments(); may exit the process (help, version, bad option).
    [[nodiscard]] static CommandLineOptions parse(const QCoreApplication& app);
};

} // namespace needlechart
