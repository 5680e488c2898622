#pragma once

// GoogleTest printers for the Qt types the suites compare, so a failed EXPECT_EQ shows
// "muller" instead of a dump of 2-byte objects. Found by argument-dependent lookup.
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <ostream>

inline void PrintTo(const QString& value, std::ostream* os)
{
    *os << '"' << value.toStdString() << '"';
}

inline void PrintTo(const QStringList& value, std::ostream* os)
{
    *os << '[';
    for (qsizetype i = 0; i < value.size(); ++i)
        *os << (i ? ", " : "") << '"' << value.at(i).toStdString() << '"';
    *os << ']';
}

inline void PrintTo(const QDate& value, std::ostream* os)
{
    *os << (value.isValid() ? value.toString(Qt::ISODate).toStdString()
                            : std::string("(null date)"));
}

inline void PrintTo(const QDateTime& value, std::ostream* os)
{
    *os << (value.isValid() ? value.toString(Qt::ISODateWithMs).toStdString()
                            : std::string("(null datetime)"));
}
