// A libFuzzer harness for the patient import: the bytes of a file brought in from another system
// go through every step the import takes before it writes anything, and a handful of rules that
// must hold for any file at all are checked on the way.
//
// libFuzzer calls LLVMFuzzerTestOneInput() with one made-up file at a time, millions of them,
// and mutates the ones that reach new code. The run stops, and libFuzzer saves the input, when
//  - AddressSanitizer sees a memory error or a leak,
//  - UndefinedBehaviorSanitizer sees undefined behaviour (signed overflow, a bad shift, ...),
//  - an assert() fails (Result::value() on an error, say), or
//  - one of the invariants below is broken (FUZZ_CHECK prints which one and traps).
// scripts/fuzz.sh builds and runs it; tests/fuzz/corpus/README.md says what to do with a crash.

#include "needlechart/domain/common/Error.h"
#include "needlechart/domain/patients/Patient.h"
#include "needlechart/domain/transfer/CsvTable.h"
#include "needlechart/domain/transfer/DecodedText.h"
#include "needlechart/domain/transfer/PatientImport.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <cstdio>

// Stops the run when `condition` is false, naming it, so the crash report says which rule broke.
// __builtin_trap() is a crash libFuzzer catches like any other: it saves the input.
#define FUZZ_CHECK(condition)                                                                      \
    do {                                                                                           \
        if (!(condition)) {                                                                        \
            std::fprintf(stderr, "CsvImportFuzzer: invariant broken: %s (%s:%d)\n", #condition,    \
                         __FILE__, __LINE__);                                                      \
            __builtin_trap();                                                                      \
        }                                                                                          \
    } while (false)

namespace {

using needlechart::CsvTable;
using needlechart::DecodedText;
using needlechart::FieldError;
using needlechart::Patient;
using needlechart::PatientImport;
using needlechart::Sex;
using Field = PatientImport::Field;
using DateOrder = PatientImport::DateOrder;
namespace PatientFields = needlechart::PatientFields;

// Bigger inputs add nothing the fuzzer cannot find in smaller ones, and keep each run fast
// (scripts/fuzz.sh also passes -max_len=4096).
constexpr std::size_t MaxInputBytes = 64 * 1024;

// A fixed "today" for the registration rules, so a saved crash reproduces on any day.
const QDate Today(2026, 1, 15);

constexpr std::array<char16_t, 4> Delimiters{u',', u';', u'\t', u'|'};
constexpr std::array<DateOrder, 3> DateOrders{DateOrder::DayMonthYear, DateOrder::MonthDayYear,
                                              DateOrder::YearMonthDay};
// Every value of PatientImport::Field, Ignore to Notes, in declaration order.
constexpr int FieldCount = static_cast<int>(Field::Notes) + 1;

// The number of lines of `text`: one more than its line ends (CRLF, LF or a lone CR).
int lineCount(QStringView text)
{
    int lines = 1;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == u'\n'
            || (text[i] == u'\r' && !(i + 1 < text.size() && text[i + 1] == u'\n')))
            ++lines;
    }
    return lines;
}

// `table` written back out as CSV with every field quoted, as a spreadsheet would save it.
QString written(const CsvTable& table, QChar delimiter)
{
    QString out;
    for (const CsvTable::Row& row : table.rows()) {
        for (qsizetype i = 0; i < row.fields.size(); ++i) {
            if (i > 0)
                out.append(delimiter);
            QString field = row.fields[i];
            field.replace(QLatin1Char('"'), QStringLiteral("\"\""));
            out.append(QLatin1Char('"'));
            out.append(field);
            out.append(QLatin1Char('"'));
        }
        out.append(QStringLiteral("\r\n"));
    }
    return out;
}

// The decoder's promises: the encoding it names fits the bytes.
void checkDecoded(const QByteArray& bytes, const DecodedText& decoded)
{
    static const QByteArray bom("\xEF\xBB\xBF");
    FUZZ_CHECK(!DecodedText::nameOf(decoded.encoding).isEmpty());
    switch (decoded.encoding) {
    case DecodedText::Encoding::Utf8WithBom: FUZZ_CHECK(bytes.startsWith(bom)); break;
    case DecodedText::Encoding::Utf8: FUZZ_CHECK(!bytes.startsWith(bom)); break;
    case DecodedText::Encoding::Windows1252:
        // One character for every byte: Windows-1252 has no multi-byte sequences.
        FUZZ_CHECK(decoded.text.size() == bytes.size());
        break;
    }
}

