#include "needlechart/storage/database/Database.h"

#include "needlechart/storage/backends/PostgresDialect.h"
#include "needlechart/storage/backends/SqliteDialect.h"
#include "needlechart/storage/database/DatabaseCreator.h"
#include "needlechart/storage/database/DatabaseInspector.h"
#include "needlechart/storage/database/Migrator.h"
#include "needlechart/storage/database/PrivateFolders.h"
#include "needlechart/storage/database/SqlError.h"
#include "needlechart/storage/database/SqliteFileLocks.h"
#include "needlechart/storage/database/StatementCache.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlQuery>

#include <libpq-fe.h>
#include <poll.h>
#include <spdlog/spdlog.h>

#include <atomic>

namespace needlechart {
namespace {

QString nextConnectionName(const char* purpose)
{
    static std::atomic<int> counter{0};
    return QStringLiteral("needlechart-%1-%2").arg(QLatin1String(purpose)).arg(++counter);
}

Error fileError(ErrorCode code, const QString& message)
{
    return Error{code, message, {}, {}};
}

// A connection that is closed and unregistered when it goes out of scope; every QSqlQuery on it
// must be gone by then.
class ScopedConnection {
public:
    explicit ScopedConnection(const char* purpose)
        : m_name(nextConnectionName(purpose)),
          m_db(QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name))
    {}
    ~ScopedConnection()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
    ScopedConnection(const ScopedConnection&) = delete;
    ScopedConnection& operator=(const ScopedConnection&) = delete;
    QSqlDatabase& db() { return m_db; }

private:
    QString m_name;
    QSqlDatabase m_db;
};

// Patient data is for the account that runs NeedleChart only: folders we create are 0700 and a
// new database file is 0600 before SQLite writes a byte to it (SQLite gives its -wal, -shm and
// journal files the database file's permission bits). Existing folders and files keep the
// permissions their owner chose.
constexpr QFileDevice::Permissions PrivateFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

Status createPrivateFolders(const QString& folder)
{
    QString failedAt;
    if (!PrivateFolders::create(folder, &failedAt))
        return fileError(ErrorCode::Io,
                         Database::tr("The folder %1 could not be created.").arg(failedAt));
    return {};
}

// How many pre-upgrade copies of one database are kept beside it; older ones are deleted once
// a new copy is complete.
constexpr int KeptBackups = 3;

// Deletes all but the newest KeptBackups pre-upgrade copies of `path`, and any unfinished copy
// (".bak.partial") a crash left behind.
void pruneBackups(const QString& path)
{
    const QFileInfo database(path);
    QDir folder = database.absoluteDir();
    const QString prefix = database.fileName() + QStringLiteral(".schema-");
    for (const QFileInfo& partial :
         folder.entryInfoList({prefix + QStringLiteral("*.bak.partial")}, QDir::Files))
        QFile::remove(partial.absoluteFilePath());
    const QFileInfoList backups =
        folder.entryInfoList({prefix + QStringLiteral("*.bak")}, QDir::Files, QDir::Time);
    for (qsizetype i = KeptBackups; i < backups.size(); ++i) {
        if (QFile::remove(backups.at(i).absoluteFilePath()))
            spdlog::info("database: an old pre-upgrade backup removed ({} kept)", KeptBackups);
    }
}

// A consistent copy of the file (including anything still in its WAL) beside it, made before an
// upgrade writes anything: "<file>.schema-<version>-<UTC timestamp>.bak". The copy is written
// as ".bak.partial" and renamed when complete, so a file named as a backup always is one: a
// full disk or a crash halfway leaves no ".bak" behind.
Result<QString> backupBeforeUpgrade(const QString& path, int fromVersion, int busyTimeoutMs)
{
    QString backup =
        QStringLiteral("%1.schema-%2-%3.bak")
            .arg(path)
            .arg(fromVersion)
            .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss")));
    for (int n = 2; QFileInfo::exists(backup); ++n)
        backup =
            QStringLiteral("%1.schema-%2-%3-%4.bak")
                .arg(path)
                .arg(fromVersion)
                .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss")))
                .arg(n);
    const QString partial = backup + QStringLiteral(".partial");
    QFile::remove(partial);
    {
        // VACUUM INTO fills an empty file that exists: made here, the copy of the patient data
        // is the owner's only (0600), like the database itself.
        QFile target(partial);
        if (!target.open(QIODevice::WriteOnly | QIODevice::NewOnly, PrivateFile))
            return fileError(ErrorCode::Io,
                             Database::tr("Could not back up the database before upgrading it: "
                                          "%1 could not be created.")
                                 .arg(partial));
    }
    {
        ScopedConnection connection("backup");
        QSqlDatabase& db = connection.db();
        db.setDatabaseName(path);
        db.setConnectOptions(
            QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs));
        if (!db.open())
            return SqlError::from(db.lastError(),
                                  Database::tr("Could not open the database for a backup"));
        QSqlQuery query(db);
        query.prepare(QStringLiteral("VACUUM INTO :target"));
        query.bindValue(QStringLiteral(":target"), partial);
        if (!query.exec()) {
            const Error error =
                SqlError::from(query.lastError(),
                               Database::tr("Could not back up the database before upgrading it"));
            QFile::remove(partial);
            return error;
        }
    }
    if (!QFile::rename(partial, backup)) {
        QFile::remove(partial);
        return fileError(ErrorCode::Io,
                         Database::tr("Could not back up the database before upgrading it: %1 "
                                      "could not be written.")
                             .arg(backup));
    }
    pruneBackups(path);
    return backup;
}

