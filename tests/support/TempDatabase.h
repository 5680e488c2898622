#pragma once

#include "needlechart/domain/common/Result.h"
#include "needlechart/storage/backends/Backend.h"
#include "needlechart/storage/backends/ServerAddress.h"
#include "needlechart/storage/database/Database.h"

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace needlechart::test {

class RawConnection;

// An empty clinic database that lives as long as the test: a file in a temporary folder
// (SQLite), or a schema of its own on the test run's PostgreSQL server (see TestServer).
class TempDatabase {
public:
    explicit TempDatabase(Backend backend = Backend::Sqlite);
    ~TempDatabase();
    TempDatabase(const TempDatabase&) = delete;
    TempDatabase& operator=(const TempDatabase&) = delete;

    [[nodiscard]] Backend backend() const { return m_backend; }
    // SQLite: the file (which open() creates). Empty on PostgreSQL.
    [[nodiscard]] QString path() const { return m_path; }
    // A temporary folder for the test's other files, on both back ends.
    [[nodiscard]] QString dir() const { return m_dir.path(); }
    // PostgreSQL: the address of this test's schema.
    [[nodiscard]] const ServerAddress& serverAddress() const { return m_server; }
    // What a worker process is given to open the same database: the file's path, or the
    // server address (which starts with a keyword, never with '/').
    [[nodiscard]] QString location() const;

    // Opens (creating and migrating) the database; fails the current test if that fails.
    [[nodiscard]] std::unique_ptr<Database> open(const DatabaseOptions& options = {}) const;
    // The same, returning the error instead of failing.
    [[nodiscard]] Result<std::unique_ptr<Database>>
    tryOpen(const DatabaseOptions& options = {}) const;
    // A second, plain connection to the same database (for peeking and for holding locks).
    [[nodiscard]] std::unique_ptr<RawConnection> raw(const QString& sqliteOptions = {}) const;

private:
    Backend m_backend;
    QTemporaryDir m_dir;
    QString m_path;
    ServerAddress m_server;
    QString m_schema;
};

// Opens what TempDatabase::location() names.
[[nodiscard]] Result<std::unique_ptr<Database>> openLocation(const QString& location,
                                                             const DatabaseOptions& options = {});

// Reads a whole file, for byte-for-byte comparisons.
[[nodiscard]] QByteArray readFileBytes(const QString& path);

} // namespace needlechart::test
