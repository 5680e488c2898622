#pragma once

#include <QString>

#include <memory>

namespace needlechart {
class Database;
}

namespace needlechart::bench {

// The PostgreSQL cluster the server benchmarks run on: NEEDLECHART_TEST_POSTGRES_TCP (a libpq
// address, TCP loopback), empty when not set. One database per data set, named by the caller.
[[nodiscard]] QString serverBase();
// The address with its dbname replaced by `database`.
[[nodiscard]] QString serverAddressOf(const QString& database);
// Runs one statement on the server's maintenance database (CREATE/DROP DATABASE).
bool adminExec(const char* sql);
[[nodiscard]] bool databaseExists(const QString& name);
// Opens `database` on the server (migrating it if `migrate`); null, with the reason printed,
// if it cannot.
[[nodiscard]] std::unique_ptr<Database> openServer(const QString& database, bool migrate);
[[nodiscard]] qint64 countRows(Database& db, const QString& table);
// Makes `database` on the server a copy of the SQLite file at `path`, unless it already is one:
// DatabaseCopy commits all of a copy or none of it, so a server database whose patient and
// session counts equal the file's holds a finished copy of it. Runs ANALYZE after a copy.
bool ensureServerCopy(const QString& path, const QString& database);

} // namespace needlechart::bench
