#include "needlechart/storage/PatientRepository.h"

#include "needlechart/domain/SearchText.h"
#include "needlechart/storage/Database.h"
#include "needlechart/storage/SqlError.h"
#include "needlechart/storage/Transaction.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QSqlRecord>

#include <spdlog/spdlog.h>

namespace needlechart {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("PatientRepository", text);
}

// Search terms bound per query. More words than this are rare; the longest (most selective)
// ones are used, see SearchText::queryTerms.
constexpr int MaxSearchTerms = 6;

const QString IsoDate = QStringLiteral("yyyy-MM-dd");

QString toIsoTimestamp(const QDateTime& utc)
{
    return utc.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime fromIsoTimestamp(const QString& text)
{
    QDateTime value = QDateTime::fromString(text, Qt::ISODateWithMs);
    value.setTimeSpec(Qt::UTC);
    return value;
}

QVariant dateOrNull(const QDate& date)
{
    return date.isValid() ? QVariant(date.toString(IsoDate)) : QVariant(QMetaType(QMetaType::QString));
}

// The upper end of the token range for prefix `term`: every string that starts with `term`
// sorts below term + U+10FFFF in binary (UTF-8) order.
QString prefixUpperBound(const QString& term)
{
    static const QString highest = QString::fromUcs4(U"\U0010FFFF", 1);
    return term + highest;
}

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
    p.dateOfBirth = QDate::fromString(q.value(4).toString(), IsoDate);
    p.sex = sexFromKey(q.value(5).toString()).value_or(Sex::NotStated);
    p.phone = q.value(6).toString();
    p.email = q.value(7).toString();
    p.address = q.value(8).toString();
    p.referrer = q.value(9).toString();
    p.notes = q.value(10).toString();
    if (!q.value(11).isNull())
        p.lastVisitOn = QDate::fromString(q.value(11).toString(), IsoDate);
    p.createdAt = fromIsoTimestamp(q.value(12).toString());
    p.updatedAt = fromIsoTimestamp(q.value(13).toString());
    p.rowVersion = q.value(14).toLongLong();
    return p;
}

// A null QString binds as SQL NULL; the text columns are NOT NULL with '' for "none".
QString text(const QString& value)
{
    return value.isNull() ? QString::fromLatin1("", 0) : value;
}

void bindPatientFields(QSqlQuery& q, const Patient& p)
{
    q.bindValue(QStringLiteral(":family_name"), text(p.familyName));
    q.bindValue(QStringLiteral(":given_name"), text(p.givenName));
    q.bindValue(QStringLiteral(":preferred_name"), text(p.preferredName));
    q.bindValue(QStringLiteral(":date_of_birth"), p.dateOfBirth.toString(IsoDate));
    q.bindValue(QStringLiteral(":sex"), sexKey(p.sex));
    q.bindValue(QStringLiteral(":phone"), text(p.phone));
    q.bindValue(QStringLiteral(":email"), text(p.email));
    q.bindValue(QStringLiteral(":address"), text(p.address));
    q.bindValue(QStringLiteral(":referrer"), text(p.referrer));
    q.bindValue(QStringLiteral(":notes"), text(p.notes));
    q.bindValue(QStringLiteral(":last_visit_on"), dateOrNull(p.lastVisitOn));
    q.bindValue(QStringLiteral(":name_sort_key"), SearchText::nameSortKey(p));
}

// ORDER BY clauses for the whitelisted sort keys. Ties fall back to the name and then the id so
// that paging with OFFSET is stable. NULL last visits sort as the oldest.
QString orderByClause(PatientQuery::SortKey key, bool descending)
{
    const QString dir = descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    switch (key) {
    case PatientQuery::SortKey::Name:
        return QStringLiteral(" ORDER BY p.name_sort_key") + dir + QStringLiteral(", p.id") + dir;
    case PatientQuery::SortKey::DateOfBirth:
        return QStringLiteral(" ORDER BY p.date_of_birth") + dir + QStringLiteral(", p.name_sort_key, p.id");
    case PatientQuery::SortKey::Phone:
        return QStringLiteral(" ORDER BY p.phone") + dir + QStringLiteral(", p.name_sort_key, p.id");
    case PatientQuery::SortKey::LastVisit:
        return QStringLiteral(" ORDER BY COALESCE(p.last_visit_on, '')") + dir
               + QStringLiteral(", p.name_sort_key, p.id");
    }
    return QStringLiteral(" ORDER BY p.name_sort_key, p.id");
}

// The WHERE clause for `termCount` search terms: every term must start some token of the
// patient. Only placeholders are added here; the terms themselves are bound.
QString searchWhereClause(int termCount)
{
    QString where;
    for (int i = 0; i < termCount; ++i) {
        where += i == 0 ? QStringLiteral(" WHERE ") : QStringLiteral(" AND ");
        where += QStringLiteral("p.id IN (SELECT t.patient_id FROM patient_search_token t "
                                "WHERE t.token >= :lo%1 AND t.token < :hi%1)")
                     .arg(i);
    }
    return where;
}

