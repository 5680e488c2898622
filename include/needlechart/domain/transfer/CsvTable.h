#pragma once

#include "needlechart/domain/common/Result.h"

#include <QChar>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace needlechart {

// A CSV file's rows as written by spreadsheets and practice systems (RFC 4180 and what it
// leaves open): fields separated by one delimiter, a field in double quotes may hold the
// delimiter, line breaks and doubled quotes (""), lines end in CRLF, LF or CR, and a last line
// may lack its line end. Blank lines are skipped. Each row remembers the line it starts on, so
// an import's report can say "line 214". A quote left open at the end of the file is an error
// naming the line it opened on; a stray quote inside an unquoted field is kept as text.
class CsvTable {
public:
    struct Row {
        int line = 0; // 1-based line of the file the row starts on
        QStringList fields;
    };

    // Parses `text` with `delimiter` (',', ';', '\t' or '|').
    [[nodiscard]] static Result<CsvTable> parse(QStringView text, QChar delimiter);
    // The delimiter the first lines of `text` use most consistently: the candidate that splits
    // the most of them into the same number (>1) of fields, quotes respected; ',' when none does.
    [[nodiscard]] static QChar detectDelimiter(QStringView text);

    [[nodiscard]] const QList<Row>& rows() const { return m_rows; }
    [[nodiscard]] QChar delimiter() const { return m_delimiter; }

private:
    QList<Row> m_rows;
    QChar m_delimiter;
};

} // namespace needlechart
