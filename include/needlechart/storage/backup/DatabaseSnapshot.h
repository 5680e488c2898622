#pragma once

#include "needlechart/domain/common/Result.h"
#include "needlechart/storage/backends/ServerAddress.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace needlechart {

class Database;

// A consistent copy of a clinic's database taken while other workstations go on writing, and the
// figures a backup's manifest records about it. SQLite: VACUUM INTO writes a new, compact file
// from one read transaction. PostgreSQL: pg_dump (custom format) reads the clinic's schema in a
// snapshot that this connection exported from a REPEATABLE READ transaction, the same one the
// counts are read in, so the counts describe exactly what the dump holds.
class DatabaseSnapshot {
    Q_DECLARE_TR_FUNCTIONS(DatabaseSnapshot)

public:
    // What a backup's manifest says of its content, and what a restore checks it against.
    struct Counts {
        int schemaVersion = 0;
        qint64 patients = 0;
        qint64 notes = 0;
        qint64 signedNotes = 0;
        qint64 auditRows = 0;
        QByteArray auditHead; // the audit chain's last hash (raw bytes); empty for no rows
        friend bool operator==(const Counts&, const Counts&) = default;
    };

    // The counts of `db` as of one moment (one read transaction). Not inside another
    // transaction.
    [[nodiscard]] static Result<Counts> counts(Database& db);

    // How many rows point at a row that is not there (PRAGMA foreign_key_check): 0 in a sound
    // file. Always 0 on PostgreSQL, which never lets such a row in.
    [[nodiscard]] static Result<qint64> foreignKeyViolations(Database& db);

    // SQLite: writes a consistent copy of `db` to `target`, which must not exist (VACUUM INTO).
    // Others may read and write meanwhile; the copy holds every transaction committed before it
    // began and none after. Io on a full disk (nothing is left at `target` then).
    [[nodiscard]] static Status writeSqliteCopy(Database& db, const QString& target);

    // PostgreSQL: runs `pgDump` (pg_dump's path) on the clinic's schema in the snapshot of a
    // transaction of `db`, writing its custom format to `target`, and returns the counts read in
    // that same snapshot. The password, if the address has one, goes through the environment,
    // never the command line.
    [[nodiscard]] static Result<Counts>
    writeServerDump(Database& db, const QString& target,
                    const QString& pgDump = QStringLiteral("pg_dump"));

    // Restores a dump `writeServerDump` wrote into the database at `target`, which must not
    // hold the dump's schema yet (an empty database): pg_restore in one transaction, stopping at
    // the first error, so a refused restore leaves the database as it was. Returns the name of
    // the schema restored (the clinic's tables are in it).
    [[nodiscard]] static Result<QString>
    restoreServerDump(const ServerAddress& target, const QString& dump,
                      const QString& pgRestore = QStringLiteral("pg_restore"));
};

} // namespace needlechart
