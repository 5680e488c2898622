#pragma once

#include "needlechart/domain/bodymap/MuscleCatalogue.h"
#include "needlechart/domain/common/Result.h"
#include "needlechart/domain/session/DraftNote.h"
#include "needlechart/domain/session/MuscleVisit.h"
#include "needlechart/domain/session/Session.h"
#include "needlechart/domain/session/SessionSummary.h"
#include "needlechart/storage/database/StatementCache.h"
#include "needlechart/storage/session/NoteSearchIndex.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>

#include <vector>

namespace needlechart {

class Database;

// Session notes in SQL: the only place that knows the session tables. A note and the rows of
// its lists are always written together, inside one Transaction (nested into the caller's
// when there is one). Signed notes are guarded here too, not only by the service: every write
// to a note is conditional on status = 'draft', so no call in this class can change or delete
// a signed note, and amendments can only be appended.
//
// Holds prepared statements on the Database's connection: destroy it before the Database.
class SessionRepository {
    Q_DECLARE_TR_FUNCTIONS(SessionRepository)

public:
    // `catalogue` names the muscles in the notes' search text (NoteSearchIndex), whose limits
    // tests make small.
    explicit SessionRepository(Database& database,
                               const MuscleCatalogue& catalogue = MuscleCatalogue::builtIn(),
                               NoteSearchIndex::Limits searchLimits = {});

    // Inserts a new draft (id 0) or rewrites a stored one whose rowVersion still matches and
    // which is still a draft (else Conflict; NotFound if it is gone; Locked-note error if it was
    // signed meanwhile). Returns it as stored: id, timestamps, rowVersion + 1. Amendments and
    // signature fields of `session` are ignored.
    [[nodiscard]] Result<Session> saveDraft(const Session& session, const QDateTime& nowUtc);
    // Locks a stored draft at `rowVersion` as signed by `signedBy` at `nowUtc`, relying on the
    // consent, leaflet version and screening given (0: none), by the staff account given with
    // the registration number it held then (0: no account, as for notes from before accounts).
    [[nodiscard]] Result<Session> markSigned(SessionId id, qint64 rowVersion,
                                             const QString& signedBy, const QDateTime& nowUtc,
                                             qint64 consentId = 0, int leafletVersion = 0,
                                             qint64 screeningId = 0, qint64 signedByAccount = 0,
                                             const QString& signedByRegistration = {});
    // Appends an amendment to a signed note; returns it with its id.
    [[nodiscard]] Result<Amendment> appendAmendment(SessionId id, const Amendment& amendment);
    // Deletes a draft and its rows. A signed note is refused.
    [[nodiscard]] Status deleteDraft(SessionId id);

    [[nodiscard]] Result<Session> get(SessionId id);
    // The patient's sessions, newest treatment first.
    [[nodiscard]] Result<std::vector<SessionSummary>> history(PatientId patientId);
    // Every point of the patient's signed notes in `muscleId` on `side`, newest visit first.
    [[nodiscard]] Result<std::vector<MuscleVisit>>
    muscleHistory(PatientId patientId, const MuscleId& muscleId, BodySide side);
    // The unsigned notes charted by `clinicianLogin`, oldest treatment first.
    [[nodiscard]] Result<std::vector<DraftNote>> drafts(const QString& clinicianLogin);
    // How many points were marked on each region ("infraspinatus_L") over all the patient's
    // sessions except `excluded` (0 excludes none).
    [[nodiscard]] Result<QHash<QString, int>> needlingCounts(PatientId patientId,
                                                             SessionId excluded);
    // The trigger points of one session, in order (for the ghosted earlier session).
    [[nodiscard]] Result<TriggerPointSet> points(SessionId id);
    // The pain drawing of one session, in order (for the ghosted earlier visit).
    [[nodiscard]] Result<QList<PainArea>> painDrawing(SessionId id);

    // Notes with the words of `query` (NoteSearchIndex::search). Every save and amendment keeps
    // the index current in its own transaction.
    [[nodiscard]] Result<NoteSearchResult> searchNotes(const NoteSearchQuery& query);
    // Builds the search entries of every note if they were built by another version of
    // NoteSearchText, or never (notes from before note search): one transaction.
    [[nodiscard]] Status ensureSearchIndex();

    // Prepares now the statements that opening a note and its chart run (get, history,
    // needlingCounts, points), which are otherwise prepared on first use: on a clinic server
    // each costs a round trip and the server's parsing, so the first patient opened after
    // start-up would be slower than the next.
    [[nodiscard]] Status prepareReadStatements();

private:
    [[nodiscard]] Result<QSqlQuery*> prepared(const QString& sql);
    [[nodiscard]] Status writeRows(const Session& session);
    [[nodiscard]] Status deleteRows(SessionId id);
    [[nodiscard]] Result<SessionStatus> statusOf(SessionId id);

    Database& m_database;
    StatementCache m_statements;
    NoteSearchIndex m_search;
};

} // namespace needlechart