Status applyConnectionSettings(QSqlDatabase db, int busyTimeoutMs)
{
    QSqlQuery query(db);
    // WAL: readers never block the writer; FULL: a commit survives power loss, not only a crash.
    if (!query.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !query.next())
        return SqlError::from(query.lastError(), Database::tr("Could not prepare the database"));
    if (query.value(0).toString().compare(QStringLiteral("wal"), Qt::CaseInsensitive) != 0)
        return Error{ErrorCode::Io,
                     Database::tr("The database could not switch to write-ahead logging (the file "
                                  "system may not support it)."),
                     query.value(0).toString(),
                     {}};
    const QStringList pragmas = {
        QStringLiteral("PRAGMA foreign_keys = ON"),
        QStringLiteral("PRAGMA synchronous = FULL"),
        QStringLiteral("PRAGMA busy_timeout = %1").arg(busyTimeoutMs),
        // 16 MiB of page cache (the default is 2 MiB): the search indexes of a large clinic
        // stay in memory, so a keystroke's index probes are not file reads.
        QStringLiteral("PRAGMA cache_size = -16384"),
    };
    for (const QString& pragma : pragmas) {
        if (!query.exec(pragma))
            return SqlError::from(query.lastError(),
                                  Database::tr("Could not prepare the database"));
    }
    return {};
}

// Replays a rollback journal an interrupted write left (SQLite does so on the first read of a
// read-write connection). Only files from versions that created databases without WAL have one.
Status replayJournal(const QString& path, int busyTimeoutMs)
{
    ScopedConnection connection("recover");
    QSqlDatabase& db = connection.db();
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs));
    if (!db.open())
        return SqlError::from(db.lastError(), Database::tr("Could not open the database"));
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM sqlite_master")) || !query.next())
        return SqlError::from(query.lastError(), Database::tr("Could not open the database"));
    spdlog::info("database: an interrupted write was rolled back");
    return {};
}

void removeUnfinished(const QString& path)
{
    QFile::remove(path + QStringLiteral("-journal"));
    QFile::remove(path);
    spdlog::info("database: removed an empty file an interrupted creation left");
}

} // namespace

Result<std::unique_ptr<Database>>
Database::connect(const QString& path, const DatabaseOptions& options, const QString& backupPath)
{
    const QString name = nextConnectionName("main");
    std::unique_ptr<Database> database(new Database(path, name, std::make_unique<SqliteDialect>()));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(options.busyTimeoutMs));
        if (!db.open())
            return SqlError::from(db.lastError(), tr("Could not open the database"));
        if (Status settings = applyConnectionSettings(db, options.busyTimeoutMs); !settings.ok())
            return settings.error();
    }
    database->m_backupPath = backupPath;
    if (options.migrate) {
        Migrator migrator(*database);
        auto migrated = migrator.migrateTo();
        if (!migrated.ok())
            return migrated.error();
    }
    return database;
}

