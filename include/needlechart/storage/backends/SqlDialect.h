#pragma once

#include "needlechart/domain/common/Result.h"
#include "needlechart/storage/backends/Backend.h"

#include <QSqlDatabase>
#include <QString>

namespace needlechart {

// The few things SQLite and PostgreSQL do differently, in one place. Repositories run the same
// SQL on both; whatever cannot be written the same way goes through this seam and nowhere else
// (no `if (sqlite)` in a repository):
//  - how a write transaction begins,
//  - where the schema version is kept and which migration files build the schema,
//  - how the clinic-wide locks of a use case are taken (the appointment book, migrations),
//  - how a statement insists on one index where the planner would guess wrong.
// Error codes are translated in SqlError, which tells the two drivers apart by their codes.
class SqlDialect {
public:
    // Clinic-wide locks held until the transaction ends.
    enum class Lock {
        AppointmentBook, // a booking's overlap check and its write, across workstations
        Schema,          // one migration at a time
    };

    virtual ~SqlDialect() = default;

    [[nodiscard]] virtual Backend backend() const = 0;
    // The statement that begins a (top-level) transaction.
    [[nodiscard]] virtual QString beginStatement() const = 0;
    // The resource folder of this back end's migration files (NNNN_name.sql).
    [[nodiscard]] virtual QString migrationFolder() const = 0;
    // The schema version of the connected database; 0 for an empty one.
    [[nodiscard]] virtual Result<int> schemaVersion(const QSqlDatabase& db) const = 0;
    // Records the schema version, inside the migration's transaction.
    [[nodiscard]] virtual Status setSchemaVersion(const QSqlDatabase& db, int version) const = 0;
    // True if the database holds no tables at all (a new server database, or schema 0).
    [[nodiscard]] virtual Result<bool> isEmpty(const QSqlDatabase& db) const = 0;
    // After rows were inserted with their ids given (a copy), the next id handed out follows
    // the largest one in `table`. `table` is one of the schema's tables, never user input.
    [[nodiscard]] virtual Status restartIdentity(const QSqlDatabase& db,
                                                 const QString& table) const = 0;
    // Takes `lock` until the current transaction ends. Must be called inside a transaction.
    [[nodiscard]] virtual Status lockUntilCommit(const QSqlDatabase& db, Lock lock) const = 0;
    // Text to put right after a table (and its alias) in FROM so that the statement reads it
    // through `index`, one of the schema's index names (a constant, never user input). SQLite's
    // planner does not weigh how many rows a bound range holds, so a statement that must walk a
    // particular index says so (`INDEXED BY`). PostgreSQL has no hints; it plans with the bound
    // values and its statistics, which the schema keeps fine enough for this (empty).
    [[nodiscard]] virtual QString readThroughIndex(const QString& index) const = 0;
    // Text to end a SELECT with so that the rows read stay locked by this transaction until it
    // ends (PostgreSQL's FOR UPDATE). Empty on SQLite, where BEGIN IMMEDIATE already holds the
    // one write lock.
    [[nodiscard]] virtual QString lockRowsRead() const = 0;
};

} // namespace needlechart
