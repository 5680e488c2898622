#pragma once

#include "needlechart/domain/session/NoteExcerpt.h"
#include "needlechart/domain/session/Session.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace needlechart {

class MuscleCatalogue;

// How note search sees a session note. A note's searchable text (its "document") is one line
// per piece of free text: the complaint, each point (muscle or site, side, notes), the needle
// count note, why it was not needled, the bruising site, each kind of other care and its note,
// each adverse event, the advice, the follow-up and each amendment (reason and text). A line is
// "<field key>\t<text>", the field a NoteField key, the text on one line. Words are folded as
// patient search folds names (SearchText::fold: no case, no accents), and a query term matches
// a word it begins, so "epicond" finds "épicondylalgia".
//
// The document and the tokens are written with the note whenever it is saved or amended, so
// search reads neither the note nor its rows.
class NoteSearchText {
public:
    // Bumped whenever what is indexed or how changes: stored documents and tokens are rebuilt
    // when the stored version differs.
    static constexpr int IndexVersion = 1;

    [[nodiscard]] static QString document(const Session& session, const MuscleCatalogue& catalogue);
    // The distinct words of the document, and the clinical group and keywords of each muscle
    // needled ("hamstrings", "ql"), under which the note is found.
    [[nodiscard]] static QStringList tokens(const Session& session,
                                            const MuscleCatalogue& catalogue);
    [[nodiscard]] static QStringList documentTokens(const QString& document);

    // Every line of the document in which a word begins with one of the (folded) `terms`,
    // with those words marked, in the order of the note.
    [[nodiscard]] static QList<NoteExcerpt> excerpts(const QString& document,
                                                     const QStringList& terms);
    // The line that matches the most terms (the first such), cut to about `width` characters
    // around its first match: what a list of results shows for a note.
    [[nodiscard]] static std::optional<NoteExcerpt>
    bestExcerpt(const QString& document, const QStringList& terms, qsizetype width = 120);
};

} // namespace needlechart
