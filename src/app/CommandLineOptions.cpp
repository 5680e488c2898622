#include "CommandLineOptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>
#include <cstdlib>

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
    const QCommandLineOption serverOption(
        QStringLiteral("server"),
        QCoreApplication::translate(
            "CommandLineOptions",
            "Connect to the clinic's PostgreSQL server at ADDRESS (a connection URI such as "
            "postgresql://alex@clinic-server/needlechart?sslmode=verify-full) instead of a "
            "file. Passwords come from ~/.pgpass or a service file, or are asked for."),
        QCoreApplication::translate("CommandLineOptions", "ADDRESS"));
    const QCommandLineOption demoOption(
        QStringLiteral("demo"),
        QCoreApplication::translate("CommandLineOptions",
                                    "Fill a new or empty database with the demo clinic's made-up "
                                    "patients."));
    const QCommandLineOption quitAfterShowOption(
        QStringLiteral("quit-after-show"),
        QCoreApplication::translate("CommandLineOptions",
                                    "Exit as soon as the main window has been shown and painted "
                                    "(for timing start-up)."));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QCoreApplication::translate("CommandLineOptions",
                                    "Save a picture of the main window to FILE as PNG once it is "
                                    "shown, then exit."),
        QCoreApplication::translate("CommandLineOptions", "FILE"));
    const QCommandLineOption loginOption(
        QStringLiteral("login"),
        QCoreApplication::translate("CommandLineOptions",
                                    "Sign in as the staff account NAME instead of in the sign-in "
                                    "window (needed by day-sheet, appointment-card, "
                                    "session-summary and a personalised leaflet)."),
        QCoreApplication::translate("CommandLineOptions", "NAME"));
    const QCommandLineOption passwordFileOption(
        QStringLiteral("password-file"),
        QCoreApplication::translate("CommandLineOptions",
                                    "With --login: read the password from the first line of FILE "
                                    "(readable by you alone). Without it, the password is asked "
                                    "for on the terminal."),
        QCoreApplication::translate("CommandLineOptions", "FILE"));
    const QCommandLineOption pdfOption(
        QStringLiteral("pdf"),
        QCoreApplication::translate("CommandLineOptions",
                                    "leaflet, day-sheet, appointment-card, session-summary: "
                                    "write the PDF to FILE."),
        QCoreApplication::translate("CommandLineOptions", "FILE"));
    const QCommandLineOption patientOption(
        QStringLiteral("patient"),
        QCoreApplication::translate(
            "CommandLineOptions", "leaflet: personalise it for the patient with record number ID."),
        QCoreApplication::translate("CommandLineOptions", "ID"));
    const QCommandLineOption leafletVersionOption(
        QStringLiteral("leaflet-version"),
        QCoreApplication::translate("CommandLineOptions",
                                    "leaflet: print version N instead of the current one."),
        QCoreApplication::translate("CommandLineOptions", "N"));
    const QCommandLineOption letterOption(
        QStringLiteral("letter"),
        QCoreApplication::translate("CommandLineOptions",
                                    "leaflet: US Letter paper instead of A4."));
    const QCommandLineOption dateOption(
        QStringLiteral("date"),
        QCoreApplication::translate("CommandLineOptions",
                                    "day-sheet: the day, as YYYY-MM-DD (default: today)."),
        QCoreApplication::translate("CommandLineOptions", "DATE"));
    const QCommandLineOption appointmentOption(
        QStringLiteral("appointment"),
        QCoreApplication::translate("CommandLineOptions",
                                    "appointment-card: the booking with number ID."),
        QCoreApplication::translate("CommandLineOptions", "ID"));
    const QCommandLineOption sessionOption(
        QStringList{QStringLiteral("session"), QStringLiteral("session-id")},
        QCoreApplication::translate("CommandLineOptions",
                                    "session-summary: the treatment note with number ID."),
        QCoreApplication::translate("CommandLineOptions", "ID"));
    const QCommandLineOption languageOption(
        QStringLiteral("language"),
        QCoreApplication::translate("CommandLineOptions",
                                    "Speak LANGUAGE (en, de) for this run instead of the one "
                                    "chosen under View > Language."),
        QCoreApplication::translate("CommandLineOptions", "LANGUAGE"));
    const QCommandLineOption appearanceOption(
        QStringLiteral("appearance"),
        QCoreApplication::translate("CommandLineOptions",
                                    "Look light or dark (APPEARANCE: light, dark) for this run "
                                    "instead of as chosen under View > Appearance."),
        QCoreApplication::translate("CommandLineOptions", "APPEARANCE"));
    parser.addPositionalArgument(
        QStringLiteral("command"),
        QCoreApplication::translate(
            "CommandLineOptions",
            "Optional, instead of starting the application: \"leaflet\" writes the dry "
            "needling information leaflet, \"day-sheet\" the front desk's day sheet, "
            "\"appointment-card\" a patient's appointment card, \"session-summary\" a "
            "treatment note, each as a PDF (--pdf)."),
        QStringLiteral("[leaflet|day-sheet|appointment-card|session-summary]"));
    parser.addOptions({databaseOption, serverOption, demoOption, quitAfterShowOption,
                       screenshotOption, loginOption, passwordFileOption, pdfOption, patientOption,
                       leafletVersionOption, letterOption, dateOption, appointmentOption,
                       sessionOption, languageOption, appearanceOption});
    parser.process(app);

    CommandLineOptions options;
    options.databasePath = parser.value(databaseOption);
    options.serverAddress = parser.value(serverOption).trimmed();
    if (!options.databasePath.isEmpty() && !options.serverAddress.isEmpty()) {
        std::fprintf(stderr, "needlechart: %s\n",
                     qUtf8Printable(QCoreApplication::translate(
                         "CommandLineOptions", "--database and --server cannot be used together")));
        std::exit(1);
    }
    options.demo = parser.isSet(demoOption);
    options.quitAfterShow = parser.isSet(quitAfterShowOption);
    options.screenshotPath = parser.value(screenshotOption);
    options.login = parser.value(loginOption).trimmed().toLower();
    options.passwordFile = parser.value(passwordFileOption);

    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1
        || (positional.size() == 1 && !commands().contains(positional.first()))) {
        std::fprintf(stderr, "%s\n",
                     qUtf8Printable(QCoreApplication::translate("CommandLineOptions",
                                                                "needlechart: unknown command: %1")
                                        .arg(positional.join(QLatin1Char(' ')))));
        std::exit(1);
    }
    options.command = positional.value(0);
    options.pdfPath = parser.value(pdfOption);
    options.patientId = parser.value(patientOption).toLongLong();
    options.leafletVersion = parser.value(leafletVersionOption).toInt();
    options.letter = parser.isSet(letterOption);
    options.appointmentId = parser.value(appointmentOption).toLongLong();
    options.sessionId = parser.value(sessionOption).toLongLong();
    const auto refuse = [](const QString& message) {
        std::fprintf(stderr, "needlechart: %s\n", qUtf8Printable(message));
        std::exit(1);
    };
    if (!options.command.isEmpty() && options.pdfPath.isEmpty())
        refuse(QCoreApplication::translate("CommandLineOptions", "%1 needs --pdf FILE")
                   .arg(options.command));
    if (parser.isSet(dateOption)) {
        options.date = QDate::fromString(parser.value(dateOption), Qt::ISODate);
        if (!options.date.isValid())
            refuse(QCoreApplication::translate("CommandLineOptions",
                                               "--date needs a date as YYYY-MM-DD, not \"%1\"")
                       .arg(parser.value(dateOption)));
    }
    if (!options.passwordFile.isEmpty() && options.login.isEmpty())
        refuse(QCoreApplication::translate("CommandLineOptions",
                                           "--password-file needs --login NAME"));
    if (options.command == QStringLiteral("appointment-card") && options.appointmentId <= 0)
        refuse(QCoreApplication::translate("CommandLineOptions",
                                           "appointment-card needs --appointment ID"));
    if (options.command == QStringLiteral("session-summary") && options.sessionId <= 0)
        refuse(QCoreApplication::translate("CommandLineOptions",
                                           "session-summary needs --session ID"));
    return options;
}