QStringList boundTerms(const QString& searchText)
{
    QStringList terms = SearchText::queryTerms(searchText);
    if (terms.size() > MaxSearchTerms)
        terms = terms.mid(0, MaxSearchTerms);
    return terms;
}

void bindTerms(QSqlQuery& q, const QStringList& terms)
{
    for (int i = 0; i < terms.size(); ++i) {
        q.bindValue(QStringLiteral(":lo%1").arg(i), terms.at(i));
        q.bindValue(QStringLiteral(":hi%1").arg(i), prefixUpperBound(terms.at(i)));
    }
}

} // namespace

PatientRepository::PatientRepository(Database& database) : m_database(database) {}

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
    q.bindValue(QStringLiteral(":created_at"), toIsoTimestamp(stored.createdAt));
    q.bindValue(QStringLiteral(":updated_at"), toIsoTimestamp(stored.updatedAt));
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
    q.bindValue(QStringLiteral(":updated_at"), toIsoTimestamp(stored.updatedAt));
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
        return Error{ErrorCode::Conflict,
                     tr("This patient was changed elsewhere since you opened it, so your changes were not "
                        "saved. Close the form and open the patient again to see the latest details."),
                     {}, {}};
    }
    stored.createdAt = fromIsoTimestamp(q.value(0).toString());
    stored.rowVersion = q.value(1).toLongLong();
    q.finish();

    if (Status tokens = writeSearchTokens(stored); !tokens.ok())
        return tokens.error();
    if (Status committed = tx.commit(); !committed.ok())
        return committed.error();
    return stored;
}

Result<Patient> PatientRepository::get(PatientId id)
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") + PatientColumns + QStringLiteral(" FROM patient WHERE id = :id"));
    q.bindValue(QStringLiteral(":id"), id);
    if (!q.exec())
        return SqlError::from(q.lastError(), tr("Could not read the patient"));
    if (!q.next())
        return Error{ErrorCode::NotFound, tr("Patient #%1 does not exist.").arg(id), {}, {}};
    return readPatient(q);
}

Result<std::vector<PatientSummary>> PatientRepository::list(const PatientQuery& query)
{
    const QStringList terms = boundTerms(query.searchText);
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT p.id, p.family_name, p.given_name, p.preferred_name, p.date_of_birth, "
                             "p.phone, p.last_visit_on FROM patient p")
              + searchWhereClause(int(terms.size())) + orderByClause(query.sortKey, query.descending)
              + QStringLiteral(" LIMIT :limit OFFSET :offset"));
    bindTerms(q, terms);
    q.bindValue(QStringLiteral(":limit"), std::max(0, query.limit));
    q.bindValue(QStringLiteral(":offset"), std::max(0, query.offset));
    if (!q.exec())
        return SqlError::from(q.lastError(), tr("Could not list patients"));
    std::vector<PatientSummary> rows;
    rows.reserve(size_t(std::max(0, query.limit)));
    while (q.next()) {
        PatientSummary s;
        s.id = q.value(0).toLongLong();
        s.familyName = q.value(1).toString();
        s.givenName = q.value(2).toString();
        s.preferredName = q.value(3).toString();
        s.dateOfBirth = QDate::fromString(q.value(4).toString(), IsoDate);
        s.phone = q.value(5).toString();
        if (!q.value(6).isNull())
            s.lastVisitOn = QDate::fromString(q.value(6).toString(), IsoDate);
        rows.push_back(std::move(s));
    }
    if (q.lastError().isValid())
        return SqlError::from(q.lastError(), tr("Could not list patients"));
    return rows;
}

Result<int> PatientRepository::count(const PatientQuery& query)
{
    const QStringList terms = boundTerms(query.searchText);
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM patient p") + searchWhereClause(int(terms.size())));
    bindTerms(q, terms);
    if (!q.exec() || !q.next())
        return SqlError::from(q.lastError(), tr("Could not count patients"));
    return q.value(0).toInt();
}

Status PatientRepository::writeSearchTokens(const Patient& patient)
{
    QSqlQuery remove(m_database.connection());
    remove.prepare(QStringLiteral("DELETE FROM patient_search_token WHERE patient_id = :id"));
    remove.bindValue(QStringLiteral(":id"), patient.id);
    if (!remove.exec())
        return SqlError::from(remove.lastError(), tr("Could not update the search index"));

    QSqlQuery insert(m_database.connection());
    insert.prepare(QStringLiteral("INSERT INTO patient_search_token (token, patient_id) VALUES (:token, :id)"));
    for (const QString& token : SearchText::patientTokens(patient)) {
        insert.bindValue(QStringLiteral(":token"), token);
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
                return SqlError::from(sortKey.lastError(), tr("Could not rebuild the search index"));
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
    spdlog::info("search index rebuilt for {} patients (index version {})", rebuilt, SearchText::IndexVersion);
    return {};
}

} // namespace needlechart
