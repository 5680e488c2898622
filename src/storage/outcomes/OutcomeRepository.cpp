#include "needlechart/storage/outcomes/OutcomeRepository.h"

#include "needlechart/storage/database/Database.h"
#include "needlechart/storage/database/SqlError.h"
#include "needlechart/storage/database/SqlValues.h"
#include "needlechart/storage/database/Transaction.h"

#include <QSqlQuery>

namespace needlechart {
namespace {

const QString InsertCompletion = QStringLiteral(
    "INSERT INTO outcome_completion (patient_id, session_id, measure_id, measure_version, "
    "completed_at, score, recorded_by, recorded_by_account_id) VALUES (:patient_id, :session_id, "
    ":measure_id, :measure_version, :completed_at, :score, :recorded_by, :account) RETURNING id");
const QString InsertAnswer =
    QStringLiteral("INSERT INTO outcome_answer (completion_id, ordinal, item, value) "
                   "VALUES (:completion_id, :ordinal, :item, :value)");
const QString VoidCompletion = QStringLiteral(
    "UPDATE outcome_completion SET voided_at = :now, voided_by = :by, void_reason = :reason "
    "WHERE id = :id AND voided_at IS NULL RETURNING id");
const QString CompletionExists = QStringLiteral("SELECT 1 FROM outcome_completion WHERE id = :id");
// One row per answer (a completion without answers cannot be stored), completions in order.
const QString SelectColumns = QStringLiteral(
    "SELECT c.id, c.patient_id, c.session_id, c.measure_id, c.measure_version, c.completed_at, "
    "c.score, c.recorded_by, c.recorded_by_account_id, c.voided_at, c.voided_by, c.void_reason, "
    "a.item, a.value FROM outcome_completion c "
    "JOIN outcome_answer a ON a.completion_id = c.id ");
const QString SelectOfPatient =
    SelectColumns
    + QStringLiteral("WHERE c.patient_id = :id ORDER BY c.completed_at, c.id, a.ordinal");
const QString SelectOne = SelectColumns + QStringLiteral("WHERE c.id = :id ORDER BY a.ordinal");

} // namespace

OutcomeRepository::OutcomeRepository(Database& database)
    : m_database(database), m_statements(database)
{}

Result<QSqlQuery*> OutcomeRepository::prepared(const QString& sql)
{
    return m_statements.get(sql, tr("Could not prepare a database query"));
}

Result<OutcomeCompletion> OutcomeRepository::add(const OutcomeCompletion& completion)
{
    Transaction tx(m_database);
    if (!tx.begun().ok())
        return tx.begun().error();
    const QString failure = tr("Could not save the outcome measure");
    auto insert = prepared(InsertCompletion);
    if (!insert)
        return insert.error();
    QSqlQuery& q = **insert;
    q.bindValue(QStringLiteral(":patient_id"), completion.patientId);
    q.bindValue(QStringLiteral(":session_id"), SqlValues::idOrNull(completion.sessionId));
    q.bindValue(QStringLiteral(":measure_id"), SqlValues::text(completion.measureId));
    q.bindValue(QStringLiteral(":measure_version"), completion.measureVersion);
    q.bindValue(QStringLiteral(":completed_at"), SqlValues::timestampText(completion.completedAt));
    q.bindValue(QStringLiteral(":score"), completion.score);
    q.bindValue(QStringLiteral(":recorded_by"), SqlValues::text(completion.recordedBy));
    q.bindValue(QStringLiteral(":account"), SqlValues::idOrNull(completion.recordedByAccountId));
    if (!q.exec() || !q.next())
        return SqlError::from(q.lastError(), failure);
    OutcomeCompletion stored = completion;
    stored.id = q.value(0).toLongLong();
    q.finish();

    auto answer = prepared(InsertAnswer);
    if (!answer)
        return answer.error();
    QSqlQuery& a = **answer;
    for (int i = 0; i < completion.answers.size(); ++i) {
        a.bindValue(QStringLiteral(":completion_id"), stored.id);
        a.bindValue(QStringLiteral(":ordinal"), i);
        a.bindValue(QStringLiteral(":item"), SqlValues::text(completion.answers[i].item));
        a.bindValue(QStringLiteral(":value"), completion.answers[i].value);
        if (!a.exec())
            return SqlError::from(a.lastError(), failure);
        a.finish();
    }
    if (Status committed = tx.commit(); !committed.ok())
        return committed.error();
    return stored;
}

Status OutcomeRepository::markVoided(OutcomeCompletionId id, const QString& by,
                                     const QString& reason, const QDateTime& nowUtc)
{
    Transaction tx(m_database);
    if (!tx.begun().ok())
        return tx.begun().error();
    auto statement = prepared(VoidCompletion);
    if (!statement)
        return statement.error();
    QSqlQuery& q = **statement;
    q.bindValue(QStringLiteral(":now"), SqlValues::timestampText(nowUtc));
    q.bindValue(QStringLiteral(":by"), SqlValues::text(by));
    q.bindValue(QStringLiteral(":reason"), SqlValues::text(reason));
    q.bindValue(QStringLiteral(":id"), id);
    if (!q.exec())
        return SqlError::from(q.lastError(), tr("Could not mark the outcome measure"));
    const bool marked = q.next();
    q.finish();
    if (!marked) {
        auto exists = prepared(CompletionExists);
        if (!exists)
            return exists.error();
        QSqlQuery& e = **exists;
        e.bindValue(QStringLiteral(":id"), id);
        if (!e.exec())
            return SqlError::from(e.lastError(), tr("Could not mark the outcome measure"));
        const bool found = e.next();
        e.finish();
        return found ? Error{ErrorCode::Conflict,
                             tr("This outcome measure is already marked as entered in error."),
                             {},
                             {}}
                     : Error{ErrorCode::NotFound,
                             tr("The outcome measure is not on the record."),
                             {},
                             {}};
    }
    return tx.commit();
}

Result<OutcomeCompletion> OutcomeRepository::completion(OutcomeCompletionId id)
{
    auto found = read(SelectOne, id);
    if (!found)
        return found.error();
    if (found->empty())
        return Error{ErrorCode::NotFound, tr("The outcome measure is not on the record."), {}, {}};
    return found->front();
}

Result<std::vector<OutcomeCompletion>> OutcomeRepository::completions(PatientId patientId)
{
    return read(SelectOfPatient, patientId);
}

Result<std::vector<OutcomeCompletion>> OutcomeRepository::read(const QString& sql, qint64 id)
{
    auto statement = prepared(sql);
    if (!statement)
        return statement.error();
    QSqlQuery& q = **statement;
    q.bindValue(QStringLiteral(":id"), id);
    if (!q.exec())
        return SqlError::from(q.lastError(), tr("Could not read the outcome measures"));
    std::vector<OutcomeCompletion> out;
    while (q.next()) {
        const OutcomeCompletionId completionId = q.value(0).toLongLong();
        if (out.empty() || out.back().id != completionId) {
            OutcomeCompletion c;
            c.id = completionId;
            c.patientId = q.value(1).toLongLong();
            c.sessionId = q.value(2).isNull() ? 0 : q.value(2).toLongLong();
            c.measureId = q.value(3).toString();
            c.measureVersion = q.value(4).toInt();
            c.completedAt = SqlValues::timestamp(q.value(5));
            c.score = q.value(6).toDouble();
            c.recordedBy = q.value(7).toString();
            c.recordedByAccountId = q.value(8).isNull() ? 0 : q.value(8).toLongLong();
            c.voidedAt = SqlValues::timestamp(q.value(9));
            c.voidedBy = q.value(10).toString();
            c.voidReason = q.value(11).toString();
            out.push_back(std::move(c));
        }
        out.back().answers.append(OutcomeAnswer{q.value(12).toString(), q.value(13).toInt()});
    }
    q.finish();
    return out;
}

} // namespace needlechart
