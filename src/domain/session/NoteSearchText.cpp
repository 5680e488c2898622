#include "needlechart/domain/session/NoteSearchText.h"

#include "needlechart/domain/bodymap/MuscleCatalogue.h"
#include "needlechart/domain/patients/SearchText.h"

#include <QSet>

#include <algorithm>

namespace needlechart {
namespace {

QString oneLine(const QString& text)
{
    return text.simplified();
}

void addLine(QString& document, NoteField field, const QString& text)
{
    const QString line = oneLine(text);
    if (line.isEmpty())
        return;
    document += enumKey(field) + QLatin1Char('\t') + line + QLatin1Char('\n');
}

QString joined(std::initializer_list<QString> parts, const QString& separator)
{
    QStringList kept;
    for (const QString& part : parts) {
        if (!part.trimmed().isEmpty())
            kept.append(part.trimmed());
    }
    return kept.join(separator);
}

QString siteOf(const TriggerPoint& point, const MuscleCatalogue& catalogue)
{
    if (point.isOtherSite())
        return point.siteName;
    const Muscle* muscle = catalogue.find(point.muscleId);
    return muscle ? muscle->name : point.muscleId;
}

QString sideOf(const TriggerPoint& point, const MuscleCatalogue& catalogue)
{
    const Muscle* muscle = catalogue.find(point.muscleId);
    if (muscle && !muscle->bilateral)
        return {};
    return point.side == BodySide::Right ? QStringLiteral("right") : QStringLiteral("left");
}

struct DocumentLine {
    NoteField field;
    QString text;
};

QList<DocumentLine> linesOf(const QString& document)
{
    QList<DocumentLine> lines;
    for (const QString& raw : document.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const qsizetype tab = raw.indexOf(QLatin1Char('\t'));
        if (tab < 0)
            continue;
        const auto field = enumFromKey<NoteField>(raw.left(tab));
        if (!field)
            continue;
        lines.append({*field, raw.mid(tab + 1)});
    }
    return lines;
}

// The words of `text` (runs of letters and digits) that begin with a term, as (start, length),
// and how many different terms matched.
std::pair<QList<std::pair<qsizetype, qsizetype>>, int> matchesIn(const QString& text,
                                                                 const QStringList& terms)
{
    QList<std::pair<qsizetype, qsizetype>> found;
    QSet<QString> termsSeen;
    qsizetype i = 0;
    while (i < text.size()) {
        if (!text.at(i).isLetterOrNumber()) {
            ++i;
            continue;
        }
        const qsizetype start = i;
        while (i < text.size() && text.at(i).isLetterOrNumber())
            ++i;
        const QString word = SearchText::fold(text.mid(start, i - start));
        bool matched = false;
        for (const QString& term : terms) {
            if (!term.isEmpty() && word.startsWith(term)) {
                termsSeen.insert(term);
                matched = true;
            }
        }
        if (matched)
            found.append({start, i - start});
    }
    return {found, int(termsSeen.size())};
}

} // namespace

QString NoteSearchText::document(const Session& session, const MuscleCatalogue& catalogue)
{
    QString document;
    addLine(document, NoteField::Complaint, session.presentingComplaint);
    for (const TriggerPoint& point : session.points.points()) {
        const QString where =
            joined({siteOf(point, catalogue), sideOf(point, catalogue)}, QStringLiteral(", "));
        addLine(document, NoteField::Point,
                joined({where, point.findings.notes}, QStringLiteral(": ")));
    }
    addLine(document, NoteField::NeedleCount, session.needleCountNote);
    if (session.notNeedled)
        addLine(document, NoteField::NotNeedled, session.notNeedledReason);
    addLine(document, NoteField::Bruising, session.bruisingSite);
    for (const OtherCare& care : session.otherCare)
        addLine(document, NoteField::Care,
                joined({enumSourceLabel(care.kind), care.note}, QStringLiteral(": ")));
    for (const AdverseEvent& event : session.adverseEvents)
        addLine(document, NoteField::AdverseEvent,
                joined({enumSourceLabel(event.kind), event.description, event.actionTaken,
                        event.followUp},
                       QStringLiteral(". ")));
    addLine(document, NoteField::Advice, session.advice);
    addLine(document, NoteField::FollowUp, session.followUp);
    for (const Amendment& amendment : session.amendments)
        addLine(document, NoteField::Amendment,
                joined({amendment.reason, amendment.text}, QStringLiteral(": ")));
    return document;
}

QStringList NoteSearchText::documentTokens(const QString& document)
{
    QStringList tokens;
    for (const DocumentLine& line : linesOf(document))
        tokens += SearchText::words(line.text);
    tokens.removeDuplicates();
    return tokens;
}

QStringList NoteSearchText::tokens(const Session& session, const MuscleCatalogue& catalogue)
{
    QStringList tokens = documentTokens(document(session, catalogue));
    for (const TriggerPoint& point : session.points.points()) {
        const Muscle* muscle = catalogue.find(point.muscleId);
        if (!muscle)
            continue;
        tokens += SearchText::words(muscle->group);
        for (const QString& keyword : muscle->keywords)
            tokens += SearchText::words(keyword);
    }
    tokens.removeDuplicates();
    return tokens;
}

QList<NoteExcerpt> NoteSearchText::excerpts(const QString& document, const QStringList& terms)
{
    QList<NoteExcerpt> out;
    for (const DocumentLine& line : linesOf(document)) {
        auto [highlights, termCount] = matchesIn(line.text, terms);
        if (termCount > 0)
            out.append(NoteExcerpt{line.field, line.text, std::move(highlights)});
    }
    return out;
}

std::optional<NoteExcerpt> NoteSearchText::bestExcerpt(const QString& document,
                                                       const QStringList& terms, qsizetype width)
{
    std::optional<NoteExcerpt> best;
    int bestCount = 0;
    for (const DocumentLine& line : linesOf(document)) {
        auto [highlights, termCount] = matchesIn(line.text, terms);
        if (termCount > bestCount) {
            bestCount = termCount;
            best = NoteExcerpt{line.field, line.text, std::move(highlights)};
        }
    }
    if (!best || best->text.size() <= width)
        return best;

    // Cut to `width` characters, starting a little before the first match at a word boundary.
    const QString ellipsis = QString(QChar(0x2026));
    const qsizetype firstMatch = best->highlights.first().first;
    qsizetype start = std::max<qsizetype>(0, firstMatch - width / 4);
    if (start > 0) {
        const qsizetype space = best->text.lastIndexOf(QLatin1Char(' '), start);
        start = space >= 0 && firstMatch - space < width / 2 ? space + 1 : start;
    }
    qsizetype end = std::min(best->text.size(), start + width);
    if (end < best->text.size()) {
        const qsizetype space = best->text.lastIndexOf(QLatin1Char(' '), end);
        if (space > firstMatch)
            end = space;
    }
    const QString prefix = start > 0 ? ellipsis : QString();
    const QString suffix = end < best->text.size() ? ellipsis : QString();
    NoteExcerpt cut{best->field, prefix + best->text.mid(start, end - start) + suffix, {}};
    for (const auto& [at, length] : best->highlights) {
        if (at >= start && at + length <= end)
            cut.highlights.append({at - start + prefix.size(), length});
    }
    return cut;
}

} // namespace needlechart
