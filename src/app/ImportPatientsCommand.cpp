#include "ImportPatientsCommand.h"

#include "needlechart/services/common/ClinicServices.h"
#include "needlechart/services/transfer/PatientImportService.h"

#include <QFile>
#include <QLocale>

#include <unistd.h>

#include <cstdio>

namespace needlechart {
namespace {

constexpr int ExitDone = 0;
constexpr int ExitFailed = 1;
constexpr int ExitCannotRun = 2;

void printLine(std::FILE* stream, const QString& line)
{
    std::fprintf(stream, "%s\n", qUtf8Printable(line));
}

void printError(const QString& line)
{
    std::fprintf(stderr, "needlechart admin: %s\n", qUtf8Printable(line));
}

QString number(qint64 value)
{
    return QLocale().toString(value);
}

QString delimiterName(QChar delimiter)
{
    if (delimiter == QLatin1Char('\t'))
        return QCoreApplication::translate("ImportPatientsCommand", "tab");
    return QStringLiteral("'") + delimiter + QStringLiteral("'");
}

// --columns "family-name,given-name,ignore": one key per column, each a known field.
Result<QList<PatientImport::Field>> parseColumns(const QString& text)
{
    QList<PatientImport::Field> columns;
    for (const QString& key : text.split(QLatin1Char(','))) {
        const auto field = enumFromKey<PatientImport::Field>(key.trimmed());
        if (!field) {
            QStringList known;
            for (const auto& entry : EnumText<PatientImport::Field>::Entries)
                known.append(QString::fromLatin1(entry.key));
            return Error{ErrorCode::Validation,
                         QCoreApplication::translate("ImportPatientsCommand",
                                                     "Unknown column field \"%1\"; use one of: %2.")
                             .arg(key.trimmed(), known.join(QStringLiteral(", "))),
                         {},
                         {}};
        }
        columns.append(*field);
    }
    return columns;
}

// The mapping the options ask for, starting from the guess.
Result<PatientImport::Mapping> mappingFor(const CsvTable& table,
                                          const ImportPatientsCommand::Options& options)
{
    PatientImport::Mapping mapping = PatientImport::guessMapping(table);
    if (!options.columns.isEmpty()) {
        auto columns = parseColumns(options.columns);
        if (!columns)
            return columns.error();
        mapping.columns = *columns;
    }
    if (options.noHeader)
        mapping.firstRowIsHeader = false;
    if (!options.dateOrder.isEmpty()) {
        const auto order = enumFromKey<PatientImport::DateOrder>(options.dateOrder);
        if (!order)
            return Error{ErrorCode::Validation,
                         QCoreApplication::translate(
                             "ImportPatientsCommand",
                             "Unknown date order \"%1\"; use day-month-year, month-day-year or "
                             "year-month-day.")
                             .arg(options.dateOrder),
                         {},
                         {}};
        mapping.dateOrder = *order;
    }
    if (!mapping.columns.contains(PatientImport::Field::FamilyName)
        || !mapping.columns.contains(PatientImport::Field::GivenName))
        return Error{ErrorCode::Validation,
                     QCoreApplication::translate(
                         "ImportPatientsCommand",
                         "No column of the file is known to hold the family or given name. "
                         "Name each column with --columns (for example "
                         "--columns family-name,given-name,date-of-birth)."),
                     {},
                     {}};
    return mapping;
}

// "Nachname → Family name, Telefon → Phone; dates day-month-year"
QString describeMapping(const CsvTable& table, const PatientImport::Mapping& mapping)
{
    const QStringList headings =
        mapping.firstRowIsHeader ? table.rows().first().fields : QStringList{};
    QStringList parts;
    for (qsizetype column = 0; column < mapping.columns.size(); ++column) {
        if (mapping.columns[column] == PatientImport::Field::Ignore)
            continue;
        const QString heading =
            column < headings.size()
                ? headings[column]
                : QCoreApplication::translate("ImportPatientsCommand", "column %1").arg(column + 1);
        parts.append(heading + QStringLiteral(" \u2192 ") + enumLabel(mapping.columns[column]));
    }
    return QCoreApplication::translate("ImportPatientsCommand", "Columns: %1. Dates: %2.")
        .arg(parts.join(QStringLiteral(", ")), enumLabel(mapping.dateOrder));
}

void printReport(const PatientImportService::Check& check)
{
    for (const PatientImport::Candidate& row : check.rows) {
        for (const FieldError& error : row.errors)
            printLine(stdout, QCoreApplication::translate("ImportPatientsCommand", "Line %1: %2")
                                  .arg(row.line)
                                  .arg(error.message));
    }
    for (const PatientImportService::Duplicate& duplicate : check.duplicates) {
        for (const PatientSummary& registered : duplicate.registered)
            printLine(stdout, QCoreApplication::translate(
                                  "ImportPatientsCommand",
                                  "Line %1 may be patient %2 already registered: %3, %4, born %5.")
                                  .arg(duplicate.line)
                                  .arg(registered.id)
                                  .arg(registered.familyName, registered.givenName,
                                       registered.dateOfBirth.toString(Qt::ISODate)));
        if (duplicate.earlierLine != 0)
            printLine(stdout,
                      QCoreApplication::translate("ImportPatientsCommand",
                                                  "Line %1 may be the same person as line %2.")
                          .arg(duplicate.line)
                          .arg(duplicate.earlierLine));
    }
}

} // namespace

int ImportPatientsCommand::run(ClinicServices& services, const User& user, const Options& options)
{
    QFile in(options.file);
    if (!in.open(QIODevice::ReadOnly)) {
        printError(tr("Cannot read %1: %2").arg(options.file, in.errorString()));
        return ExitCannotRun;
    }
    auto source = PatientImportService::read(in.readAll());
    if (!source) {
        printError(source.error().message);
        return ExitFailed;
    }
    auto mapping = mappingFor(source->table, options);
    if (!mapping) {
        printError(mapping.error().message);
        return ExitCannotRun;
    }
    PatientImportService& importer = services.patientImport();
    auto check = importer.check(source->table, *mapping, user);
    if (!check) {
        printError(check.error().message);
        return ExitFailed;
    }
    printLine(stdout, tr("Rows read: %1 (%2, delimiter %3).")
                          .arg(number(check->rows.size()), DecodedText::nameOf(source->encoding),
                               delimiterName(source->table.delimiter())));
    printLine(stdout, describeMapping(source->table, *mapping));
    printReport(*check);

    const int failing = check->failingCount();
    PatientImportService::Choices choices;
    choices.skipFailing = options.skipInvalid;
    if (!check->duplicates.empty() && !options.duplicates.isEmpty()) {
        if (options.duplicates != QStringLiteral("skip")
            && options.duplicates != QStringLiteral("register")) {
            printError(tr("--duplicates takes skip or register."));
            return ExitCannotRun;
        }
        const auto choice = options.duplicates == QStringLiteral("skip")
                                ? PatientImportService::DuplicateChoice::Skip
                                : PatientImportService::DuplicateChoice::Register;
        for (const auto& duplicate : check->duplicates)
            choices.duplicates[duplicate.line] = choice;
    }
    if (options.dryRun) {
        printLine(stdout, tr("Dry run. Ready to register: %1. Cannot be registered: %2. Possible "
                             "duplicates: %3. Nothing was written.")
                              .arg(number(check->readyCount()), number(failing),
                                   number(qint64(check->duplicates.size()))));
        return ExitDone;
    }
    if (failing > 0 && !options.skipInvalid) {
        printError(tr("Rows that cannot be registered (listed above): %1. Correct the file, or "
                      "leave them out with --skip-invalid. Nothing was written.")
                       .arg(number(failing)));
        return ExitFailed;
    }
    if (!check->duplicates.empty() && options.duplicates.isEmpty()) {
        printError(tr("Rows that may be patients already registered (listed above): %1. Choose "
                      "--duplicates skip or --duplicates register. Nothing was written.")
                       .arg(number(qint64(check->duplicates.size()))));
        return ExitFailed;
    }

    const bool terminal = isatty(STDERR_FILENO) == 1;
    const auto progress = [terminal](int done, int total) {
        if (terminal) {
            std::fprintf(
                stderr, "\r\033[K%s",
                qUtf8Printable(tr("Importing: %1 of %2 rows").arg(number(done), number(total))));
            std::fflush(stderr);
        }
        return true;
    };
    auto outcome = importer.run(*check, choices, user, progress);
    if (terminal)
        std::fprintf(stderr, "\r\033[K");
    if (!outcome) {
        printError(outcome.error().message + QLatin1Char(' ') + tr("Nothing was written."));
        return ExitFailed;
    }
    printLine(stdout, tr("Patients registered: %1. Left out: rows that cannot be registered, %2; "
                         "possible duplicates, %3.")
                          .arg(number(outcome->registered), number(outcome->skippedFailing),
                               number(outcome->skippedDuplicates)));
    return ExitDone;
}

} // namespace needlechart
