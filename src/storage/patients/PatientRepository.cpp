#include "needlechart/storage/patients/PatientRepository.h"

#include "needlechart/domain/patients/SearchText.h"
#include "needlechart/storage/database/Database.h"
#include "needlechart/storage/database/PrefixTerms.h"
#include "needlechart/storage/database/SqlError.h"
#include "needlechart/storage/database/SqlValues.h"
#include "needlechart/storage/database/Transaction.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringBuilder>

#include <spdlog/spdlog.h>

namespace needlechart {
namespace {

const QString PatientColumns = QStringLiteral(
    "id, family_name, given_name, preferred_name, date_of_birth, sex, phone, email, address, "
    "referrer, notes, last_visit_on, created_at, updated_at, row_version");

Patient readPatient(const QSqlQuery& q)
{
    Patient p;
    p.id = q.value(0).toLongLong();
    p.familyName = q.value(1).toString();
    p.givenName = q.value(2).toString();
    p.preferredName = q.value(3).toString();
    p.dateOfBirth = SqlValues::date(q.value(4));
    p.sex = sexFromKey(q.value(5).toString()).value_or(Sex::NotStated);
    p.phone = q.value(6).toString();
    p.email = q.value(7).toString();
    p.address = q.value(8).toString();
    p.referrer = q.value(9).toString();
    p.notes = q.value(10).toString();
    p.lastVisitOn = SqlValues::date(q.value(11));
    p.createdAt = SqlValues::timestamp(q.value(12));
    p.updatedAt = SqlValues::timestamp(q.value(13));
    p.rowVersion = q.value(14).toLongLong();
    return p;
}

void bindPatientFields(QSqlQuery& q, const Patient& p)
{
    q.bindValue(QStringLiteral(":family_name"), SqlValues::text(p.familyName));
    q.bindValue(QStringLiteral(":given_name"), SqlValues::text(p.givenName));
    q.bindValue(QStringLiteral(":preferred_name"), SqlValues::text(p.preferredName));
    q.bindValue(QStringLiteral(":date_of_birth"), SqlValues::dateText(p.dateOfBirth));
    q.bindValue(QStringLiteral(":sex"), sexKey(p.sex));
    q.bindValue(QStringLiteral(":phone"), SqlValues::text(p.phone));
    q.bindValue(QStringLiteral(":email"), SqlValues::text(p.email));
    q.bindValue(QStringLiteral(":address"), SqlValues::text(p.address));
    q.bindValue(QStringLiteral(":referrer"), SqlValues::text(p.referrer));
    q.bindValue(QStringLiteral(":notes"), SqlValues::text(p.notes));
    q.bindValue(QStringLiteral(":last_visit_on"), SqlValues::dateOrNull(p.lastVisitOn));
    q.bindValue(QStringLiteral(":name_sort_key"), SearchText::nameSortKey(p));
}

// ---- Listing and search --------------------------------------------------------------------
//
// Every SQL text below is a constant; a query is assembled only from these constants (the
// whitelisted sort orders among them), and every value, search terms included, is bound.
//
// Search first counts, in one statement, how many tokens each term matches (up to a limit), and
// lets the rarest term lead. Then it picks one of two plans:
//  - the leading term matches few tokens (below the sort's small-match limit): "term-driven" --
//    read those tokens from the primary key, keep the patients that match the other terms
//    too, sort that small set;
//  - it matches many: "order-driven" -- walk in the requested order and stop after one page
//    of patients that match every term. Sorted by name (the list's default) the walk is over
//    the tokens' name-ordered index, patient_search_token_by_name, one index-only scan; other
//    sorts walk the patients through the sort column's index and look each one's tokens up.
// Both back ends run the same SQL. SQLite's planner is told which index the name walk reads
// (below); PostgreSQL's chooses between the two indexes from the term's bound range and its
// statistics, kept fine enough for prefixes by migration 0009.

// Terms bound per query; more words than this are rare and the longest are kept.
constexpr int MaxSearchTerms = PrefixTerms::MaxTerms;
// Tokens counted before the term-driven plan is abandoned for the order-driven one. Sorting m
// matches costs in proportion to m; a walk costs in proportion to how far it goes before a
// page is found, about (page / m) of the index when the matches are spread through the order
// (given names, phone numbers and dates are; a family name's are bunched in one place). The
// name walk reads only index entries and is cheap per entry, so it takes over early; the
// other sorts' walks look each patient's tokens up, and take over only for very broad terms.
// Measured on 100,000 patients (docs/performance.md, sections 1 and 11).
constexpr int SmallMatchLimitByName = 4000;
constexpr int SmallMatchLimit = 15000;

// The extra-term test for the patient id in `pid`. An unused slot is switched off by binding
// :useN = 0, which short-circuits the EXISTS.
const QString ExtraTermsForP = QStringLiteral(
    " AND (:use1 = 0 OR EXISTS (SELECT 1 FROM patient_search_token u1 WHERE u1.patient_id = p.id "
    "AND u1.token >= :lo1 AND u1.token < :hi1))"
    " AND (:use2 = 0 OR EXISTS (SELECT 1 FROM patient_search_token u2 WHERE u2.patient_id = p.id "
    "AND u2.token >= :lo2 AND u2.token < :hi2))"
    " AND (:use3 = 0 OR EXISTS (SELECT 1 FROM patient_search_token u3 WHERE u3.patient_id = p.id "
    "AND u3.token >= :lo3 AND u3.token < :hi3))");
const QString ExtraTermsForT =
    QStringLiteral(" AND (:use1 = 0 OR EXISTS (SELECT 1 FROM patient_search_token u1 WHERE "
                   "u1.patient_id = t.patient_id "
                   "AND u1.token >= :lo1 AND u1.token < :hi1))"
                   " AND (:use2 = 0 OR EXISTS (SELECT 1 FROM patient_search_token u2 WHERE "
                   "u2.patient_id = t.patient_id "
                   "AND u2.token >= :lo2 AND u2.token < :hi2))"
                   " AND (:use3 = 0 OR EXISTS (SELECT 1 FROM patient_search_token u3 WHERE "
                   "u3.patient_id = t.patient_id "
                   "AND u3.token >= :lo3 AND u3.token < :hi3))");
const QString LeadingTermForP = QStringLiteral(
    " WHERE EXISTS (SELECT 1 FROM patient_search_token u0 WHERE u0.patient_id = p.id "
    "AND u0.token >= :lo0 AND u0.token < :hi0)");
const QString Page = QStringLiteral(" LIMIT :limit OFFSET :offset");

// Sorted by name, either plan reads only the token table (both of its indexes carry the sort
// key) up to the page, and then the page's patients. Term-driven: the primary key's range of
// the leading term, sorted. Order-driven: the name-ordered index walked from the start of the
// alphabet, testing each entry's token.
const QString ByNameSelect = QStringLiteral(
    "SELECT p.id, p.family_name, p.given_name, p.preferred_name, p.date_of_birth, p.phone, "
    "p.last_visit_on FROM patient p JOIN (SELECT DISTINCT t.name_sort_key, t.patient_id "
    "FROM patient_search_token t");
const QString ByNameLeadingTerm = QStringLiteral(" WHERE t.token >= :lo0 AND t.token < :hi0");
const QString ByNameWalkIndex = QStringLiteral("patient_search_token_by_name");
const QString ByNameAsc =
    QStringLiteral(" ORDER BY t.name_sort_key ASC, t.patient_id ASC LIMIT :limit OFFSET :offset) m "
                   "ON m.patient_id = p.id ORDER BY m.name_sort_key ASC, m.patient_id ASC");
const QString ByNameDesc = QStringLiteral(
    " ORDER BY t.name_sort_key DESC, t.patient_id DESC LIMIT :limit OFFSET :offset) m "
    "ON m.patient_id = p.id ORDER BY m.name_sort_key DESC, m.patient_id DESC");

// Term-driven, other sorts: the matching ids as a set, the patients sorted by the column.
const QString TermDrivenOtherHead = QStringLiteral(
    "SELECT p.id, p.family_name, p.given_name, p.preferred_name, p.date_of_birth, p.phone, "
    "p.last_visit_on FROM patient p WHERE p.id IN (SELECT t.patient_id FROM patient_search_token t "
    "WHERE t.token >= :lo0 AND t.token < :hi0)");

const QString OrderDrivenHead = QStringLiteral(
    "SELECT p.id, p.family_name, p.given_name, p.preferred_name, p.date_of_birth, p.phone, "
    "p.last_visit_on FROM patient p");

const QString CountAll = QStringLiteral("SELECT COUNT(*) FROM patient");
const QString CountMatching =
    QStringLiteral("SELECT COUNT(*) FROM (SELECT DISTINCT t.patient_id FROM patient_search_token t "
                   "WHERE t.token >= :lo0 AND t.token < :hi0");
const QString CountMatchingTail = QStringLiteral(") matches");

// How many tokens each term matches, counting no further than :capN: one round trip for all the
// terms, each an index range of the primary key. An unused slot (:useN = 0) counts nothing.
const QString ProbeTerms =
    QStringLiteral("SELECT (SELECT COUNT(*) FROM (SELECT 1 FROM patient_search_token "
                   "WHERE token >= :lo0 AND token < :hi0 LIMIT :cap0) c0), "
                   "(SELECT COUNT(*) FROM (SELECT 1 FROM patient_search_token "
                   "WHERE :use1 <> 0 AND token >= :lo1 AND token < :hi1 LIMIT :cap1) c1), "
                   "(SELECT COUNT(*) FROM (SELECT 1 FROM patient_search_token "
                   "WHERE :use2 <> 0 AND token >= :lo2 AND token < :hi2 LIMIT :cap2) c2), "
                   "(SELECT COUNT(*) FROM (SELECT 1 FROM patient_search_token "
                   "WHERE :use3 <> 0 AND token >= :lo3 AND token < :hi3 LIMIT :cap3) c3)");

// ORDER BY for the whitelisted sort keys, each served by an index on (column, name_sort_key,
// id) so ties are ordered too and OFFSET paging is stable. A patient never seen (NULL last
// visit) sorts as the oldest visit, said outright because the two back ends' defaults differ
// (SQLite puts NULL first in ascending order, PostgreSQL last).
QString orderByClause(PatientQuery::SortKey key, bool descending)
{
    switch (key) {
    case PatientQuery::SortKey::Name:
        return descending ? QStringLiteral(" ORDER BY p.name_sort_key DESC, p.id DESC")
                          : QStringLiteral(" ORDER BY p.name_sort_key ASC, p.id ASC");
    case PatientQuery::SortKey::DateOfBirth:
        return descending
                   ? QStringLiteral(
                       " ORDER BY p.date_of_birth DESC, p.name_sort_key DESC, p.id DESC")
                   : QStringLiteral(" ORDER BY p.date_of_birth ASC, p.name_sort_key ASC, p.id ASC");
    case PatientQuery::SortKey::Phone:
        return descending
                   ? QStringLiteral(" ORDER BY p.phone DESC, p.name_sort_key DESC, p.id DESC")
                   : QStringLiteral(" ORDER BY p.phone ASC, p.name_sort_key ASC, p.id ASC");
    case PatientQuery::SortKey::LastVisit:
        return descending
                   ? QStringLiteral(" ORDER BY p.last_visit_on DESC NULLS LAST, p.name_sort_key "
                                    "DESC, p.id DESC")
                   : QStringLiteral(" ORDER BY p.last_visit_on ASC NULLS FIRST, p.name_sort_key "
                                    "ASC, p.id ASC");
    }
    return QStringLiteral(" ORDER BY p.name_sort_key ASC, p.id ASC");
}

QStringList boundTerms(const QString& searchText)
{
    QStringList terms = SearchText::queryTerms(searchText); // longest first
    if (terms.size() > MaxSearchTerms)
        terms = terms.mid(0, MaxSearchTerms);
    return terms;
}

} // namespace

PatientRepository::PatientRepository(Database& database)
    : m_database(database), m_statements(database)
{}

Result<Patient> PatientRepository::create(const Patient& patient, const QDateTime& nowUtc)
{
    if (patient.isStored())
        return Error{ErrorCode::Database, tr("This patient is already registered."), {}, {}};
    Transaction tx(m_database);
    if (!tx.begun().ok())
        return tx.begun().error();

    Patient stored = patient;
    stored.createdAt = nowUtc.toUTC();
    stored.updatedAt = stored.createdAt;
    stored.rowVersion = 1;

    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO patient (family_name, given_name, preferred_name, date_of_birth, sex, phone, "
        "email, address, referrer, notes, last_visit_on, name_sort_key, created_at, updated_at, "
        "row_version) VALUES (:family_name, :given_name, :preferred_name, :date_of_birth, :sex, "
        ":phone, :email, :address, :referrer, :notes, :last_visit_on, :name_sort_key, :created_at, "
        ":updated_at, 1) RETURNING id"));
    bindPatientFields(q, stored);
    q.bindValue(QStringLiteral(":created_at"), SqlValues::timestampText(stored.createdAt));
    q.bindValue(QStringLiteral(":updated_at"), SqlValues::timestampText(stored.updatedAt));
    if (!q.exec() || !q.next())
        return SqlError::from(q.lastError(), tr("Could not register the patient"));
    stored.id = q.value(0).toLongLong();
    q.finish();

