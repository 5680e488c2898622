#include "CommandLineOptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace needlechart {

CommandLineOptions CommandLineOptions::parse(const QCoreApplication& app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "CommandLineOptions", "Charting of trigger-point dry needling for physiotherapy clinics."));
    parser.addHelpOption();
    parser.addVersionOption();

    const QCommandLineOption databaseOption(
        QStringLiteral("database"),
        QCoreApplication::translate("CommandLineOptions",
                                    "Open the database FILE instead of the default one; it is "
                                    "created if it does not exist."),
        QCoreApplication::translate("CommandLineOptions", "FILE"));
    const QCommandLineOption demoOption(
        QStringLiteral("demo"),
        QCoreApplication::translate("CommandLineOptions",
                                    "Fill a new or empty database with the demo clinic's made-up "
                                    "patients."));
    const QCommandLineOption quitAfterShowOption(
        QStringLiteral("quit-after-show"),
        QCoreApplication::translate("CommandLineOptions",
                                    "Exit as soon as the main window has been shown (for timing "
                                    "start-up)."));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QCoreApplication::translate("CommandLineOptions",
                                    "Save a picture of the main window to FILE as PNG once it is "
                                    "shown, then exit."),
        QCoreApplication::translate("CommandLineOptions", "FILE"));
    const QCommandLineOption userOption(
        QStringLiteral("user"),
        QCoreApplication::translate("CommandLineOptions",
                                    "Chart as NAME (written on notes and amendments); the default "
                                    "is the login name."),
        QCoreApplication::translate("CommandLineOptions", "NAME"));
    const QCommandLineOption frontDeskOption(
        QStringLiteral("front-desk"),
        QCoreApplication::translate("CommandLineOptions",
                                    "Run as the front desk: patients only, no treatment notes."));
    parser.addOptions({databaseOption, demoOption, quitAfterShowOption, screenshotOption,
                       userOption, frontDeskOption});
    parser.process(app);

    CommandLineOptions options;
    options.databasePath = parser.value(databaseOption);
    options.demo = parser.isSet(demoOption);
    options.quitAfterShow = parser.isSet(quitAfterShowOption);
    options.screenshotPath = parser.value(screenshotOption);
    options.userName = parser.value(userOption).trimmed();
    options.frontDesk = parser.isSet(frontDeskOption);
    return options;
}

} // namespace needlechart
