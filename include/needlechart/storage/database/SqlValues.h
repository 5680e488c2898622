#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QVariant>

#include <optional>

namespace needlechart {

// How domain values are written to and read from columns, the same way in every repository and
// portable to PostgreSQL: dates as ISO 8601 text ("2026-11-24"), timestamps as ISO 8601 UTC
// text with milliseconds (both sort correctly as text), "not recorded" as SQL NULL, and text
// columns that are NOT NULL as '' rather than NULL.
class SqlValues {
public:
    [[nodiscard]] static QString dateText(const QDate& date);
    [[nodiscard]] static QDate date(const QVariant& column);
    // NULL for an invalid date.
    [[nodiscard]] static QVariant dateOrNull(const QDate& date);

    [[nodiscard]] static QString timestampText(const QDateTime& time);
    [[nodiscard]] static QDateTime timestamp(const QVariant& column); // UTC; null from NULL
    // NULL for an invalid time.
    [[nodiscard]] static QVariant timestampOrNull(const QDateTime& time);

    // A null QString would bind as NULL; NOT NULL text columns take ''.
    [[nodiscard]] static QString text(const QString& value);

    [[nodiscard]] static QVariant intOrNull(const std::optional<int>& value);
    // A reference to a row by its id, NULL for 0 ("none"), as a bigint on both back ends.
    [[nodiscard]] static QVariant idOrNull(qint64 id);
    [[nodiscard]] static QVariant realOrNull(const std::optional<double>& value);
    [[nodiscard]] static std::optional<int> optionalInt(const QVariant& column);
    [[nodiscard]] static std::optional<double> optionalReal(const QVariant& column);
};

} // namespace needlechart
