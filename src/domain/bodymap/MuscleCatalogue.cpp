#include "needlechart/domain/bodymap/MuscleCatalogue.h"

#include "needlechart/domain/patients/SearchText.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <map>
#include <mutex>
#include <optional>

namespace needlechart {
namespace {

enum Column {
    IdColumn,
    NameColumn,
    RegionColumn,
    ViewsColumn,
    BilateralColumn,
    DepthColumn,
    GroupColumn,
    KeywordsColumn,
    SnomedCodeColumn,
    SnomedTermColumn,
    ReferredPainColumn,
    CautionColumn,
    CautionKindsColumn,
    ColumnCount
};

// One CSV record: its fields, unquoted, and the line it starts on, so errors can point at it.
struct Record {
    int line = 1; // 1-based
    QStringList fields;
};

Error formatError(int line, int column, const QString& columnName, const QString& problem)
{
    Error e;
    e.code = ErrorCode::Validation;
    e.message =
        QCoreApplication::translate("MuscleCatalogue", "Muscle catalogue, line %1, column %2: %3")
            .arg(line)
            .arg(column)
            .arg(problem);
    e.detail = QStringLiteral("muscle catalogue line %1 column %2 (%3)")
                   .arg(line)
                   .arg(column)
                   .arg(columnName);
    e.fieldErrors.append(FieldError{columnName, problem});
    return e;
}

QString columnName(int column)
{
    const QStringList names = MuscleCatalogue::csvColumns();
    return column >= 1 && column <= names.size() ? names.at(column - 1) : QStringLiteral("(extra)");
}

// Splits CSV text into records (RFC 4180, with "\n" or "\r\n" line ends). Blank lines are
// skipped; a quoted field may span lines. Fails on an unclosed quote or text after a closing one.
Result<QList<Record>> splitRecords(const QString& text)
{
    QList<Record> records;
    Record record;
    QString field;
    bool inQuotes = false;
    bool wasQuoted = false;
    bool recordStarted = false;
    int line = 1;
    int quoteLine = 1;

    auto endField = [&]() {
        record.fields.append(field);
        field.clear();
        wasQuoted = false;
    };
    auto endRecord = [&]() {
        if (recordStarted) {
            endField();
            records.append(record);
        }
        record = Record{};
        recordStarted = false;
    };

    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
                    field.append(c);
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                field.append(c);
            }
            continue;
        }
        if (!recordStarted) {
            if (c == QLatin1Char('\n')) {
                ++line;
                continue;
            }
            if (c == QLatin1Char('\r') && i + 1 < n && text.at(i + 1) == QLatin1Char('\n'))
                continue;
            recordStarted = true;
            record.line = line;
        }
        if (c == QLatin1Char(',')) {
            endField();
        } else if (c == QLatin1Char('\n')) {
            endRecord();
            ++line;
        } else if (c == QLatin1Char('\r') && i + 1 < n && text.at(i + 1) == QLatin1Char('\n')) {
            continue; // the "\n" ends the record
        } else if (wasQuoted) {
            const int column = static_cast<int>(record.fields.size()) + 1;
            return formatError(
                line, column, columnName(column),
                QCoreApplication::translate("MuscleCatalogue", "text after a closing quote"));
        } else if (c == QLatin1Char('"')) {
            if (!field.isEmpty()) {
                const int column = static_cast<int>(record.fields.size()) + 1;
                return formatError(line, column, columnName(column),
                                   QCoreApplication::translate("MuscleCatalogue",
                                                               "a quote inside an unquoted field"));
            }
            inQuotes = true;
            wasQuoted = true;
            quoteLine = line;
        } else {
            field.append(c);
        }
    }
    if (inQuotes) {
        const int column = static_cast<int>(record.fields.size()) + 1;
        return formatError(
            quoteLine, column, columnName(column),
            QCoreApplication::translate("MuscleCatalogue", "a quoted field is never closed"));
    }
    endRecord();
    return records;
}

QStringList splitList(const QString& text)
{
    QStringList items;
    for (const QString& part : text.split(QLatin1Char(';'))) {
        const QString item = part.trimmed();
        if (!item.isEmpty())
            items.append(item);
    }
    return items;
}

// Folded words of `text`: letters and digits, split at anything else ("_", "-", "(", " ").
QStringList searchWords(const QString& text)
{
    QStringList words;
    QString word;
    for (QChar c : SearchText::fold(text)) {
        if (c.isLetterOrNumber()) {
            word.append(c);
        } else if (!word.isEmpty()) {
            words.append(word);
            word.clear();
        }
    }
    if (!word.isEmpty())
        words.append(word);
    return words;
}