    if (Status tokens = writeSearchTokens(stored); !tokens.ok())
        return tokens.error();
    if (Status committed = tx.commit(); !committed.ok())
        return committed.error();
    return stored;
}

Result<Patient> PatientRepository::update(const Patient& patient, const QDateTime& nowUtc)
{
    if (!patient.isStored())
        return Error{ErrorCode::NotFound, tr("This patient has not been registered yet."), {}, {}};
    Transaction tx(m_database);
    if (!tx.begun().ok())
        return tx.begun().error();

    Patient stored = patient;
    stored.updatedAt = nowUtc.toUTC();
    stored.rowVersion = patient.rowVersion + 1;

    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral(
        "UPDATE patient SET family_name = :family_name, given_name = :given_name, "
        "preferred_name = :preferred_name, date_of_birth = :date_of_birth, sex = :sex, "
        "phone = :phone, email = :email, address = :address, referrer = :referrer, notes = :notes, "
        "last_visit_on = :last_visit_on, name_sort_key = :name_sort_key, updated_at = :updated_at, "
        "row_version = row_version + 1 "
        "WHERE id = :id AND row_version = :row_version RETURNING created_at, row_version"));
    bindPatientFields(q, stored);
    q.bindValue(QStringLiteral(":updated_at"), SqlValues::timestampText(stored.updatedAt));
    q.bindValue(QStringLiteral(":id"), patient.id);
    q.bindValue(QStringLiteral(":row_version"), patient.rowVersion);
    if (!q.exec())
        return SqlError::from(q.lastError(), tr("Could not save the patient"));
    if (!q.next()) {
        // Nothing matched: either the row is gone or someone saved it since it was read.
        q.finish();
        auto current = get(patient.id);
        if (!current.ok())
            return current.error();
        spdlog::warn("patient {}: stale update (had version {}, database has {})", patient.id,
                     patient.rowVersion, current->rowVersion);
        return Error{
            ErrorCode::Conflict,
            tr("This patient was changed elsewhere since you opened it, so your changes were not "
               "saved. Close the form and open the patient again to see the latest details."),
            {},
            {}};
    }
    stored.createdAt = SqlValues::timestamp(q.value(0));
    stored.rowVersion = q.value(1).toLongLong();
    q.finish();

    if (Status tokens = writeSearchTokens(stored); !tokens.ok())
        return tokens.error();
    if (Status committed = tx.commit(); !committed.ok())
        return committed.error();
    return stored;
}

