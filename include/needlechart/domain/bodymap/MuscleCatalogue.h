#pragma once

#include "needlechart/domain/bodymap/BodyView.h"
#include "needlechart/domain/bodymap/Muscle.h"
#include "needlechart/domain/common/Result.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace needlechart {

// The muscles a body map offers, in file order (grouped by region, head to foot). A read-only
// value: copy it freely. The application uses builtIn(); tests build their own with fromCsv().
class MuscleCatalogue {
public:
    // The columns a catalogue file must have, in this order, as its first line.
    [[nodiscard]] static QStringList csvColumns();

    // Parses a catalogue file: comma-separated, fields with commas, quotes or line breaks in
    // double quotes, a quote inside such a field doubled. Strict: any unknown column, value or
    // duplicate id is an ErrorCode::Validation error whose message names the line and column
    // (1-based) and whose single FieldError names the column.
    [[nodiscard]] static Result<MuscleCatalogue> fromCsv(const QString& csvText);

    // The columns of a translation of the catalogue (muscles.<language>.csv): what a person
    // reads, by id. Region, views, depth, SNOMED CT and the caution tags are not translated.
    [[nodiscard]] static QStringList translationColumns();

    // This catalogue in another language: every muscle's name, group, referred pain and
    // caution from `csvText` (translationColumns(), one row per muscle, by id), its keywords
    // added to the English ones so that either language's words find it. A row for an unknown
    // id, a muscle without a row or an empty name is an ErrorCode::Validation error.
    [[nodiscard]] Result<MuscleCatalogue> translated(const QString& csvText) const;

    // The catalogue compiled in from resources/muscles/muscles.csv, parsed on first use, in
    // the language of QLocale() where a translation is compiled in (muscles.de.csv), else in
    // English. Those files are project data checked by the tests, so failing to read one
    // aborts with a message. Each language's catalogue lives as long as the program.
    [[nodiscard]] static const MuscleCatalogue& builtIn();

    MuscleCatalogue() = default;

    [[nodiscard]] qsizetype size() const { return m_muscles.size(); }
    [[nodiscard]] bool isEmpty() const { return m_muscles.isEmpty(); }
    [[nodiscard]] const QList<Muscle>& all() const { return m_muscles; }
    // The muscle with `id`, or nullptr. The pointer is valid as long as this catalogue.
    [[nodiscard]] const Muscle* find(const QString& id) const;
    // The muscles drawn in `view`, in catalogue order.
    [[nodiscard]] QList<Muscle> visibleIn(BodyView view) const;
    // The muscles matching what someone typed: every typed word, folded like patient search,
    // starts some word of the name, group, id or a keyword. Best matches first (a word of the
    // name beats a keyword, a keyword beats the group, a whole word beats a prefix), then in
    // catalogue order. Nothing typed gives every muscle.
    [[nodiscard]] QList<Muscle> search(const QString& typed) const;

private:
    // Folded search words of one muscle, parallel to m_muscles.
    struct SearchWords {
        QStringList name;
        QStringList keywords;
        QStringList group;
        QStringList id;
    };

    QList<Muscle> m_muscles;
    QList<SearchWords> m_searchWords;
    QHash<QString, qsizetype> m_indexById;
};

} // namespace needlechart
