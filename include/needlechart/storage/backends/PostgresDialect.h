#pragma once

#include "needlechart/storage/backends/SqlDialect.h"

namespace needlechart {

// PostgreSQL: BEGIN (read committed; the row_version checks and the locks below make each use
// case safe), the schema version in app_meta, and transaction-scoped advisory locks for what
// must happen one workstation at a time (checking a slot is free and booking it).
class PostgresDialect final : public SqlDialect {
public:
    [[nodiscard]] Backend backend() const override { return Backend::PostgreSql; }
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
