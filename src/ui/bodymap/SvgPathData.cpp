#include "bodymap/SvgPathData.h"

#include <vector>

namespace needlechart {
namespace {

Error parseError(const QString& message)
{
    return Error{ErrorCode::Validation, message, {}, {}};
}

// Splits path data into commands and numbers: "M1 2L3,4Z" -> M 1 2 L 3 4 Z.
struct Token {
    QChar command; // null for a number
    double number = 0;
};

Result<std::vector<Token>> tokenize(const QString& data)
{
    std::vector<Token> tokens;
    qsizetype i = 0;
    while (i < data.size()) {
        const QChar c = data.at(i);
        if (c.isSpace() || c == QLatin1Char(',')) {
            ++i;
        } else if (c.isLetter()) {
            tokens.push_back({c, 0});
            ++i;
        } else {
            qsizetype end = i;
            if (data.at(end) == QLatin1Char('-') || data.at(end) == QLatin1Char('+'))
                ++end;
            bool seenExponent = false;
            while (end < data.size()) {
                const QChar d = data.at(end);
                if (d.isDigit() || d == QLatin1Char('.')) {
                    ++end;
                } else if ((d == QLatin1Char('e') || d == QLatin1Char('E')) && !seenExponent) {
                    seenExponent = true;
                    ++end;
                    if (end < data.size()
                        && (data.at(end) == QLatin1Char('-') || data.at(end) == QLatin1Char('+')))
                        ++end;
                } else {
                    break;
                }
            }
            bool ok = false;
            const double value = QStringView(data).mid(i, end - i).toDouble(&ok);
            if (!ok || end == i)
                return parseError(
                    SvgPathData::tr("Path data has an unreadable number at position %1.").arg(i));
            tokens.push_back({QChar(), value});
            i = end;
        }
    }
    return tokens;
}

} // namespace

Result<QPainterPath> SvgPathData::parse(const QString& data)
{
    auto tokens = tokenize(data);
    if (!tokens.ok())
        return tokens.error();
    const std::vector<Token>& t = *tokens;

    QPainterPath path;
    std::size_t i = 0;
    QChar command;
    auto numbers = [&](int count, double* out) -> bool {
        for (int n = 0; n < count; ++n) {
            if (i >= t.size() || !t[i].command.isNull())
                return false;
            out[n] = t[i++].number;
        }
        return true;
    };
    bool started = false;
    while (i < t.size()) {
        if (!t[i].command.isNull())
            command = t[i++].command;
        else if (command.isNull())
            return parseError(tr("Path data starts with a number instead of a command."));
        double v[6];
        switch (command.unicode()) {
        case 'M':
            if (!numbers(2, v))
                return parseError(tr("A move (M) needs two numbers."));
            path.moveTo(v[0], v[1]);
            started = true;
            command = QLatin1Char('L'); // further pairs are lines, as SVG says
            break;
        case 'L':
            if (!started || !numbers(2, v))
                return parseError(tr("A line (L) needs a start and two numbers."));
            path.lineTo(v[0], v[1]);
            break;
        case 'H':
            if (!started || !numbers(1, v))
                return parseError(tr("A horizontal line (H) needs a start and one number."));
            path.lineTo(v[0], path.currentPosition().y());
            break;
        case 'V':
            if (!started || !numbers(1, v))
                return parseError(tr("A vertical line (V) needs a start and one number."));
            path.lineTo(path.currentPosition().x(), v[0]);
            break;
        case 'Q':
            if (!started || !numbers(4, v))
                return parseError(tr("A quadratic curve (Q) needs a start and four numbers."));
            path.quadTo(v[0], v[1], v[2], v[3]);
            break;
        case 'C':
            if (!started || !numbers(6, v))
                return parseError(tr("A cubic curve (C) needs a start and six numbers."));
            path.cubicTo(v[0], v[1], v[2], v[3], v[4], v[5]);
            break;
        case 'Z':
        case 'z':
            path.closeSubpath();
            command = QChar();
            break;
        default:
            return parseError(tr("Path command %1 is not supported by the body map.").arg(command));
        }
    }
    return path;
}

} // namespace needlechart