QStringList CommandLineOptions::commands()
{
    return {QStringLiteral("leaflet"), QStringLiteral("day-sheet"),
            QStringLiteral("appointment-card"), QStringLiteral("session-summary")};
}

std::vector<QByteArray> CommandLineOptions::shieldFromQt(int argc, char** argv)
{
    std::vector<QByteArray> arguments;
    for (int i = 0; i < argc; ++i) {
        QByteArray argument(argv[i]);
        if (argument == "--session" || argument == "-session")
            argument = "--session-id";
        else if (argument.startsWith("--session="))
            argument = "--session-id=" + argument.mid(int(qstrlen("--session=")));
        arguments.push_back(argument);
    }
    return arguments;
}

QString CommandLineOptions::earlyValue(const QStringList& arguments, const QString& option)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString& argument = arguments.at(i);
        if (argument == option)
            return arguments.value(i + 1).trimmed();
        if (argument.startsWith(option + QLatin1Char('=')))
            return argument.mid(option.size() + 1).trimmed();
    }
    return {};
}

bool CommandLineOptions::isHeadlessCommand(int argc, char** argv)
{
    if (argc > 1 && qstrcmp(argv[1], "admin") == 0)
        return true;
    const QStringList names = commands();
    // Asking for the help or the version prints and exits: possible over ssh, in a package's
    // check, anywhere without a display.
    const QStringList printing{QStringLiteral("--help"), QStringLiteral("-h"),
                               QStringLiteral("--help-all"), QStringLiteral("--version"),
                               QStringLiteral("-v")};
    for (int i = 1; i < argc; ++i) {
        const QString argument = QString::fromLocal8Bit(argv[i]);
        if (names.contains(argument) || printing.contains(argument))
            return true;
    }
    return false;
}

} // namespace needlechart
