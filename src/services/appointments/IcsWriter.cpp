#include "needlechart/services/appointments/IcsWriter.h"

namespace needlechart {
namespace {

QByteArray utc(const QDateTime& time)
{
    return time.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toLatin1();
}

} // namespace

QString IcsWriter::escapeText(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c == QLatin1Char('\\') || c == QLatin1Char(';') || c == QLatin1Char(','))
            out += QLatin1Char('\\') + c;
        else if (c == QLatin1Char('\n'))
            out += QStringLiteral("\\n");
        else if (c != QLatin1Char('\r'))
            out += c;
    }
    return out;
}

QByteArray IcsWriter::fold(const QByteArray& line)
{
    constexpr int Limit = 75;
    QByteArray out;
    int used = 0;
    for (int i = 0; i < line.size();) {
        // Length of the UTF-8 sequence starting here.
        const auto byte = static_cast<unsigned char>(line.at(i));
        const int length = byte < 0x80 ? 1 : (byte >> 5) == 0x6 ? 2 : (byte >> 4) == 0xE ? 3 : 4;
        if (used + length > Limit) {
            out += "\r\n ";
            used = 1; // the leading space of a continuation line counts
        }
        out += line.mid(i, length);
        used += length;
        i += length;
    }
    return out;
}

QByteArray IcsWriter::calendar(const QList<Event>& events, const QDateTime& stampUtc)
{
    QList<QByteArray> lines{"BEGIN:VCALENDAR", "VERSION:2.0",
                            "PRODID:-//NeedleChart//Appointment book//EN", "CALSCALE:GREGORIAN",
                            "METHOD:PUBLISH"};
    for (const Event& e : events) {
        lines << "BEGIN:VEVENT";
        lines << "UID:" + escapeText(e.uid).toUtf8();
        lines << "DTSTAMP:" + utc(stampUtc);
        lines << "DTSTART:" + utc(e.startUtc);
        lines << "DTEND:" + utc(e.endUtc);
        lines << "SUMMARY:" + escapeText(e.summary).toUtf8();
        if (!e.location.isEmpty())
            lines << "LOCATION:" + escapeText(e.location).toUtf8();
        if (!e.description.isEmpty())
            lines << "DESCRIPTION:" + escapeText(e.description).toUtf8();
        lines << (e.cancelled ? QByteArray("STATUS:CANCELLED") : QByteArray("STATUS:CONFIRMED"));
        lines << "END:VEVENT";
    }
    lines << "END:VCALENDAR";
    QByteArray out;
    for (const QByteArray& line : lines)
        out += fold(line) + "\r\n";
    return out;
}

} // namespace needlechart