// How well `term` matches `words`: 2 if it is one of them, 1 if it starts one, else 0.
int wordMatch(const QString& term, const QStringList& words)
{
    int best = 0;
    for (const QString& w : words) {
        if (w == term)
            return 2;
        if (w.startsWith(term))
            best = 1;
    }
    return best;
}

Result<Muscle> parseMuscle(const Record& record)
{
    auto fieldError = [&record](int column, const QString& problem) {
        return formatError(record.line, column + 1, columnName(column + 1), problem);
    };
    const auto& f = record.fields;
    if (f.size() != ColumnCount) {
        const int column = static_cast<int>(std::min(f.size(), qsizetype{ColumnCount})) + 1;
        return formatError(
            record.line, column, columnName(column),
            QCoreApplication::translate("MuscleCatalogue", "expected %1 columns but found %2")
                .arg(int{ColumnCount})
                .arg(f.size()));
    }

    Muscle m;
    static const QRegularExpression idPattern(QStringLiteral("^[a-z][a-z0-9_]*$"));
    m.id = f.at(IdColumn);
    if (!idPattern.match(m.id).hasMatch())
        return fieldError(IdColumn, QCoreApplication::translate(
                                        "MuscleCatalogue",
                                        "the id must be lower-case letters, digits and \"_\""));

    m.name = f.at(NameColumn).trimmed();
    if (m.name.isEmpty())
        return fieldError(NameColumn,
                          QCoreApplication::translate("MuscleCatalogue", "the name is empty"));
    m.region = f.at(RegionColumn).trimmed();
    if (m.region.isEmpty())
        return fieldError(RegionColumn,
                          QCoreApplication::translate("MuscleCatalogue", "the region is empty"));

    for (const QString& key : f.at(ViewsColumn).split(QLatin1Char(';'))) {
        const std::optional<BodyView> view = bodyViewFromKey(key.trimmed());
        if (!view)
            return fieldError(
                ViewsColumn,
                QCoreApplication::translate("MuscleCatalogue", "unknown view \"%1\"").arg(key));
        if (m.views.testFlag(*view))
            return fieldError(ViewsColumn, QCoreApplication::translate(
                                               "MuscleCatalogue", "view \"%1\" is listed twice")
                                               .arg(key));
        m.views |= *view;
    }

    const QString bilateral = f.at(BilateralColumn);
    if (bilateral == QStringLiteral("yes"))
        m.bilateral = true;
    else if (bilateral == QStringLiteral("no"))
        m.bilateral = false;
    else
        return fieldError(BilateralColumn,
                          QCoreApplication::translate(
                              "MuscleCatalogue", "bilateral must be \"yes\" or \"no\", not \"%1\"")
                              .arg(bilateral));

    const std::optional<MuscleDepth> depth = muscleDepthFromKey(f.at(DepthColumn));
    if (!depth)
        return fieldError(
            DepthColumn, QCoreApplication::translate(
                             "MuscleCatalogue", "depth must be \"surface\" or \"deep\", not \"%1\"")
                             .arg(f.at(DepthColumn)));
    m.depth = *depth;

    m.group = f.at(GroupColumn).trimmed();
    if (m.group.isEmpty())
        return fieldError(GroupColumn,
                          QCoreApplication::translate("MuscleCatalogue", "the group is empty"));
    m.keywords = splitList(f.at(KeywordsColumn));

    static const QRegularExpression codePattern(QStringLiteral("^[0-9]{6,18}$"));
    m.snomedCode = f.at(SnomedCodeColumn).trimmed();
    m.snomedTerm = f.at(SnomedTermColumn).trimmed();
    if (!m.snomedCode.isEmpty() && !codePattern.match(m.snomedCode).hasMatch())
        return fieldError(SnomedCodeColumn,
                          QCoreApplication::translate(
                              "MuscleCatalogue", "a SNOMED CT code is 6 to 18 digits, not \"%1\"")
                              .arg(m.snomedCode));
    if (m.snomedCode.isEmpty() != m.snomedTerm.isEmpty())
        return fieldError(SnomedTermColumn,
                          QCoreApplication::translate("MuscleCatalogue",
                                                      "a SNOMED CT code and its term go together"));

    m.referredPain = f.at(ReferredPainColumn).trimmed();
    m.caution = f.at(CautionColumn).trimmed();
    for (const QString& key : splitList(f.at(CautionKindsColumn))) {
        const std::optional<CautionKind> kind = cautionKindFromKey(key);
        if (!kind)
            return fieldError(
                CautionKindsColumn,
                QCoreApplication::translate("MuscleCatalogue", "unknown caution kind \"%1\"")
                    .arg(key));
        m.cautionKinds |= *kind;
    }
    return m;
}

} // namespace