Status PatientRepository::recordVisit(PatientId id, const QDate& date)
{
    auto statement =
        prepared(QStringLiteral("UPDATE patient SET last_visit_on = :visit WHERE id = :id "
                                "AND (last_visit_on IS NULL OR last_visit_on < :visit)"));
    if (!statement)
        return statement.error();
    QSqlQuery& q = **statement;
    q.bindValue(QStringLiteral(":visit"), SqlValues::dateText(date));
    q.bindValue(QStringLiteral(":id"), id);
    if (!q.exec())
        return SqlError::from(q.lastError(), tr("Could not record the visit"));
    q.finish();
    return {};
}

Result<QSqlQuery*> PatientRepository::prepared(const QString& sql)
{
    return m_statements.get(sql, tr("Could not prepare a database query"));
}

Result<Patient> PatientRepository::get(PatientId id)
{
    static const QString sql =
        QStringLiteral("SELECT ") + PatientColumns + QStringLiteral(" FROM patient WHERE id = ?");
    auto statement = prepared(sql);
    if (!statement.ok())
        return statement.error();
    QSqlQuery& q = **statement;
    q.bindValue(0, id);
    if (!q.exec())
        return SqlError::from(q.lastError(), tr("Could not read the patient"));
    if (!q.next()) {
        q.finish();
        return Error{ErrorCode::NotFound, tr("Patient #%1 does not exist.").arg(id), {}, {}};
    }
    Patient patient = readPatient(q);
    q.finish();
    return patient;
}

