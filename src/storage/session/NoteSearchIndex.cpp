#include "needlechart/storage/session/NoteSearchIndex.h"

#include "needlechart/domain/patients/SearchText.h"
#include "needlechart/domain/session/NoteSearchText.h"
#include "needlechart/storage/database/Database.h"
#include "needlechart/storage/database/PrefixTerms.h"
#include "needlechart/storage/database/SqlError.h"
#include "needlechart/storage/database/SqlValues.h"

#include <QSet>
#include <QSqlQuery>
#include <QStringBuilder>

#include <algorithm>
#include <numeric>

namespace needlechart {
namespace {

// Every SQL text is a constant; every value is bound.
const QString SelectTokens =
    QStringLiteral("SELECT token FROM session_search_token WHERE session_id = :id");
const QString DeleteToken =
    QStringLiteral("DELETE FROM session_search_token WHERE session_id = :id AND token = :token");
const QString InsertToken =
    QStringLiteral("INSERT INTO session_search_token (token, session_id) VALUES (:token, :id)");
const QString UpsertText =
    QStringLiteral("INSERT INTO session_search_text (session_id, body) VALUES (:id, :body) "
                   "ON CONFLICT (session_id) DO UPDATE SET body = excluded.body");

const QString SelectVersion =
    QStringLiteral("SELECT meta_value FROM app_meta WHERE meta_key = 'note_search_index_version'");
const QString UpdateVersion = QStringLiteral(
    "UPDATE app_meta SET meta_value = :value WHERE meta_key = 'note_search_index_version'");

// How many words each term matches, counting no further than :capN: one round trip for all
// the terms, each a range of the primary key. An unused slot (:useN = 0) counts nothing.
const QString ProbeTerms =
    QStringLiteral("SELECT (SELECT COUNT(*) FROM (SELECT 1 FROM session_search_token "
                   "WHERE token >= :lo0 AND token < :hi0 LIMIT :cap0) c0), "
                   "(SELECT COUNT(*) FROM (SELECT 1 FROM session_search_token "
                   "WHERE :use1 <> 0 AND token >= :lo1 AND token < :hi1 LIMIT :cap1) c1), "
                   "(SELECT COUNT(*) FROM (SELECT 1 FROM session_search_token "
                   "WHERE :use2 <> 0 AND token >= :lo2 AND token < :hi2 LIMIT :cap2) c2), "
                   "(SELECT COUNT(*) FROM (SELECT 1 FROM session_search_token "
                   "WHERE :use3 <> 0 AND token >= :lo3 AND token < :hi3 LIMIT :cap3) c3)");

const QString HitColumns = QStringLiteral(
    "SELECT s.id, s.patient_id, p.family_name, p.given_name, p.preferred_name, s.treated_at, "
    "s.clinician, s.status, d.body FROM session s JOIN patient p ON p.id = s.patient_id "
    "JOIN session_search_text d ON d.session_id = s.id ");
const QString FirstTermProbe =
    QStringLiteral(" AND EXISTS (SELECT 1 FROM session_search_token t0 WHERE t0.session_id = s.id "
                   "AND t0.token >= :lo0 AND t0.token < :hi0)");
const QString OtherTermProbes = QStringLiteral(
    " AND (:use1 = 0 OR EXISTS (SELECT 1 FROM session_search_token t1 WHERE t1.session_id = s.id "
    "AND t1.token >= :lo1 AND t1.token < :hi1))"
    " AND (:use2 = 0 OR EXISTS (SELECT 1 FROM session_search_token t2 WHERE t2.session_id = s.id "
    "AND t2.token >= :lo2 AND t2.token < :hi2))"
    " AND (:use3 = 0 OR EXISTS (SELECT 1 FROM session_search_token t3 WHERE t3.session_id = s.id "
    "AND t3.token >= :lo3 AND t3.token < :hi3))");
const QString ClinicianFilter = QStringLiteral(" AND (:any_clinician = 1 OR s.clinician_login = "
                                               ":login)");
const QString NewestFirst = QStringLiteral(" ORDER BY s.treated_at DESC, s.id DESC LIMIT :limit");

// One patient's notes (an index range of session_patient_treated_at), each probed.
const QString SearchPatient = HitColumns % QStringLiteral("WHERE s.patient_id = :patient")
                              % ClinicianFilter % FirstTermProbe % OtherTermProbes % NewestFirst;
// The notes with a word the leading term begins, then sorted.
const QString SearchByToken =
    HitColumns
    % QStringLiteral("WHERE s.id IN (SELECT t.session_id FROM session_search_token t "
                     "WHERE t.token >= :lo0 AND t.token < :hi0)")
    % ClinicianFilter % OtherTermProbes % NewestFirst;
// Every note from the newest (session_treated_at), probed until the page is full.
const QString SearchByDate = HitColumns % QStringLiteral("WHERE 1 = 1") % ClinicianFilter
                             % FirstTermProbe % OtherTermProbes % NewestFirst;
// The same walk kept to the notes treated since :since (the newest Limits::walkWindow notes).
const QString SearchRecentByDate = HitColumns % QStringLiteral("WHERE s.treated_at >= :since")
                                   % ClinicianFilter % FirstTermProbe % OtherTermProbes
                                   % NewestFirst;
// When the Limits::walkWindow-th newest note was treated (no row when there are fewer notes).
const QString SelectWindowStart = QStringLiteral(
    "SELECT treated_at FROM session ORDER BY treated_at DESC, id DESC LIMIT 1 OFFSET :offset");

// Whether each of `terms` begins a word of the note's text (for the terms beyond MaxSqlTerms).
bool matchesAll(const QString& document, const QStringList& terms)
{
    if (terms.isEmpty())
        return true;
    const QStringList words = NoteSearchText::documentTokens(document);
    return std::all_of(terms.cbegin(), terms.cend(), [&words](const QString& term) {
        return std::any_of(words.cbegin(), words.cend(),
                           [&term](const QString& word) { return word.startsWith(term); });
    });
}

} // namespace

NoteSearchIndex::NoteSearchIndex(Database& database, const MuscleCatalogue& catalogue,
                                 Limits limits)
    : m_database(database), m_catalogue(catalogue), m_limits(limits), m_statements(database)
{}

Result<QSqlQuery*> NoteSearchIndex::prepared(const QString& sql)
{
    return m_statements.get(sql, tr("Could not prepare a database query"));
}

Status NoteSearchIndex::write(const Session& session)
{
    const QString what = tr("Could not update the search index of the notes");
    const QString document = NoteSearchText::document(session, m_catalogue);
    const QStringList tokens = NoteSearchText::tokens(session, m_catalogue);
    {
        auto statement = prepared(UpsertText);
        if (!statement)
            return statement.error();
        QSqlQuery& q = **statement;
        q.bindValue(QStringLiteral(":id"), session.id);
        q.bindValue(QStringLiteral(":body"), SqlValues::text(document));
        if (!q.exec())
            return SqlError::from(q.lastError(), what);
        q.finish();
    }

    // Only the words that changed are written: an autosave usually changes a word or two.
    QSet<QString> stored;
    {
        auto statement = prepared(SelectTokens);
        if (!statement)
            return statement.error();
        QSqlQuery& q = **statement;
        q.bindValue(QStringLiteral(":id"), session.id);
        if (!q.exec())
            return SqlError::from(q.lastError(), what);
        while (q.next())
            stored.insert(q.value(0).toString());
        q.finish();
    }
    const QSet<QString> wanted(tokens.cbegin(), tokens.cend());
    for (const QString& token : stored) {
        if (wanted.contains(token))
            continue;
        auto statement = prepared(DeleteToken);
        if (!statement)
            return statement.error();
        QSqlQuery& q = **statement;
        q.bindValue(QStringLiteral(":id"), session.id);
        q.bindValue(QStringLiteral(":token"), token);
        if (!q.exec())
            return SqlError::from(q.lastError(), what);
        q.finish();
    }
    for (const QString& token : tokens) {
        if (stored.contains(token))
            continue;
        auto statement = prepared(InsertToken);
        if (!statement)
            return statement.error();
        QSqlQuery& q = **statement;
        q.bindValue(QStringLiteral(":token"), token);
        q.bindValue(QStringLiteral(":id"), session.id);
        if (!q.exec())
            return SqlError::from(q.lastError(), what);
        q.finish();
    }
    return {};
}

Result<QList<int>> NoteSearchIndex::probe(const QStringList& terms)
{
    auto statement = prepared(ProbeTerms);
    if (!statement)
        return statement.error();
    QSqlQuery& q = **statement;
    PrefixTerms::bind(q, terms);
    for (const char* cap : {":cap0", ":cap1", ":cap2", ":cap3"})
        q.bindValue(QString::fromLatin1(cap), m_limits.walkThreshold);
    if (!q.exec() || !q.next())
        return SqlError::from(q.lastError(), tr("Could not search the notes"));
    QList<int> counts;
    for (int i = 0; i < terms.size() && i < MaxSqlTerms; ++i)
        counts.append(q.value(i).toInt());
    q.finish();
    return counts;
}

Result<NoteSearchResult> NoteSearchIndex::search(const NoteSearchQuery& query)
{
    QStringList terms = SearchText::queryTerms(query.text); // longest first
    if (terms.isEmpty())
        return NoteSearchResult{};
    const QStringList checkedLater = terms.mid(MaxSqlTerms);
    terms = terms.mid(0, MaxSqlTerms);
    const int limit = std::clamp(query.limit, 1, NoteSearchQuery::MaxLimit);

    const QString* sql = &SearchPatient;
    if (query.patientId == 0) {
        // The term found in the fewest notes leads; if even that one is in many notes, the
        // newest notes are walked instead.
        auto counts = probe(terms);
        if (!counts)
            return counts.error();
        QList<int> order(terms.size());
        std::iota(order.begin(), order.end(), 0);
        std::stable_sort(order.begin(), order.end(),
                         [&counts](int a, int b) { return counts->at(a) < counts->at(b); });
        QStringList reordered;
        for (int i : order)
            reordered.append(terms.at(i));
        terms = reordered;
        if (counts->at(order.first()) == 0)
            return NoteSearchResult{};
        if (counts->at(order.first()) < m_limits.walkThreshold) {
            sql = &SearchByToken;
        } else if (terms.size() == 1) {
            sql = &SearchByDate;
        } else {
            // Each word is in many notes, but together they may be in few: walk the newest
            // notes only, and if they do not fill the page, take the notes with the rarest word.
            auto windowStart = recentWindowStart();
            if (!windowStart)
                return windowStart.error();
            if (windowStart->isEmpty()) {
                sql = &SearchByDate; // few notes in all
            } else {
                auto recent =
                    run(SearchRecentByDate, query, terms, checkedLater, limit, *windowStart);
                if (!recent || recent->more)
                    return recent;
                sql = &SearchByToken;
            }
        }
    }
    return run(*sql, query, terms, checkedLater, limit, {});
}

Result<QString> NoteSearchIndex::recentWindowStart()
{
    auto statement = prepared(SelectWindowStart);
    if (!statement)
        return statement.error();
    QSqlQuery& q = **statement;
    q.bindValue(QStringLiteral(":offset"), m_limits.walkWindow - 1);
    if (!q.exec())
        return SqlError::from(q.lastError(), tr("Could not search the notes"));
    const QString since = q.next() ? q.value(0).toString() : QString();
    q.finish();
    return since;
}

Result<NoteSearchResult> NoteSearchIndex::run(const QString& sql, const NoteSearchQuery& query,
                                              const QStringList& terms,
                                              const QStringList& checkedLater, int limit,
                                              const QString& since)
{
    auto statement = prepared(sql);
    if (!statement)
        return statement.error();
    QSqlQuery& q = **statement;
    PrefixTerms::bind(q, terms);
    if (query.patientId != 0)
        q.bindValue(QStringLiteral(":patient"), query.patientId);
    if (!since.isEmpty())
        q.bindValue(QStringLiteral(":since"), since);
    q.bindValue(QStringLiteral(":any_clinician"), query.clinicianLogin.isEmpty() ? 1 : 0);
    q.bindValue(QStringLiteral(":login"), SqlValues::text(query.clinicianLogin));
    q.bindValue(QStringLiteral(":limit"), limit + 1);
    if (!q.exec())
        return SqlError::from(q.lastError(), tr("Could not search the notes"));
    NoteSearchResult result;
    while (q.next()) {
        NoteSearchHit hit;
        hit.sessionId = q.value(0).toLongLong();
        hit.patient.id = q.value(1).toLongLong();
        hit.patient.familyName = q.value(2).toString();
        hit.patient.givenName = q.value(3).toString();
        hit.patient.preferredName = q.value(4).toString();
        hit.treatedAt = SqlValues::timestamp(q.value(5));
        hit.clinician = q.value(6).toString();
        hit.status =
            enumFromKey<SessionStatus>(q.value(7).toString()).value_or(SessionStatus::Signed);
        hit.document = q.value(8).toString();
        if (!matchesAll(hit.document, checkedLater))
            continue;
        if (int(result.hits.size()) == limit) {
            result.more = true;
            break;
        }
        result.hits.push_back(std::move(hit));
    }
    q.finish();
    return result;
}

Result<bool> NoteSearchIndex::isCurrent()
{
    auto statement = prepared(SelectVersion);
    if (!statement)
        return statement.error();
    QSqlQuery& q = **statement;
    if (!q.exec())
        return SqlError::from(q.lastError(), tr("Could not check the search index of the notes"));
    const bool current =
        q.next() && q.value(0).toString() == QString::number(NoteSearchText::IndexVersion);
    q.finish();
    return current;
}

Status NoteSearchIndex::markCurrent()
{
    auto statement = prepared(UpdateVersion);
    if (!statement)
        return statement.error();
    QSqlQuery& q = **statement;
    q.bindValue(QStringLiteral(":value"), QString::number(NoteSearchText::IndexVersion));
    if (!q.exec())
        return SqlError::from(q.lastError(), tr("Could not rebuild the search index of the notes"));
    q.finish();
    return {};
}

} // namespace needlechart
