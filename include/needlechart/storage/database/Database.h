#pragma once

#include "needlechart/domain/common/Result.h"
#include "needlechart/storage/database/DatabaseOptions.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace needlechart {

// One open connection to a NeedleChart database file. Opening checks the file before touching
// it (DatabaseInspector): a locked, read-only, damaged, empty, non-SQLite or newer-version file,
// or one with another database's -wal beside it, is reported as an Error and left byte-for-byte
// as it was, with nothing created beside it. A missing file is created whole (DatabaseCreator). A
// usable file gets WAL, foreign keys, a busy timeout and full synchronous commits, then is migrated
// to the latest schema.
//
// Owns its QSqlDatabase connection (a unique connection name); not copyable, one thread.
class Database {
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    [[nodiscard]] static Result<std::unique_ptr<Database>>
    open(const QString& path, const DatabaseOptions& options = {});
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    [[nodiscard]] QSqlDatabase connection() const;
    [[nodiscard]] const QString& path() const { return m_path; }
    // PRAGMA user_version of the open file.
    [[nodiscard]] Result<int> schemaVersion() const;
    // Where the pre-upgrade copy went, if opening upgraded the file; empty otherwise.
    [[nodiscard]] const QString& backupPath() const { return m_backupPath; }

    // Transaction bookkeeping (see Transaction): depth 0 means no open transaction.
    [[nodiscard]] int transactionDepth() const { return m_transactionDepth; }

private:
    friend class Transaction;
    Database(QString path, QString connectionName);
    // The connection itself: WAL, pragmas, then the migrations (if options.migrate).
    [[nodiscard]] static Result<std::unique_ptr<Database>>
    connect(const QString& path, const DatabaseOptions& options, const QString& backupPath);
    // A new file, built beside and put in place whole (DatabaseCreator).
    [[nodiscard]] static Status create(const QString& path, const DatabaseOptions& options);

    QString m_path;
    QString m_connectionName;
    QString m_backupPath;
    int m_transactionDepth = 0;
};

} // namespace needlechart