Result<bool> PatientRepository::leadTheRarestTerm(QStringList& terms, int smallMatchLimit)
{
    auto statement = prepared(ProbeTerms);
    if (!statement.ok())
        return statement.error();
    QSqlQuery& q = **statement;
    PrefixTerms::bind(q, terms);
    static const QString capNames[] = {QStringLiteral(":cap0"), QStringLiteral(":cap1"),
                                       QStringLiteral(":cap2"), QStringLiteral(":cap3")};
    for (const QString& cap : capNames)
        q.bindValue(cap, smallMatchLimit);
    if (!q.exec() || !q.next())
        return SqlError::from(q.lastError(), tr("Could not search patients"));
    std::vector<std::pair<int, QString>> counted;
    for (int i = 0; i < terms.size(); ++i)
        counted.emplace_back(q.value(i).toInt(), terms.at(i));
    q.finish();
    std::stable_sort(counted.begin(), counted.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    for (int i = 0; i < terms.size(); ++i)
        terms[i] = counted[std::size_t(i)].second;
    return counted.front().first < smallMatchLimit;
}

Result<std::vector<PatientSummary>> PatientRepository::list(const PatientQuery& query)
{
    if (SearchText::matchesNothing(query.searchText))
        return std::vector<PatientSummary>{};
    QStringList terms = boundTerms(query.searchText);
    QString sql;
    if (terms.isEmpty()) {
        sql = OrderDrivenHead % orderByClause(query.sortKey, query.descending) % Page;
    } else {
        auto selective = leadTheRarestTerm(terms, query.sortKey == PatientQuery::SortKey::Name
                                                      ? SmallMatchLimitByName
                                                      : SmallMatchLimit);
        if (!selective.ok())
            return selective.error();
        const QString& byNameTail = query.descending ? ByNameDesc : ByNameAsc;
        if (*selective && query.sortKey == PatientQuery::SortKey::Name)
            sql = ByNameSelect % ByNameLeadingTerm % ExtraTermsForT % byNameTail;
        else if (query.sortKey == PatientQuery::SortKey::Name)
            sql = ByNameSelect % m_database.dialect().readThroughIndex(ByNameWalkIndex)
                  % ByNameLeadingTerm % ExtraTermsForT % byNameTail;
        else if (*selective)
            sql = TermDrivenOtherHead % ExtraTermsForP
                  % orderByClause(query.sortKey, query.descending) % Page;
        else
            sql = OrderDrivenHead % LeadingTermForP % ExtraTermsForP
                  % orderByClause(query.sortKey, query.descending) % Page;
    }

    auto statement = prepared(sql);
    if (!statement.ok())
        return statement.error();
    QSqlQuery& q = **statement;
    if (!terms.isEmpty())
        PrefixTerms::bind(q, terms);
    q.bindValue(QStringLiteral(":limit"), std::max(0, query.limit));
    q.bindValue(QStringLiteral(":offset"), std::max(0, query.offset));
    if (!q.exec())
        return SqlError::from(q.lastError(), tr("Could not list patients"));
    std::vector<PatientSummary> rows;
    rows.reserve(std::size_t(std::clamp(query.limit, 0, 1000)));
    while (q.next()) {
        PatientSummary s;
        s.id = q.value(0).toLongLong();
        s.familyName = q.value(1).toString();
        s.givenName = q.value(2).toString();
        s.preferredName = q.value(3).toString();
        s.dateOfBirth = SqlValues::date(q.value(4));
        s.phone = q.value(5).toString();
        s.lastVisitOn = SqlValues::date(q.value(6));
        rows.push_back(std::move(s));
    }
    if (q.lastError().isValid())
        return SqlError::from(q.lastError(), tr("Could not list patients"));
    q.finish();
    return rows;
}

Result<std::vector<PatientId>> PatientRepository::firstRegistered(int limit)
{
    auto q = prepared(QStringLiteral("SELECT id FROM patient ORDER BY id LIMIT :limit"));
    if (!q)
        return q.error();
    QSqlQuery& query = **q;
    query.bindValue(QStringLiteral(":limit"), limit);
    if (!query.exec())
        return SqlError::from(query.lastError(), tr("Could not read the patients"));
    std::vector<PatientId> ids;
    while (query.next())
        ids.push_back(query.value(0).toLongLong());
    query.finish();
    return ids;
}

Result<int> PatientRepository::count(const PatientQuery& query)
{
    if (SearchText::matchesNothing(query.searchText))
        return 0;
    const QStringList terms = boundTerms(query.searchText);
    static const QString countMatching = CountMatching % ExtraTermsForT % CountMatchingTail;
    auto statement = prepared(terms.isEmpty() ? CountAll : countMatching);
    if (!statement.ok())
        return statement.error();
    QSqlQuery& q = **statement;
    if (!terms.isEmpty())
        PrefixTerms::bind(q, terms);
    if (!q.exec() || !q.next())
        return SqlError::from(q.lastError(), tr("Could not count patients"));
    const int count = q.value(0).toInt();
    q.finish();
    return count;
}

Status PatientRepository::writeSearchTokens(const Patient& patient)
{
    QSqlQuery remove(m_database.connection());
    remove.prepare(QStringLiteral("DELETE FROM patient_search_token WHERE patient_id = :id"));
    remove.bindValue(QStringLiteral(":id"), patient.id);
    if (!remove.exec())
        return SqlError::from(remove.lastError(), tr("Could not update the search index"));

    QSqlQuery insert(m_database.connection());
    insert.prepare(
        QStringLiteral("INSERT INTO patient_search_token (token, name_sort_key, patient_id) "
                       "VALUES (:token, :sort_key, :id)"));
    const QString sortKey = SearchText::nameSortKey(patient);
    for (const QString& token : SearchText::patientTokens(patient)) {
        insert.bindValue(QStringLiteral(":token"), token);
        insert.bindValue(QStringLiteral(":sort_key"), sortKey);
        insert.bindValue(QStringLiteral(":id"), patient.id);
        if (!insert.exec())
            return SqlError::from(insert.lastError(), tr("Could not update the search index"));
    }
    return {};
}

Status PatientRepository::ensureSearchIndex()
{
    const QString expected = QString::number(SearchText::IndexVersion);
    {
        QSqlQuery q(m_database.connection());
        q.prepare(QStringLiteral("SELECT meta_value FROM app_meta WHERE meta_key = :key"));
        q.bindValue(QStringLiteral(":key"), QStringLiteral("search_index_version"));
        if (!q.exec())
            return SqlError::from(q.lastError(), tr("Could not check the search index"));
        if (q.next() && q.value(0).toString() == expected)
            return {};
    }

    Transaction tx(m_database);
    if (!tx.begun().ok())
        return tx.begun().error();
    int rebuilt = 0;
    {
        QSqlQuery all(m_database.connection());
        all.setForwardOnly(true);
        if (!all.exec(QStringLiteral("SELECT ") + PatientColumns + QStringLiteral(" FROM patient")))
            return SqlError::from(all.lastError(), tr("Could not rebuild the search index"));
        QSqlQuery sortKey(m_database.connection());
        sortKey.prepare(QStringLiteral("UPDATE patient SET name_sort_key = :key WHERE id = :id"));
        while (all.next()) {
            const Patient p = readPatient(all);
            sortKey.bindValue(QStringLiteral(":key"), SearchText::nameSortKey(p));
            sortKey.bindValue(QStringLiteral(":id"), p.id);
            if (!sortKey.exec())
                return SqlError::from(sortKey.lastError(),
                                      tr("Could not rebuild the search index"));
            if (Status tokens = writeSearchTokens(p); !tokens.ok())
                return tokens.error();
            ++rebuilt;
        }
    }
    QSqlQuery meta(m_database.connection());
    meta.prepare(QStringLiteral("UPDATE app_meta SET meta_value = :value WHERE meta_key = :key"));
    meta.bindValue(QStringLiteral(":value"), expected);
    meta.bindValue(QStringLiteral(":key"), QStringLiteral("search_index_version"));
    if (!meta.exec())
        return SqlError::from(meta.lastError(), tr("Could not rebuild the search index"));
    if (Status committed = tx.commit(); !committed.ok())
        return committed.error();
    spdlog::info("search index rebuilt for {} patients (index version {})", rebuilt,
                 SearchText::IndexVersion);
    return {};
}

} // namespace needlechart
