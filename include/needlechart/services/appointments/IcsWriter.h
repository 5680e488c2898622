#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace needlechart {

// Writes iCalendar (RFC 5545) text for appointments, so a booking opens in any calendar
// program: one VCALENDAR with a VEVENT per event, times in UTC ("Z"), text escaped, lines folded
// at 75 octets, CRLF line ends, UTF-8.
class IcsWriter {
public:
    struct Event {
        QString uid; // stable and unique, e.g. "appointment-42@needlechart"
        QDateTime startUtc;
        QDateTime endUtc;
        QString summary;
        QString location;
        QString description;
        bool cancelled = false;
    };

    [[nodiscard]] static QByteArray calendar(const QList<Event>& events, const QDateTime& stampUtc);
    // TEXT value escaping: backslash, semicolon, comma and line breaks.
    [[nodiscard]] static QString escapeText(const QString& text);
    // Folds one content line (without its CRLF) into lines of at most 75 octets, never splitting
    // a UTF-8 sequence.
    [[nodiscard]] static QByteArray fold(const QByteArray& line);
};

} // namespace needlechart
