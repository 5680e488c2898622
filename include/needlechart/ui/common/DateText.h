#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace needlechart {

// How the UI writes dates (dd/mm/yyyy, as clinics in the UK and most of Europe read them) and
// which typed forms it accepts back: dd/mm/yyyy, d/m/yyyy, with '.', '-' or a space instead of
// '/', eight digits ddmmyyyy (14021990) and the ISO yyyy-mm-dd. Two-digit years are refused:
// "01/02/03" has no safe century.
class DateText {
public:
    // "12/03/1984"; an empty string for a null date.
    [[nodiscard]] static QString format(QDate date);
    // "12/03/2026 09:40" in local time, to the minute; empty for a null time.
    [[nodiscard]] static QString formatDateTime(const QDateTime& time);
    // "09:40" in local time.
    [[nodiscard]] static QString formatTime(const QDateTime& time);
    // The date typed in `text` (surrounding spaces ignored); a null QDate if it is not one of
    // the accepted forms or not a real calendar date (31/02/1990).
    [[nodiscard]] static QDate parse(const QString& text);
    // What the date field shows while empty, and what error messages quote.
    [[nodiscard]] static QString inputHint();
};

} // namespace needlechart