// The reader's promises for a file it accepted: every row has a field and starts on a line of
// the file, each row below the one before, and what it read is exactly what the file said
// (written back out with every field quoted, it reads the same again).
void checkTable(QStringView text, QChar delimiter, const CsvTable& table)
{
    FUZZ_CHECK(table.delimiter() == delimiter);
    const int lines = lineCount(text);
    int previousLine = 0;
    for (const CsvTable::Row& row : table.rows()) {
        FUZZ_CHECK(!row.fields.isEmpty());
        FUZZ_CHECK(row.line >= 1);
        FUZZ_CHECK(row.line <= lines);
        // Two rows never start on the same line: a row ends at a line end outside quotes.
        FUZZ_CHECK(row.line > previousLine);
        previousLine = row.line;
    }

    const QString again = written(table, delimiter);
    const auto reread = CsvTable::parse(again, delimiter);
    FUZZ_CHECK(reread.ok());
    FUZZ_CHECK(reread->rows().size() == table.rows().size());
    for (qsizetype r = 0; r < table.rows().size(); ++r)
        FUZZ_CHECK(reread->rows()[r].fields == table.rows()[r].fields);
}

// The guessed mapping's promises: one entry per column of the first row; with a header, at
// least two columns recognised, each field named once and by the heading above it; without
// one, every column left for the person to map.
void checkMapping(const CsvTable& table, const PatientImport::Mapping& mapping)
{
    if (table.rows().isEmpty()) {
        FUZZ_CHECK(mapping.columns.isEmpty());
        return;
    }
    const QStringList& headings = table.rows().front().fields;
    FUZZ_CHECK(mapping.columns.size() == headings.size());
    std::array<bool, FieldCount> seen{};
    int recognised = 0;
    for (qsizetype c = 0; c < mapping.columns.size(); ++c) {
        const Field field = mapping.columns[c];
        FUZZ_CHECK(static_cast<int>(field) >= 0 && static_cast<int>(field) < FieldCount);
        if (field == Field::Ignore)
            continue;
        FUZZ_CHECK(mapping.firstRowIsHeader);
        FUZZ_CHECK(!seen[static_cast<std::size_t>(field)]);
        FUZZ_CHECK(PatientImport::fieldForHeading(headings[c]) == field);
        seen[static_cast<std::size_t>(field)] = true;
        ++recognised;
    }
    FUZZ_CHECK(!mapping.firstRowIsHeader || recognised >= 2);
}

// The keys an error may name (PatientFields), so that a set of them fits in the bits of an int:
// a QSet of strings per candidate spent a good part of each run allocating (measured).
const std::array<const QString*, 10> FieldKeys{
    &PatientFields::FamilyName,  &PatientFields::GivenName, &PatientFields::PreferredName,
    &PatientFields::DateOfBirth, &PatientFields::Sex,       &PatientFields::Phone,
    &PatientFields::Email,       &PatientFields::Address,   &PatientFields::Referrer,
    &PatientFields::Notes};

// The bit of `key` in a set of field keys; 0 for a key the form does not know.
unsigned bitOf(const QString& key)
{
    for (std::size_t i = 0; i < FieldKeys.size(); ++i) {
        if (*FieldKeys[i] == key)
            return 1U << i;
    }
    return 0;
}

// A candidate's promises for any mapping: it names the row's line, its errors name fields the
// form knows and say something, and a field without an error holds a value the registration
// rules accept (so a row reported ready really can be registered).
void checkCandidate(const CsvTable::Row& row, const PatientImport::Candidate& candidate)
{
    FUZZ_CHECK(candidate.line == row.line);
    unsigned withError = 0;
    for (const FieldError& error : candidate.errors) {
        const unsigned bit = bitOf(error.field);
        FUZZ_CHECK(bit != 0);
        FUZZ_CHECK(!error.message.isEmpty());
        withError |= bit;
    }
    const Patient& p = candidate.patient;
    if (!(withError & bitOf(PatientFields::FamilyName)))
        FUZZ_CHECK(!p.familyName.trimmed().isEmpty());
    if (!(withError & bitOf(PatientFields::GivenName)))
        FUZZ_CHECK(!p.givenName.trimmed().isEmpty());
    if (!(withError & bitOf(PatientFields::DateOfBirth))) {
        FUZZ_CHECK(p.dateOfBirth.isValid());
        FUZZ_CHECK(p.dateOfBirth <= Today);
        FUZZ_CHECK(p.dateOfBirth.year() >= 1900);
    }
}

// With the guessed mapping each field comes from one column, so there is at most one error per
// field, and each text field is that column's text, trimmed.
void checkGuessedCandidate(const CsvTable::Row& row, const PatientImport::Mapping& mapping,
                           const PatientImport::Candidate& candidate)
{
    unsigned withError = 0;
    for (const FieldError& error : candidate.errors) {
        const unsigned bit = bitOf(error.field);
        FUZZ_CHECK(!(withError & bit));
        withError |= bit;
    }
    const Patient& p = candidate.patient;
    for (qsizetype c = 0; c < mapping.columns.size(); ++c) {
        const QString value = c < row.fields.size() ? row.fields[c].trimmed() : QString();
        switch (mapping.columns[c]) {
        case Field::FamilyName: FUZZ_CHECK(p.familyName == value); break;
        case Field::GivenName: FUZZ_CHECK(p.givenName == value); break;
        case Field::PreferredName: FUZZ_CHECK(p.preferredName == value); break;
        case Field::Phone: FUZZ_CHECK(p.phone == value); break;
        case Field::Email: FUZZ_CHECK(p.email == value); break;
        case Field::Address: FUZZ_CHECK(p.address == value); break;
        case Field::Referrer: FUZZ_CHECK(p.referrer == value); break;
        case Field::Notes: FUZZ_CHECK(p.notes == value); break;
        case Field::Ignore:
        case Field::DateOfBirth:
        case Field::Sex: break;
        }
    }
}

