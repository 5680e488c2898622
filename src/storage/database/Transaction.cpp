#include "needlechart/storage/database/Transaction.h"

#include "needlechart/storage/database/Database.h"
#include "needlechart/storage/database/SqlError.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <spdlog/spdlog.h>

namespace needlechart {
namespace {

Status execute(QSqlDatabase db, const QString& statement, const char* what)
{
    QSqlQuery query(db);
    if (!query.exec(statement))
        return SqlError::from(query.lastError(), QCoreApplication::translate("Transaction", what));
    return {};
}

QString savepointName(int level)
{
    return QStringLiteral("nc_savepoint_%1").arg(level);
}

} // namespace

Transaction::Transaction(Database& database) : m_database(database)
{
    const QSqlDatabase db = m_database.connection();
    const int level = m_database.m_transactionDepth + 1;
    if (level == 1 && !m_database.isConnected()) {
        // The server is known to be gone: say so at once rather than wait on a dead socket.
        m_beginStatus = Error{ErrorCode::Unreachable,
                              SqlError::unreachableMessage(
                                  QCoreApplication::translate("Transaction", "Could not save")),
                              {},
                              {}};
    } else if (level == 1) {
        // SQLite takes the write lock at once (BEGIN IMMEDIATE): see SqliteDialect.
        m_beginStatus =
            execute(db, m_database.dialect().beginStatement(), "Could not start a transaction");
    } else {
        m_beginStatus = execute(db, QStringLiteral("SAVEPOINT ") + savepointName(level),
                                "Could not start a nested transaction");
    }
    if (m_beginStatus.ok()) {
        m_level = level;
        m_active = true;
        m_database.m_transactionDepth = level;
    } else {
        spdlog::warn("transaction: begin failed at level {} ({})", level,
                     errorCodeName(m_beginStatus.error().code));
    }
}

Transaction::~Transaction()
{
    rollback();
}

Status Transaction::commit()
{
    if (!m_active)
        return m_beginStatus.ok() ? Status(Error{
                   ErrorCode::Database,
                   QCoreApplication::translate("Transaction", "The transaction has already ended."),
                   {},
                   {}})
                                  : m_beginStatus;
    const QSqlDatabase db = m_database.connection();
    Status status = m_level == 1
                        ? execute(db, QStringLiteral("COMMIT"), "Could not save the changes")
                        : execute(db, QStringLiteral("RELEASE SAVEPOINT ") + savepointName(m_level),
                                  "Could not save the changes");
    if (status.ok()) {
        m_active = false;
        m_database.m_transactionDepth = m_level - 1;
    }
    return status;
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    const QSqlDatabase db = m_database.connection();
    if (m_level == 1) {
        if (Status s = execute(db, QStringLiteral("ROLLBACK"), "Could not roll back"); !s.ok())
            spdlog::error("transaction: rollback failed ({})", errorCodeName(s.error().code));
    } else {
        const QString name = savepointName(m_level);
        Status s =
            execute(db, QStringLiteral("ROLLBACK TO SAVEPOINT ") + name, "Could not roll back");
        if (s.ok())
            s = execute(db, QStringLiteral("RELEASE SAVEPOINT ") + name, "Could not roll back");
        if (!s.ok())
            spdlog::error("transaction: savepoint rollback failed ({})",
                          errorCodeName(s.error().code));
    }
    m_active = false;
    m_database.m_transactionDepth = m_level - 1;
}

} // namespace needlechart
