#pragma once

#include "needlechart/domain/common/Result.h"
#include "needlechart/domain/patients/Patient.h"
#include "needlechart/domain/patients/PatientQuery.h"
#include "needlechart/domain/patients/PatientSummary.h"
#include "needlechart/storage/database/StatementCache.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlQuery>

#include <vector>

namespace needlechart {

class Database;

// Patients in SQL: the only place that knows the patient and patient_search_token tables.
// Every statement is prepared once and bound; nothing is built from user text. Methods do not
// open transactions of their own beyond what keeps one call atomic: the service layer wraps
// several calls in one Transaction.
//
// Holds prepared statements on the Database's connection: destroy it before the Database.
class PatientRepository {
    Q_DECLARE_TR_FUNCTIONS(PatientRepository)

public:
    explicit PatientRepository(Database& database);

    // Inserts a new patient (id must be 0); returns it with id, timestamps and rowVersion 1.
    [[nodiscard]] Result<Patient> create(const Patient& patient, const QDateTime& nowUtc);
    // Updates a stored patient if its rowVersion still matches the database; otherwise
    // ErrorCode::Conflict (or NotFound). Returns the stored row with rowVersion + 1.
    [[nodiscard]] Result<Patient> update(const Patient& patient, const QDateTime& nowUtc);
    [[nodiscard]] Result<Patient> get(PatientId id);
    // Moves the patient's last visit forward to `date` (never back). Not an edit of the patient:
    // rowVersion is left alone, so it cannot conflict with the front desk editing details.
    [[nodiscard]] Status recordVisit(PatientId id, const QDate& date);
    // One page of the list, filtered by query.searchText and sorted by query.sortKey
    // (ties broken by name, then id, so paging is stable).
    [[nodiscard]] Result<std::vector<PatientSummary>> list(const PatientQuery& query);
    // How many patients query.searchText matches (offset, limit and sort are ignored).
    [[nodiscard]] Result<int> count(const PatientQuery& query);
    // The ids of the first `limit` patients registered, oldest first (ids are not 1 … n: a
    // server hands out ids that a rolled-back registration used up).
    [[nodiscard]] Result<std::vector<PatientId>> firstRegistered(int limit);

    // Rebuilds every search token and sort key when SearchText::IndexVersion changed since the
    // file's index was built. Cheap when nothing changed. Runs in its own transaction.
    [[nodiscard]] Status ensureSearchIndex();

private:
    [[nodiscard]] Status writeSearchTokens(const Patient& patient);
    // Puts the term that matches the fewest tokens first (it leads the query) and says whether
    // it matches fewer than `smallMatchLimit`, for the term-driven plan.
    [[nodiscard]] Result<bool> leadTheRarestTerm(QStringList& terms, int smallMatchLimit);

    // The statement for `sql`, prepared on first use and kept: the read paths run per
    // keystroke, and preparing costs as much as running. Only constant SQL texts are keys.
    [[nodiscard]] Result<QSqlQuery*> prepared(const QString& sql);

    Database& m_database;
    StatementCache m_statements;
};

} // namespace needlechart
