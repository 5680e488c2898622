#pragma once

#include "needlechart/domain/common/Result.h"
#include "needlechart/storage/backends/Backend.h"
#include "needlechart/storage/backends/ServerAddress.h"
#include "needlechart/storage/backends/SqlDialect.h"
#include "needlechart/storage/database/DatabaseOptions.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>
#include <vector>

namespace needlechart {

class StatementCache;

// One open connection to a clinic's database: an SQLite file (open) or a PostgreSQL server
// (openServer). What the two do differently sits behind dialect().
//
// Opening a file checks it before touching it (DatabaseInspector): a locked, read-only, damaged,
// empty, non-SQLite or newer-version file, or one with another database's -wal beside it, is
// reported as an Error and left byte-for-byte as it was, with nothing created beside it. A missing
// file is created whole (DatabaseCreator). A usable file gets WAL, foreign keys, a busy timeout and
// full synchronous commits, then is migrated to the latest schema.
//
// Opening a server connects (libpq's own password sources, or the address's password), checks
// the schema version and, if options.migrate, creates or upgrades the schema; a workstation's
// app opens with migrate off, so its database role needs no right to change the schema.
//
// Owns its QSqlDatabase connection (a unique connection name); not copyable, one thread.
class Database {
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    [[nodiscard]] static Result<std::unique_ptr<Database>>
    open(const QString& path, const DatabaseOptions& options = {});
    [[nodiscard]] static Result<std::unique_ptr<Database>>
    openServer(const ServerAddress& address, const DatabaseOptions& options = {});
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    [[nodiscard]] QSqlDatabase connection() const;
    // The file's path; empty on a server.
    [[nodiscard]] const QString& path() const { return m_path; }
    [[nodiscard]] Backend backend() const { return m_dialect->backend(); }
    [[nodiscard]] const SqlDialect& dialect() const { return *m_dialect; }
    // Which clinic database this is, for a window's title and status bar: the file's name, or
    // "needlechart on clinic-server".
    [[nodiscard]] QString displayName() const;
    // The server's address; empty for a file.
    [[nodiscard]] const ServerAddress* serverAddress() const { return m_server.get(); }

    // Whether the connection is usable. A file always is; a server connection is not once the
    // server went away (stopped, network lost) until reconnect() succeeds.
    [[nodiscard]] bool isConnected() const;
    // Connects again to the same server (a no-op for a file). Statements prepared on the old
    // connection are dropped: see generation().
    [[nodiscard]] Status reconnect();
    // Counts reconnections; a StatementCache prepares its statements again when it changes.
    [[nodiscard]] int generation() const { return m_generation; }

    // Tells the other workstations on the same server that something changed (PostgreSQL
    // NOTIFY on one channel; nothing on a file, which has one workstation). Sent after the
    // change was committed; `payload` carries ids only, never names or clinical text.
    [[nodiscard]] Status announce(const QString& payload);
    // Calls `received` with the payload of every announcement another connection makes, for as
    // long as this Database lives (again after a reconnect). A no-op on a file.
    [[nodiscard]] Status listen(std::function<void(const QString& payload)> received);

    // The schema version of the open database (PRAGMA user_version, or app_meta on a server).
    [[nodiscard]] Result<int> schemaVersion() const;
    // Where the pre-upgrade copy went, if opening upgraded the file; empty otherwise.
    [[nodiscard]] const QString& backupPath() const { return m_backupPath; }

    // Transaction bookkeeping (see Transaction): depth 0 means no open transaction.
    [[nodiscard]] int transactionDepth() const { return m_transactionDepth; }

private:
    friend class Transaction;
    friend class StatementCache; // registers itself, to be emptied between connections
    Database(QString path, QString connectionName, std::unique_ptr<SqlDialect> dialect);
    // The connection itself: WAL, pragmas, then the migrations (if options.migrate).
    [[nodiscard]] static Result<std::unique_ptr<Database>>
    connect(const QString& path, const DatabaseOptions& options, const QString& backupPath);
    // A new file, built beside and put in place whole (DatabaseCreator).
    [[nodiscard]] static Status create(const QString& path, const DatabaseOptions& options);

    // Opens the registered server connection; the password, if any, only from m_server.
    [[nodiscard]] Status connectServer();

    QString m_path;
    QString m_connectionName;
    std::unique_ptr<SqlDialect> m_dialect;
    std::unique_ptr<ServerAddress> m_server;
    int m_generation = 0;
    QString m_channel;                              // the clinic's NOTIFY channel
    std::unique_ptr<StatementCache> m_statements;   // announce(), prepared once
    std::function<void(const QString&)> m_received; // set by listen()
    bool m_relayConnected = false;                  // the driver's signal is connected once
    // Subscribes the current connection to the channel (again after a reconnect).
    [[nodiscard]] Status subscribe();
    QString m_backupPath;
    int m_transactionDepth = 0;
    // Every live StatementCache on this database. A reconnect empties them after the old
    // connection closed and before the new one opens: a statement of the old connection freed
    // later would send its DEALLOCATE on the new one, and fail (aborting a transaction there).
    mutable std::vector<StatementCache*> m_caches;
};

} // namespace needlechart