Status Database::create(const QString& path, const DatabaseOptions& options)
{
    if (Status folder = createPrivateFolders(QFileInfo(path).absolutePath()); !folder.ok())
        return folder.error();
    // Built at the latest schema, or (migrate off, for tests of upgrades) as an empty schema 0.
    return DatabaseCreator::create(path, [&options](const QString& file) -> Status {
        auto built = connect(file, options, {});
        if (!built.ok())
            return built.error();
        return {};
    });
}

Result<std::unique_ptr<Database>> Database::open(const QString& path,
                                                 const DatabaseOptions& options)
{
    SqliteFileLocks::install();
    DatabaseCreator::removeLeftovers(path);
    const QFileInfo info(path);
    if (!info.exists()) {
        if (!options.createIfMissing)
            return fileError(ErrorCode::Io, tr("%1 does not exist.").arg(path));
        if (Status created = create(path, options); !created.ok())
            return created.error();
    } else if (info.permissions() & QFileDevice::ReadOther) {
        // Left as it is (the file and its permissions are the owner's choice), but noted.
        spdlog::warn("database: {} is readable by every account on this computer",
                     path.toStdString());
    }

    auto inspection = DatabaseInspector::inspect(path, options.busyTimeoutMs);
    // What an interrupted write or creation left is dealt with once, then judged again.
    if (inspection.ok() && inspection->state == DatabaseInspector::State::HotJournal) {
        if (Status replayed = replayJournal(path, options.busyTimeoutMs); !replayed.ok())
            return replayed.error();
        if (QFileInfo(path).size() == 0)
            removeUnfinished(path);
        else
            inspection = DatabaseInspector::inspect(path, options.busyTimeoutMs);
    }
    if (inspection.ok() && inspection->state == DatabaseInspector::State::UnfinishedCreation)
        removeUnfinished(path);
    if (!QFileInfo::exists(path)) {
        if (!options.createIfMissing)
            return fileError(ErrorCode::Io, tr("%1 does not exist.").arg(path));
        if (Status created = create(path, options); !created.ok())
            return created.error();
        inspection = DatabaseInspector::inspect(path, options.busyTimeoutMs);
    }
    if (!inspection.ok()) {
        spdlog::error("database: refused ({})", errorCodeName(inspection.error().code));
        return inspection.error();
    }
    if (inspection->state != DatabaseInspector::State::Usable)
        return fileError(ErrorCode::Io, tr("%1 could not be recovered.").arg(path));
    const int fromVersion = inspection->userVersion;

    QString backupPath;
    if (options.migrate && fromVersion > 0 && fromVersion < Migrator::latestVersion()) {
        auto backup = backupBeforeUpgrade(path, fromVersion, options.busyTimeoutMs);
        if (!backup.ok())
            return backup.error();
        backupPath = *backup;
        spdlog::info("database: backed up schema {} before upgrade", fromVersion);
    }

    auto database = connect(path, options, backupPath);
    if (!database.ok())
        return database.error();
    spdlog::info("database: opened at schema {}", Migrator::latestVersion());
    return database;
}

Database::Database(QString path, QString connectionName, std::unique_ptr<SqlDialect> dialect)
    : m_path(std::move(path)),
      m_connectionName(std::move(connectionName)),
      m_dialect(std::move(dialect))
{}

