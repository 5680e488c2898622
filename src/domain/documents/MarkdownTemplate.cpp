#include "needlechart/domain/documents/MarkdownTemplate.h"

#include <QRegularExpression>

namespace needlechart {
namespace {

const QRegularExpression& fieldPattern()
{
    static const QRegularExpression pattern(
        QStringLiteral("\\{\\{\\s*([A-Za-z][A-Za-z0-9.]*)\\s*\\}\\}"));
    return pattern;
}

} // namespace

QStringList MarkdownTemplate::fieldsIn(const QString& markdown)
{
    QStringList fields;
    for (const QRegularExpressionMatch& match : fieldPattern().globalMatch(markdown)) {
        const QString name = match.captured(1);
        if (!fields.contains(name))
            fields << name;
    }
    return fields;
}

QStringList MarkdownTemplate::unknownFields(const QString& markdown, const QStringList& known)
{
    QStringList unknown;
    for (const QString& name : fieldsIn(markdown)) {
        if (!known.contains(name))
            unknown << name;
    }
    return unknown;
}

QString MarkdownTemplate::fill(const QString& markdown, const QHash<QString, QString>& values)
{
    QString out;
    out.reserve(markdown.size() + 256);
    qsizetype from = 0;
    for (const QRegularExpressionMatch& match : fieldPattern().globalMatch(markdown)) {
        out += QStringView(markdown).mid(from, match.capturedStart() - from);
        const auto value = values.constFind(match.captured(1));
        out += value == values.cend() ? match.captured() : escape(*value);
        from = match.capturedEnd();
    }
    out += QStringView(markdown).mid(from);
    return out;
}

QString MarkdownTemplate::escape(const QString& text)
{
    // Characters that mean something wherever they stand: emphasis, code, links, HTML, headings,
    // tables, strike-through, entities, the fields themselves and the escape character.
    static const QString anywhere = QStringLiteral("\\`*_[]<>#|~&{}");
    // Characters that mean something at the start of a line: a list, a setext heading's rule.
    static const QString atLineStart = QStringLiteral("-+=");
    QStringList lines;
    for (const QString& line : QString(text)
                                   .replace(QLatin1Char('\r'), QLatin1Char('\n'))
                                   .split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        // Leading spaces would start a code block; a tab is shown as a space.
        const QString trimmed = line.trimmed().replace(QLatin1Char('\t'), QLatin1Char(' '));
        if (trimmed.isEmpty())
            continue;
        QString escaped;
        escaped.reserve(trimmed.size() + trimmed.size() / 4);
        qsizetype digits = 0;
        while (digits < trimmed.size() && trimmed.at(digits).isDigit()
               && trimmed.at(digits).unicode() < 128)
            ++digits;
        for (qsizetype i = 0; i < trimmed.size(); ++i) {
            const QChar c = trimmed.at(i);
            const bool orderedListMark =
                i == digits && digits > 0 && (c == QLatin1Char('.') || c == QLatin1Char(')'));
            if (anywhere.contains(c) || (i == 0 && atLineStart.contains(c)) || orderedListMark)
                escaped += QLatin1Char('\\');
            escaped += c;
        }
        lines << escaped;
    }
    // A hard line break (a backslash at the end of the line) between lines, so a value's second
    // line goes on in the same paragraph instead of starting a block of its own.
    return lines.join(QStringLiteral("\\\n"));
}

} // namespace needlechart
