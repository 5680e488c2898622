#include "needlechart/ui/common/DateText.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

namespace needlechart {

namespace {

// A date or time pattern of the running language (QDate::toString's codes); translators give
// their language's order and punctuation, QLocale() the names of days and months.
QString pattern(const char* englishPattern)
{
    return QCoreApplication::translate("DateText", englishPattern);
}

QString written(QDate date, const char* englishPattern)
{
    if (!date.isValid())
        return {};
    return QLocale().toString(date, pattern(englishPattern));
}

} // namespace

QString DateText::format(QDate date)
{
    return written(date, QT_TRANSLATE_NOOP("DateText", "dd/MM/yyyy"));
}

QString DateText::formatDateTime(const QDateTime& time)
{
    if (!time.isValid())
        return {};
    return QLocale().toString(time.toLocalTime(), dateTimeEditFormat());
}

QString DateText::formatTime(const QDateTime& time)
{
    if (!time.isValid())
        return {};
    return QLocale().toString(time.toLocalTime(), QStringLiteral("HH:mm"));
}

QString DateText::weekdayDayMonth(QDate date)
{
    return written(date, QT_TRANSLATE_NOOP("DateText", "dddd d MMMM"));
}

QString DateText::longDate(QDate date)
{
    return written(date, QT_TRANSLATE_NOOP("DateText", "dddd d MMMM yyyy"));
}

QString DateText::dayMonthYear(QDate date)
{
    return written(date, QT_TRANSLATE_NOOP("DateText", "d MMMM yyyy"));
}

QString DateText::shortWeekdayDayMonth(QDate date)
{
    return written(date, QT_TRANSLATE_NOOP("DateText", "ddd d MMM"));
}

QString DateText::shortWeekday(QDate date)
{
    return written(date, QT_TRANSLATE_NOOP("DateText", "ddd"));
}

QString DateText::dateEditFormat()
{
    return pattern(QT_TRANSLATE_NOOP("DateText", "dd/MM/yyyy"));
}

QString DateText::weekdayDateEditFormat()
{
    return pattern(QT_TRANSLATE_NOOP("DateText", "ddd dd/MM/yyyy"));
}

QString DateText::dateTimeEditFormat()
{
    return pattern(QT_TRANSLATE_NOOP("DateText", "dd/MM/yyyy HH:mm"));
}

QString DateText::dayMonthAxisFormat()
{
    return pattern(QT_TRANSLATE_NOOP("DateText", "dd/MM"));
}

QDate DateText::parse(const QString& text)
{
    // Day-first with '/' or '.', or ISO year-first. Matched by pattern rather than by a list of
    // QDate formats so one- and two-digit days and months are accepted in any mix.
    static const QRegularExpression dayFirst(
        QStringLiteral(R"(^(\d{1,2})([/.\- ])(\d{1,2})\2(\d{4})$)"));
    // Eight digits typed without separators, as on a form's boxes: ddmmyyyy.
    static const QRegularExpression digitsOnly(QStringLiteral(R"(^(\d{2})(\d{2})(\d{4})$)"));
    static const QRegularExpression isoForm(QStringLiteral(R"(^(\d{4})-(\d{1,2})-(\d{1,2})$)"));

    const QString trimmed = text.trimmed();
    if (const auto match = dayFirst.match(trimmed); match.hasMatch()) {
        return QDate(match.captured(4).toInt(), match.captured(3).toInt(),
                     match.captured(1).toInt());
    }
    if (const auto match = digitsOnly.match(trimmed); match.hasMatch()) {
        return QDate(match.captured(3).toInt(), match.captured(2).toInt(),
                     match.captured(1).toInt());
    }
    if (const auto match = isoForm.match(trimmed); match.hasMatch()) {
        return QDate(match.captured(1).toInt(), match.captured(2).toInt(),
                     match.captured(3).toInt());
    }
    return {};
}

QString DateText::inputHint()
{
    return QCoreApplication::translate("DateText", "dd/mm/yyyy");
}

} // namespace needlechart
