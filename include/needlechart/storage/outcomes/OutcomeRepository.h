#pragma once

#include "needlechart/domain/common/Result.h"
#include "needlechart/domain/outcomes/OutcomeCompletion.h"
#include "needlechart/storage/database/StatementCache.h"

#include <QCoreApplication>

#include <vector>

namespace needlechart {

class Database;

// Completed outcome measures in SQL: a completion and its answers are written together in one
// Transaction and never changed after, except that one entered in error is marked so, once.
//
// Holds prepared statements on the Database's connection: destroy it before the Database.
class OutcomeRepository {
    Q_DECLARE_TR_FUNCTIONS(OutcomeRepository)

public:
    explicit OutcomeRepository(Database& database);

    // Stores a completion and its answers; returns it with its id.
    [[nodiscard]] Result<OutcomeCompletion> add(const OutcomeCompletion& completion);
    // Marks a completion entered in error (NotFound if there is none; Conflict if it already is).
    [[nodiscard]] Status markVoided(OutcomeCompletionId id, const QString& by,
                                    const QString& reason, const QDateTime& nowUtc);
    [[nodiscard]] Result<OutcomeCompletion> completion(OutcomeCompletionId id);
    // The patient's completions with their answers, oldest first (voided ones too).
    [[nodiscard]] Result<std::vector<OutcomeCompletion>> completions(PatientId patientId);

private:
    [[nodiscard]] Result<QSqlQuery*> prepared(const QString& sql);
    [[nodiscard]] Result<std::vector<OutcomeCompletion>> read(const QString& sql, qint64 id);

    Database& m_database;
    StatementCache m_statements;
};

} // namespace needlechart
