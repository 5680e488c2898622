#pragma once

#include "needlechart/domain/common/Result.h"
#include "needlechart/domain/session/NoteSearchQuery.h"
#include "needlechart/domain/session/NoteSearchResult.h"
#include "needlechart/domain/session/Session.h"
#include "needlechart/storage/database/PrefixTerms.h"
#include "needlechart/storage/database/StatementCache.h"

#include <QCoreApplication>
#include <QStringList>

namespace needlechart {

class Database;
class MuscleCatalogue;

// The search index of session notes in SQL: each note's searchable text and its words
// (NoteSearchText), in session_search_text and session_search_token. SessionRepository writes a
// note's entry inside the transaction that saves or amends it; search() answers a query with
// one statement, choosing how from how many notes each term matches:
//  - in one patient's notes: that patient's notes, newest first, each probed for each term;
//  - a term that few notes have: the notes that have it (a range of the token key), sorted;
//  - every term in many notes ("pain", "r"): the notes from the newest, probed until a page
//    of results is full; with several such words, only the newest Limits::walkWindow notes are
//    walked, and if those do not fill the page (words often apart, seldom together), the notes with
//    the rarest word are taken and sorted.
// Holds prepared statements on the Database's connection: destroy it before the Database.
class NoteSearchIndex {
    Q_DECLARE_TR_FUNCTIONS(NoteSearchIndex)

public:
    // When search walks the notes instead of sorting those with a word (see above).
    struct Limits {
        // How many notes a word must be found in before search walks the notes from the
        // newest instead of sorting those that have it.
        int walkThreshold = 2000;
        // With several words each in many notes, how many of the newest notes are walked
        // before search takes the notes with the rarest word instead.
        int walkWindow = 5000;
    };

    NoteSearchIndex(Database& database, const MuscleCatalogue& catalogue, Limits limits);

    // Replaces the stored text and words of `session` (stored, with its amendments). Call
    // inside the transaction that writes the note.
    [[nodiscard]] Status write(const Session& session);
    // An empty query finds nothing (the result is empty, not an error).
    [[nodiscard]] Result<NoteSearchResult> search(const NoteSearchQuery& query);

    // Whether the stored entries were built by this version of NoteSearchText, and marking them
    // so once rebuilt (inside the rebuild's transaction).
    [[nodiscard]] Result<bool> isCurrent();
    [[nodiscard]] Status markCurrent();

    // Terms bound in SQL; further terms are checked against the found notes' text.
    static constexpr int MaxSqlTerms = PrefixTerms::MaxTerms;

private:
    [[nodiscard]] Result<QSqlQuery*> prepared(const QString& sql);
    // Each term's count of matching words (at most Limits::walkThreshold).
    [[nodiscard]] Result<QList<int>> probe(const QStringList& terms);
    // When the Limits::walkWindow-th newest note was treated (stored text); empty if there are
    // fewer.
    [[nodiscard]] Result<QString> recentWindowStart();
    // Runs one of the search statements; `since` binds :since when not empty.
    [[nodiscard]] Result<NoteSearchResult> run(const QString& sql, const NoteSearchQuery& query,
                                               const QStringList& terms,
                                               const QStringList& checkedLater, int limit,
                                               const QString& since);

    Database& m_database;
    const MuscleCatalogue& m_catalogue;
    Limits m_limits;
    StatementCache m_statements;
};

} // namespace needlechart
