#include "needlechart/storage/database/SqlValues.h"

namespace needlechart {

// Qt::ISODate parses "yyyy-MM-dd" directly; a format string would go through the general
// date-format parser, several times slower, and a list page parses hundreds of dates.
QString SqlValues::dateText(const QDate& date)
{
    return date.toString(Qt::ISODate);
}

QDate SqlValues::date(const QVariant& column)
{
    return column.isNull() ? QDate() : QDate::fromString(column.toString(), Qt::ISODate);
}

QVariant SqlValues::dateOrNull(const QDate& date)
{
    return date.isValid() ? QVariant(dateText(date)) : QVariant(QMetaType(QMetaType::QString));
}

QString SqlValues::timestampText(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime SqlValues::timestamp(const QVariant& column)
{
    if (column.isNull())
        return {};
    QDateTime value = QDateTime::fromString(column.toString(), Qt::ISODateWithMs);
    value.setTimeSpec(Qt::UTC);
    return value;
}

QVariant SqlValues::timestampOrNull(const QDateTime& time)
{
    return time.isValid() ? QVariant(timestampText(time)) : QVariant(QMetaType(QMetaType::QString));
}

QString SqlValues::text(const QString& value)
{
    return value.isNull() ? QString::fromLatin1("", 0) : value;
}

QVariant SqlValues::idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

QVariant SqlValues::intOrNull(const std::optional<int>& value)
{
    return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::Int));
}

QVariant SqlValues::realOrNull(const std::optional<double>& value)
{
    return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::Double));
}

std::optional<int> SqlValues::optionalInt(const QVariant& column)
{
    if (column.isNull())
        return std::nullopt;
    return column.toInt();
}

std::optional<double> SqlValues::optionalReal(const QVariant& column)
{
    if (column.isNull())
        return std::nullopt;
    return column.toDouble();
}

} // namespace needlechart