Database::~Database()
{
    m_statements.reset(); // its queries go before the connection
    // Repositories normally go first; one that outlives the database prepares nothing more.
    for (StatementCache* cache : m_caches) {
        cache->dropAll();
        cache->m_database = nullptr;
    }
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Result<int> Database::schemaVersion() const
{
    return m_dialect->schemaVersion(connection());
}

QString Database::displayName() const
{
    if (m_server)
        return m_server->displayName();
    return QFileInfo(m_path).fileName();
}

namespace {

// libpq's connection behind Qt's driver, or nullptr.
PGconn* libpqConnection(const QSqlDatabase& db)
{
    if (!db.isValid() || !db.driver())
        return nullptr;
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid()
        || (qstrcmp(handle.typeName(), "PGconn*") != 0
            && qstrcmp(handle.typeName(), "pg_conn*") != 0))
        return nullptr;
    return *static_cast<PGconn* const*>(handle.constData());
}

// Why a server connection failed, in terms a person can act on. Qt's driver only says "Unable
// to connect"; libpq is asked (PQping, then a connection attempt of its own) what happened.
Error classifyConnectFailure(const ServerAddress& address, const QSqlError& qtError)
{
    const QByteArray conninfo = address.connectionString().toUtf8();
    const QString where = address.displayName();
    switch (PQping(conninfo.constData())) {
    case PQPING_NO_RESPONSE:
        return Error{ErrorCode::Unreachable,
                     Database::tr("The clinic server (%1) cannot be reached. Check that this "
                                  "computer is on the clinic's network and that the server is "
                                  "running.")
                         .arg(where),
                     qtError.databaseText(),
                     {}};
    case PQPING_NO_ATTEMPT:
        return Error{ErrorCode::Validation,
                     Database::tr("The clinic server's address is not usable: %1")
                         .arg(qtError.databaseText()),
                     qtError.databaseText(),
                     {}};
    case PQPING_REJECT:
        return Error{ErrorCode::Unreachable,
                     Database::tr("The clinic server (%1) is starting up or shutting down and "
                                  "accepts no connections yet. Try again in a minute.")
                         .arg(where),
                     qtError.databaseText(),
                     {}};
    case PQPING_OK: break;
    }
    PGconn* probe = PQconnectdb(conninfo.constData());
    const bool needsPassword =
        probe && PQstatus(probe) == CONNECTION_BAD && PQconnectionNeedsPassword(probe) != 0;
    const bool usedPassword = probe && PQconnectionUsedPassword(probe) != 0;
    const QString detail =
        probe ? QString::fromUtf8(PQerrorMessage(probe)).trimmed() : qtError.databaseText();
    PQfinish(probe);
    if (needsPassword)
        return Error{ErrorCode::Authentication,
                     Database::tr("The clinic server (%1) asks for a password.").arg(where),
                     detail,
                     {}};
    if (usedPassword)
        return Error{ErrorCode::Authentication,
                     Database::tr("The clinic server (%1) did not accept the user name and "
                                  "password.")
                         .arg(where),
                     detail,
                     {}};
    return Error{ErrorCode::Database,
                 Database::tr("Could not connect to the clinic server (%1): %2").arg(where, detail),
                 detail,
                 {}};
}

} // namespace

Status Database::connectServer()
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QString options;
    for (const auto& [keyword, value] : m_server->connectionParameters()) {
        if (keyword == QStringLiteral("password"))
            continue;
        QString escaped = value;
        escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
        escaped.replace(QLatin1Char('\''), QStringLiteral("\\'"));
        options += keyword + QStringLiteral("='") + escaped + QStringLiteral("';");
    }
    db.setConnectOptions(options);
    db.setPassword(m_server->password());
    if (!db.open()) {
        const Error error = classifyConnectFailure(*m_server, db.lastError());
        spdlog::warn("database: server connection failed ({})", errorCodeName(error.code));
        return error;
    }
    // One channel per clinic database: notifications are per database, and a server may hold
    // several clinics in schemas of one database. In the same round trip, the session's JIT
    // compiler is turned off: the app's statements are short, and a plan whose estimate passes
    // jit_above_cost (a search's walk, costed for the whole index though it stops after a page)
    // would be compiled again on every run, 15 to 150 ms each, for nothing.
    QSqlQuery schema(db);
    if (!schema.exec(QStringLiteral("SELECT current_schema(), set_config('jit', 'off', false)"))
        || !schema.next())
        return SqlError::from(schema.lastError(), tr("Could not connect to the clinic server"));
    m_channel = QStringLiteral("needlechart/") + schema.value(0).toString();
    return {};
}

