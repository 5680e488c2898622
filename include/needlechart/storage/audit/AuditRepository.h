#pragma once

#include "needlechart/domain/audit/AuditEvent.h"
#include "needlechart/domain/audit/AuditQuery.h"
#include "needlechart/domain/common/Result.h"
#include "needlechart/storage/database/StatementCache.h"

#include <QCoreApplication>

#include <functional>
#include <vector>

namespace needlechart {

class Database;

// The audit trail in SQL: rows are only ever added (the schema's triggers refuse the rest).
// An append links the row into the chain (AuditChain) under audit_head's lock, inside the
// caller's transaction, so the row commits or rolls back with what it records and appends
// from several workstations form one chain. Holds prepared statements: destroy before the
// Database.
class AuditRepository {
    Q_DECLARE_TR_FUNCTIONS(AuditRepository)

public:
    // The last link, as audit_head keeps it.
    struct Head {
        qint64 lastId = 0;
        QByteArray hash;
    };

    explicit AuditRepository(Database& database);

    // Appends `event` (its id and hash are set here; the schema's trigger moves the head with
    // it). Must run inside a transaction. Returns the row as stored.
    [[nodiscard]] Result<AuditEvent> append(AuditEvent event);
    [[nodiscard]] Result<Head> head();
    // Every row in chain order; `visit` returns false to stop early.
    [[nodiscard]] Status forEach(const std::function<bool(const AuditEvent&)>& visit);
    // The rows `query` asks for, newest first.
    [[nodiscard]] Result<std::vector<AuditEvent>> find(const AuditQuery& query);
    [[nodiscard]] Result<qint64> count();

private:
    [[nodiscard]] Result<QSqlQuery*> prepared(const QString& sql);

    Database& m_database;
    StatementCache m_statements;
};

} // namespace needlechart
