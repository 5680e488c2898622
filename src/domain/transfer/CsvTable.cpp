#include "needlechart/domain/transfer/CsvTable.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <array>

namespace needlechart {
namespace {

// Splits `text` into rows; stops after `maxRows` rows when > 0. `openQuoteLine` is set to the
// line a quote opened on if the text ends inside it, else 0.
QList<CsvTable::Row> split(QStringView text, QChar delimiter, int maxRows, int& openQuoteLine)
{
    QList<CsvTable::Row> rows;
    CsvTable::Row row;
    QString field;
    bool quoted = false;       // inside a quoted field
    bool fieldStarted = false; // the row has a field under way (even an empty one)
    int line = 1;
    int quoteLine = 0;
    row.line = 1;
    const auto endField = [&] {
        row.fields.append(field);
        field.clear();
    };
    const auto endRow = [&] {
        const bool blank = !fieldStarted && row.fields.isEmpty();
        if (!blank) {
            endField();
            rows.append(std::move(row));
        }
        row = CsvTable::Row{};
        fieldStarted = false;
    };
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < size && text[i + 1] == QLatin1Char('"')) {
                    field.append(c);
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == QLatin1Char('\n')
                    || (c == QLatin1Char('\r')
                        && !(i + 1 < size && text[i + 1] == QLatin1Char('\n'))))
                    ++line;
                field.append(c);
            }
            continue;
        }
        if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < size && text[i + 1] == QLatin1Char('\n'))
                ++i;
            endRow();
            ++line;
            row.line = line;
            if (maxRows > 0 && rows.size() >= maxRows)
                break;
            continue;
        }
        if (!fieldStarted)
            row.line = line;
        fieldStarted = true;
        if (c == delimiter) {
            endField();
        } else if (c == QLatin1Char('"') && field.isEmpty()) {
            quoted = true;
            quoteLine = line;
        } else {
            field.append(c);
        }
    }
    openQuoteLine = quoted ? quoteLine : 0;
    if (!(maxRows > 0 && rows.size() >= maxRows))
        endRow();
    return rows;
}

} // namespace

Result<CsvTable> CsvTable::parse(QStringView text, QChar delimiter)
{
    int openQuoteLine = 0;
    CsvTable table;
    table.m_delimiter = delimiter;
    table.m_rows = split(text, delimiter, 0, openQuoteLine);
    if (openQuoteLine > 0) {
        return Error{ErrorCode::Validation,
                     QCoreApplication::translate(
                         "CsvTable", "The quote opened on line %1 is never closed: the file "
                                     "may be cut short, or that field needs its closing quote.")
                         .arg(openQuoteLine),
                     {},
                     {}};
    }
    return table;
}

QChar CsvTable::detectDelimiter(QStringView text)
{
    constexpr int SampleRows = 20;
    static constexpr std::array<char16_t, 4> Candidates{u',', u';', u'\t', u'|'};
    QChar best = QLatin1Char(',');
    int bestScore = 0;
    for (const char16_t candidate : Candidates) {
        int openQuoteLine = 0;
        const QList<Row> rows = split(text, QChar(candidate), SampleRows, openQuoteLine);
        // The most common field count above one, and how many rows have it.
        QHash<qsizetype, int> counts;
        for (const Row& row : rows) {
            if (row.fields.size() > 1)
                ++counts[row.fields.size()];
        }
        int score = 0;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            score = std::max(score, it.value());
        if (score > bestScore) {
            bestScore = score;
            best = QChar(candidate);
        }
    }
    return best;
}

} // namespace needlechart