Result<std::unique_ptr<Database>> Database::openServer(const ServerAddress& address,
                                                       const DatabaseOptions& options)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return Error{ErrorCode::Database,
                     tr("This computer lacks Qt's PostgreSQL driver (Debian package "
                        "libqt6sql6-psql), so it cannot connect to a clinic server."),
                     {},
                     {}};
    const QString name = nextConnectionName("server");
    std::unique_ptr<Database> database(
        new Database(QString(), name, std::make_unique<PostgresDialect>()));
    database->m_server = std::make_unique<ServerAddress>(address);
    QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    if (Status connected = database->connectServer(); !connected.ok())
        return connected.error();

    auto version = database->schemaVersion();
    if (!version.ok())
        return version.error();
    if (*version > Migrator::latestVersion())
        return Error{ErrorCode::NewerSchema,
                     tr("The clinic database on the server was set up by a newer version of "
                        "NeedleChart (schema %1; this version understands up to %2). Update "
                        "NeedleChart on this computer.")
                         .arg(*version)
                         .arg(Migrator::latestVersion()),
                     {},
                     {}};
    if (options.migrate) {
        Migrator migrator(*database);
        auto migrated = migrator.migrateTo();
        if (!migrated.ok())
            return migrated.error();
    } else if (*version == 0) {
        return Error{ErrorCode::SchemaNotReady,
                     tr("The clinic database on the server (%1) has not been set up for "
                        "NeedleChart yet. Its administrator sets it up with: needlechart admin "
                        "init-server ADDRESS")
                         .arg(address.displayName()),
                     {},
                     {}};
    } else if (*version < Migrator::latestVersion()) {
        return Error{ErrorCode::SchemaNotReady,
                     tr("The clinic database on the server (%1) is at schema %2 and this "
                        "version of NeedleChart needs %3. Its administrator upgrades it with: "
                        "needlechart admin migrate ADDRESS")
                         .arg(address.displayName())
                         .arg(*version)
                         .arg(Migrator::latestVersion()),
                     {},
                     {}};
    }
    spdlog::info("database: connected to a server at schema {}", Migrator::latestVersion());
    return database;
}

bool Database::isConnected() const
{
    if (!m_server)
        return true;
    const QSqlDatabase db = connection();
    if (!db.isOpen())
        return false;
    PGconn* conn = libpqConnection(db);
    if (!conn || PQstatus(conn) != CONNECTION_OK)
        return false;
    // libpq only notices that the server closed the connection when it next reads. Peek at the
    // socket instead, without reading: what is waiting there (a notification) stays for Qt.
    pollfd socket{PQsocket(conn), POLLRDHUP, 0};
    if (socket.fd < 0)
        return false;
    if (::poll(&socket, 1, 0) > 0 && (socket.revents & (POLLRDHUP | POLLHUP | POLLERR | POLLNVAL)))
        return false;
    return true;
}

Status Database::announce(const QString& payload)
{
    if (!m_server)
        return {};
    // Prepared once (and again after a reconnect): one round trip per announcement.
    if (!m_statements)
        m_statements = std::make_unique<StatementCache>(*this);
    auto prepared = m_statements->get(QStringLiteral("SELECT pg_notify(:channel, :payload)"),
                                      tr("Could not tell the other workstations"));
    if (!prepared)
        return prepared.error();
    QSqlQuery& query = **prepared;
    query.bindValue(QStringLiteral(":channel"), m_channel);
    query.bindValue(QStringLiteral(":payload"), payload);
    const bool sent = query.exec();
    query.finish();
    if (!sent)
        return SqlError::from(query.lastError(), tr("Could not tell the other workstations"));
    return {};
}

Status Database::listen(std::function<void(const QString& payload)> received)
{
    if (!m_server)
        return {};
    m_received = std::move(received);
    return subscribe();
}

Status Database::subscribe()
{
    QSqlDatabase db = connection();
    QSqlDriver* driver = db.driver();
    if (!driver)
        return Error{ErrorCode::Database, tr("No database driver."), {}, {}};
    if (!m_relayConnected) {
        // The driver object stays the same across close() and open(): connected once.
        QObject::connect(driver, &QSqlDriver::notification, driver,
                         [this](const QString& name, QSqlDriver::NotificationSource source,
                                const QVariant& payload) {
                             if (name == m_channel && source == QSqlDriver::OtherSource
                                 && m_received)
                                 m_received(payload.toString());
                         });
        m_relayConnected = true;
    }
    if (driver->subscribedToNotifications().contains(m_channel))
        return {};
    if (!driver->subscribeToNotification(m_channel))
        return SqlError::from(driver->lastError(),
                              tr("Could not listen for the other workstations' changes"));
    return {};
}

Status Database::reconnect()
{
    if (!m_server)
        return {};
    if (m_transactionDepth != 0)
        return Error{
            ErrorCode::Database, tr("Cannot reconnect in the middle of a transaction."), {}, {}};
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    // With no connection open, freeing the old statements sends nothing anywhere.
    for (StatementCache* cache : m_caches)
        cache->dropAll();
    ++m_generation;
    if (Status connected = connectServer(); !connected.ok())
        return connected;
    spdlog::info("database: reconnected to the server");
    if (m_received)
        return subscribe();
    return {};
}

} // namespace needlechart
