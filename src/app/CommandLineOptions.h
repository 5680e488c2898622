#pragma once

#include <QString>

class QCoreApplication;

namespace needlechart {

// What the command line asked for. Parsed the usual Qt way: --help and --version print and
// exit, and an unknown option prints an error and exits with status 1.
struct CommandLineOptions {
    QString databasePath; // empty: AppPaths::defaultDatabasePath()
    bool demo = false;    // fill a new or empty database with the demo clinic
    bool quitAfterShow = false;
    QString screenshotPath; // save the shown main window as PNG here, then exit
    QString userName;       // who is charting, as written on notes; empty: the login name
    bool frontDesk = false; // run as the front desk (no clinical notes)

    // Reads QCoreApplication::arguments(); may exit the process (help, version, bad option).
    [[nodiscard]] static CommandLineOptions parse(const QCoreApplication& app);
};

} // namespace needlechart