// `date` written in `order` with '/' between the parts and a four-digit year.
QString dateText(QDate date, DateOrder order)
{
    const QString day = QString::number(date.day());
    const QString month = QString::number(date.month());
    const QString year = QStringLiteral("%1").arg(date.year(), 4, 10, QLatin1Char('0'));
    const QString slash = QStringLiteral("/");
    switch (order) {
    case DateOrder::DayMonthYear: return day + slash + month + slash + year;
    case DateOrder::MonthDayYear: return month + slash + day + slash + year;
    case DateOrder::YearMonthDay: return year + slash + month + slash + day;
    }
    return {};
}

// The single-value parsers on one field: a date read is a real date with a four-digit year that
// reads back the same; a sex read does not depend on spaces around or inside the text.
void checkFieldParsers(const QString& value)
{
    for (const DateOrder order : DateOrders) {
        const auto date = PatientImport::parseDate(value, order);
        if (!date)
            continue;
        FUZZ_CHECK(date->isValid());
        FUZZ_CHECK(date->year() >= 1 && date->year() <= 9999);
        FUZZ_CHECK(PatientImport::parseDate(dateText(*date, order), order) == date);
    }
    const auto sex = PatientImport::parseSex(value);
    if (sex) {
        const int s = static_cast<int>(*sex);
        FUZZ_CHECK(s >= static_cast<int>(Sex::NotStated) && s <= static_cast<int>(Sex::Other));
    }
    FUZZ_CHECK(PatientImport::parseSex(QLatin1Char(' ') + value + QLatin1Char(' ')) == sex);
}

// Everything the import does with a table it read: the guessed mapping, then every row as a
// patient under that mapping and under one that sends the columns round-robin to every field
// (so every field's parser and rule runs), each in all three date orders; and the single-value
// parsers on every field.
void checkImport(const CsvTable& table)
{
    const PatientImport::Mapping guessed = PatientImport::guessMapping(table);
    checkMapping(table, guessed);

    for (qsizetype r = 0; r < table.rows().size(); ++r) {
        const CsvTable::Row& row = table.rows()[r];

        // Column c holds field (c + r) mod FieldCount: shifted by the row's index, so across
        // the rows each column meets every field, also in files with few columns.
        PatientImport::Mapping roundRobin;
        const qsizetype columns = std::max<qsizetype>(row.fields.size(), FieldCount);
        for (qsizetype c = 0; c < columns; ++c)
            roundRobin.columns.append(static_cast<Field>((c + r) % FieldCount));

        for (const DateOrder order : DateOrders) {
            PatientImport::Mapping mapping = guessed;
            mapping.dateOrder = order;
            const auto fromGuess = PatientImport::candidate(row, mapping, Today);
            checkCandidate(row, fromGuess);
            checkGuessedCandidate(row, mapping, fromGuess);

            roundRobin.dateOrder = order;
            checkCandidate(row, PatientImport::candidate(row, roundRobin, Today));
        }

        for (const QString& field : row.fields)
            checkFieldParsers(field);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size > MaxInputBytes)
        return 0;
    // A view of libFuzzer's buffer, not a copy; it is valid for this call only.
    const QByteArray bytes =
        QByteArray::fromRawData(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));

    const DecodedText decoded = DecodedText::decode(bytes);
    checkDecoded(bytes, decoded);
    const QString& text = decoded.text;

    // The delimiter the import would offer first, then every other one the person could pick.
    const QChar detected = CsvTable::detectDelimiter(text);
    FUZZ_CHECK(std::find(Delimiters.begin(), Delimiters.end(), detected.unicode())
               != Delimiters.end());
    QList<QChar> delimiters{detected};
    for (const char16_t d : Delimiters) {
        if (QChar(d) != detected)
            delimiters.append(QChar(d));
    }

    for (const QChar delimiter : delimiters) {
        const auto table = CsvTable::parse(text, delimiter);
        if (!table.ok()) {
            // Only a quote left open makes a file unreadable, and the reason is told.
            FUZZ_CHECK(table.error().code == needlechart::ErrorCode::Validation);
            FUZZ_CHECK(!table.error().message.isEmpty());
            FUZZ_CHECK(text.contains(QLatin1Char('"')));
            continue;
        }
        checkTable(text, delimiter, *table);
        checkImport(*table);
    }
    return 0;
}
