#pragma once

#include "needlechart/storage/backends/SqlDialect.h"

namespace needlechart {

// SQLite: BEGIN IMMEDIATE (the write lock at once, so two writers queue on the busy timeout
// rather than fail with a lock-upgrade deadlock), PRAGMA user_version, and no further locks:
// an SQLite file has one writer at a time, which already serialises every use case.
class SqliteDialect final : public SqlDialect {
public:
    [[nodiscard]] Backend backend() const override { return Backend::Sqlite; }
    [[nodiscard]] QString beginStatement() const override;
    [[nodiscard]] QString migrationFolder() const override;
    [[nodiscard]] Result<int> schemaVersion(const QSqlDatabase& db) const override;
    [[nodiscard]] Status setSchemaVersion(const QSqlDatabase& db, int version) const override;
    [[nodiscard]] Result<bool> isEmpty(const QSqlDatabase& db) const override;
    [[nodiscard]] Status restartIdentity(const QSqlDatabase& db,
                                         const QString& table) const override;
    [[nodiscard]] Status lockUntilCommit(const QSqlDatabase& db, Lock lock) const override;
    [[nodiscard]] QString readThroughIndex(const QString& index) const override;
    [[nodiscard]] QString lockRowsRead() const override;
};

} // namespace needlechart