QStringList MuscleCatalogue::csvColumns()
{
    return {QStringLiteral("id"),
            QStringLiteral("name"),
            QStringLiteral("region"),
            QStringLiteral("views"),
            QStringLiteral("bilateral"),
            QStringLiteral("depth"),
            QStringLiteral("group"),
            QStringLiteral("keywords"),
            QStringLiteral("snomed_code"),
            QStringLiteral("snomed_term"),
            QStringLiteral("referred_pain"),
            QStringLiteral("caution"),
            QStringLiteral("caution_kinds")};
}

Result<MuscleCatalogue> MuscleCatalogue::fromCsv(const QString& csvText)
{
    Result<QList<Record>> records = splitRecords(csvText);
    if (!records)
        return records.error();
    if (records->isEmpty())
        return formatError(
            1, 1, columnName(1),
            QCoreApplication::translate("MuscleCatalogue", "the header line is missing"));

    const Record& header = records->first();
    const QStringList expected = csvColumns();
    for (int i = 0; i < expected.size(); ++i) {
        if (i >= header.fields.size() || header.fields.at(i) != expected.at(i))
            return formatError(header.line, i + 1, expected.at(i),
                               QCoreApplication::translate(
                                   "MuscleCatalogue", "the header must name column \"%1\" here")
                                   .arg(expected.at(i)));
    }
    if (header.fields.size() > expected.size())
        return formatError(
            header.line, static_cast<int>(expected.size()) + 1, columnName(0),
            QCoreApplication::translate("MuscleCatalogue", "the header has extra columns"));

    MuscleCatalogue catalogue;
    for (qsizetype r = 1; r < records->size(); ++r) {
        const Record& record = records->at(r);
        Result<Muscle> muscle = parseMuscle(record);
        if (!muscle)
            return muscle.error();
        if (catalogue.m_indexById.contains(muscle->id))
            return formatError(
                record.line, IdColumn + 1, columnName(IdColumn + 1),
                QCoreApplication::translate("MuscleCatalogue", "id \"%1\" is used twice")
                    .arg(muscle->id));
        catalogue.m_indexById.insert(muscle->id, catalogue.m_muscles.size());
        SearchWords words;
        words.name = searchWords(muscle->name);
        words.keywords = searchWords(muscle->keywords.join(QLatin1Char(' ')));
        words.group = searchWords(muscle->group);
        words.id = searchWords(muscle->id);
        catalogue.m_searchWords.append(words);
        catalogue.m_muscles.append(std::move(muscle).value());
    }
    return catalogue;
}

QStringList MuscleCatalogue::translationColumns()
{
    return {QStringLiteral("id"),       QStringLiteral("name"),          QStringLiteral("group"),
            QStringLiteral("keywords"), QStringLiteral("referred_pain"), QStringLiteral("caution")};
}

Result<MuscleCatalogue> MuscleCatalogue::translated(const QString& csvText) const
{
    Result<QList<Record>> records = splitRecords(csvText);
    if (!records)
        return records.error();
    const QStringList expected = translationColumns();
    if (records->isEmpty() || records->first().fields != expected)
        return formatError(1, 1, expected.first(),
                           QCoreApplication::translate("MuscleCatalogue", "the header must be: %1")
                               .arg(expected.join(QLatin1Char(','))));
    MuscleCatalogue result = *this;
    QSet<QString> seen;
    for (qsizetype r = 1; r < records->size(); ++r) {
        const Record& record = records->at(r);
        if (record.fields.size() != expected.size())
            return formatError(
                record.line, 1, expected.first(),
                QCoreApplication::translate("MuscleCatalogue", "the line has %1 fields, not %2")
                    .arg(record.fields.size())
                    .arg(expected.size()));
        const QString id = record.fields.at(0).trimmed();
        const auto at = result.m_indexById.constFind(id);
        if (at == result.m_indexById.cend() || seen.contains(id))
            return formatError(record.line, 1, expected.first(),
                               QCoreApplication::translate(
                                   "MuscleCatalogue", "id \"%1\" is unknown or translated twice")
                                   .arg(id));
        seen.insert(id);
        const QString name = record.fields.at(1).trimmed();
        if (name.isEmpty())
            return formatError(record.line, 2, expected.at(1),
                               QCoreApplication::translate("MuscleCatalogue", "the name is empty"));
        Muscle& muscle = result.m_muscles[at.value()];
        muscle.name = name;
        if (const QString group = record.fields.at(2).trimmed(); !group.isEmpty())
            muscle.group = group;
        for (const QString& keyword :
             record.fields.at(3).split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
            if (!muscle.keywords.contains(keyword.trimmed()))
                muscle.keywords.append(keyword.trimmed());
        }
        if (const QString text = record.fields.at(4).trimmed(); !text.isEmpty())
            muscle.referredPain = text;
        if (const QString text = record.fields.at(5).trimmed(); !text.isEmpty())
            muscle.caution = text;
        // Search finds a muscle by the words of either language.
        SearchWords& words = result.m_searchWords[at.value()];
        words.name += searchWords(muscle.name);
        words.keywords = searchWords(muscle.keywords.join(QLatin1Char(' ')));
        words.group += searchWords(muscle.group);
    }
    if (seen.size() != result.m_muscles.size()) {
        for (const Muscle& muscle : result.m_muscles) {
            if (!seen.contains(muscle.id))
                return formatError(
                    records->last().line, 1, expected.first(),
                    QCoreApplication::translate("MuscleCatalogue", "no translation of \"%1\"")
                        .arg(muscle.id));
        }
    }
    return result;
}

