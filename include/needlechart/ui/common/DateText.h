#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace needlechart {

// How the UI writes dates and which typed forms it accepts back. Every date and time the
// program shows is written here, in the formats of the language it runs in: the patterns are
// translated strings ("dd/MM/yyyy" in English, "dd.MM.yyyy" in German) and the day and month
// names come from QLocale(), which Translations sets to the same language, so one window never
// mixes two conventions. Dates are day-first in every language shipped.
//
// Accepted back: dd/mm/yyyy, d/m/yyyy, with '.', '-' or a space instead of '/', eight digits
// ddmmyyyy (14021990) and the ISO yyyy-mm-dd. Two-digit years are refused: "01/02/03" has no
// safe century.
class DateText {
public:
    // "12/03/1984"; an empty string for a null date.
    [[nodiscard]] static QString format(QDate date);
    // "12/03/2026 09:40" in local time, to the minute; empty for a null time.
    [[nodiscard]] static QString formatDateTime(const QDateTime& time);
    // "09:40" in local time.
    [[nodiscard]] static QString formatTime(const QDateTime& time);
    // "Tuesday 1 December" (German "Dienstag, 1. Dezember").
    [[nodiscard]] static QString weekdayDayMonth(QDate date);
    // "Tuesday 1 December 2026" (German "Dienstag, 1. Dezember 2026").
    [[nodiscard]] static QString longDate(QDate date);
    // "1 December 2026", without the weekday.
    [[nodiscard]] static QString dayMonthYear(QDate date);
    // "Tue 1 Dec", a column heading of the week view.
    [[nodiscard]] static QString shortWeekdayDayMonth(QDate date);
    // "Tue " before a time in a list ("Tue 09:40").
    [[nodiscard]] static QString shortWeekday(QDate date);
    // QDateEdit/QDateTimeEdit display formats matching format() and formatDateTime().
    [[nodiscard]] static QString dateEditFormat();
    [[nodiscard]] static QString weekdayDateEditFormat();
    [[nodiscard]] static QString dateTimeEditFormat();
    // "dd/MM", a chart axis's ticks.
    [[nodiscard]] static QString dayMonthAxisFormat();
    // The date typed in `text` (surrounding spaces ignored); a null QDate if it is not one of
    // the accepted forms or not a real calendar date (31/02/1990).
    [[nodiscard]] static QDate parse(const QString& text);
    // What the date field shows while empty, and what error messages quote.
    [[nodiscard]] static QString inputHint();
};

} // namespace needlechart