namespace {

QString readResource(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

MuscleCatalogue loadBuiltIn(const QString& language)
{
    Result<MuscleCatalogue> english =
        MuscleCatalogue::fromCsv(readResource(QStringLiteral(":/muscles/muscles.csv")));
    if (!english)
        qFatal("built-in muscle catalogue is invalid: %s", qUtf8Printable(english.error().message));
    const QString translation =
        readResource(QStringLiteral(":/muscles/muscles.%1.csv").arg(language));
    if (translation.isEmpty())
        return std::move(english).value();
    Result<MuscleCatalogue> local = english->translated(translation);
    if (!local)
        qFatal("built-in muscle catalogue muscles.%s.csv is invalid: %s", qUtf8Printable(language),
               qUtf8Printable(local.error().message));
    return std::move(local).value();
}

} // namespace

const MuscleCatalogue& MuscleCatalogue::builtIn()
{
    // One per language asked for; std::map keeps each where it was made.
    static std::mutex guard;
    static std::map<QString, MuscleCatalogue> catalogues;
    const QString language = QLocale::languageToCode(QLocale().language());
    const std::lock_guard lock(guard);
    auto it = catalogues.find(language);
    if (it == catalogues.end())
        it = catalogues.emplace(language, loadBuiltIn(language)).first;
    return it->second;
}

const Muscle* MuscleCatalogue::find(const QString& id) const
{
    const auto it = m_indexById.constFind(id);
    return it == m_indexById.cend() ? nullptr : &m_muscles.at(it.value());
}

QList<Muscle> MuscleCatalogue::visibleIn(BodyView view) const
{
    QList<Muscle> visible;
    for (const Muscle& m : m_muscles) {
        if (m.isVisibleIn(view))
            visible.append(m);
    }
    return visible;
}

QList<Muscle> MuscleCatalogue::search(const QString& typed) const
{
    QStringList terms = searchWords(typed);
    terms.removeDuplicates();
    if (terms.isEmpty())
        return m_muscles;

    struct Hit {
        qsizetype index;
        int score;
    };
    QList<Hit> hits;
    for (qsizetype i = 0; i < m_muscles.size(); ++i) {
        const SearchWords& words = m_searchWords.at(i);
        int score = 0;
        bool all = true;
        for (const QString& term : terms) {
            // Per term, the best place it matches: name, then keyword, then group, then id.
            int best = 0;
            if (const int w = wordMatch(term, words.name))
                best = std::max(best, 6 + w);
            if (const int w = wordMatch(term, words.keywords))
                best = std::max(best, 4 + w);
            if (const int w = wordMatch(term, words.group))
                best = std::max(best, 2 + w);
            if (const int w = wordMatch(term, words.id))
                best = std::max(best, w);
            if (best == 0) {
                all = false;
                break;
            }
            score += best;
        }
        if (all)
            hits.append(Hit{i, score});
    }
    std::stable_sort(hits.begin(), hits.end(),
                     [](const Hit& a, const Hit& b) { return a.score > b.score; });
    QList<Muscle> found;
    found.reserve(hits.size());
    for (const Hit& h : hits)
        found.append(m_muscles.at(h.index));
    return found;
}

} // namespace needlechart
