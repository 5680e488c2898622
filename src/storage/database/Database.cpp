#include "needlechart/storage/database/Database.h"

#include "needlechart/storage/database/Migrator.h"
#include "needlechart/storage/database/PrivateFolders.h"
#include "needlechart/storage/database/SqlError.h"
#include "needlechart/storage/database/SqliteFileLocks.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>

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

// Checks an existing file without writing to it: can we write it, is it SQLite at all?
Status checkExistingFile(const QFileInfo& info)
{
    if (info.isDir())
        return fileError(ErrorCode::Io,
                         Database::tr("%1 is a folder, not a database file.").arg(info.filePath()));
    if (!info.isReadable())
        return fileError(
            ErrorCode::ReadOnly,
            Database::tr("%1 cannot be read: check its permissions.").arg(info.filePath()));
    // The owner write bit is checked as well as access(): root may write anything, but a file
    // someone marked read-only is not ours to change.
    if (!info.isWritable() || !(info.permissions() & QFileDevice::WriteOwner))
        return fileError(
            ErrorCode::ReadOnly,
            Database::tr(
                "%1 is read-only. NeedleChart needs to write to its database; make the file "
                "writable or choose another one.")
                .arg(info.filePath()));
    const QFileInfo folder(info.absolutePath());
    if (!folder.isWritable())
        return fileError(
            ErrorCode::ReadOnly,
            Database::tr(
                "The folder %1 is read-only; SQLite needs to create its journal files there.")
                .arg(folder.filePath()));
    if (info.size() == 0)
        return {}; // an empty file is a new database
    QFile file(info.filePath());
    if (!file.open(QIODevice::ReadOnly))
        return fileError(
            ErrorCode::Io,
            Database::tr("%1 cannot be opened: %2").arg(info.filePath(), file.errorString()));
    static const QByteArray magic("SQLite format 3\0", 16);
    if (info.size() < 100 || file.read(16) != magic)
        return fileError(
            ErrorCode::NotADatabase,
            Database::tr("%1 is not a NeedleChart database (it is not an SQLite file).")
                .arg(info.filePath()));
    return {};
}

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

// Creates the empty database file, readable and writable by its owner only. Fails rather than
// touch a file that appeared meanwhile.
Status createPrivateFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, PrivateFile))
        return fileError(ErrorCode::Io,
                         Database::tr("%1 could not be created: %2").arg(path, file.errorString()));
    return {};
}

struct Inspection {
    int userVersion = 0;
    int tableCount = 0;
    bool hasPatientTable = false; // every schema version from 1 on has it
};

// Reads the schema version through a read-only connection, so that a locked, damaged or newer
// file is reported before anything is written to it.
Result<Inspection> inspectReadOnly(const QString& path, int busyTimeoutMs)
{
    ScopedConnection connection("inspect");
    QSqlDatabase& db = connection.db();
    db.setDatabaseName(path);
    db.setConnectOptions(
        QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs));
    if (!db.open())
        return SqlError::from(db.lastError(), Database::tr("Could not open the database"));
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return SqlError::from(query.lastError(), Database::tr("Could not read the database"));
    Inspection inspection;
    inspection.userVersion = query.value(0).toInt();
    // Reading the schema touches page 1 and the schema table: catches most damage early.
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM sqlite_master")) || !query.next())
        return SqlError::from(query.lastError(), Database::tr("Could not read the database"));
    inspection.tableCount = query.value(0).toInt();
    if (!query.exec(QStringLiteral(
            "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'patient'"))
        || !query.next())
        return SqlError::from(query.lastError(), Database::tr("Could not read the database"));
    inspection.hasPatientTable = query.value(0).toInt() > 0;
    return inspection;
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

} // namespace

Result<std::unique_ptr<Database>> Database::open(const QString& path,
                                                 const DatabaseOptions& options)
{
    SqliteFileLocks::install();
    const QFileInfo info(path);
    const bool exists = info.exists();
    if (exists) {
        if (Status checked = checkExistingFile(info); !checked.ok())
            return checked.error();
        // Left as it is (the file and its permissions are the owner's choice), but noted.
        if (info.permissions() & QFileDevice::ReadOther)
            spdlog::warn("database: {} is readable by every account on this computer",
                         path.toStdString());
    } else {
        if (!options.createIfMissing)
            return fileError(ErrorCode::Io, tr("%1 does not exist.").arg(path));
        if (Status folder = createPrivateFolders(info.absolutePath()); !folder.ok())
            return folder.error();
        if (Status file = createPrivateFile(path); !file.ok())
            return file.error();
    }

    int fromVersion = 0;
    if (exists && info.size() > 0) {
        auto inspection = inspectReadOnly(path, options.busyTimeoutMs);
        if (!inspection.ok()) {
            spdlog::error("database: inspection failed ({})",
                          errorCodeName(inspection.error().code));
            return inspection.error();
        }
        fromVersion = inspection->userVersion;
        if (fromVersion > Migrator::latestVersion()) {
            spdlog::error("database: schema {} is newer than supported {}", fromVersion,
                          Migrator::latestVersion());
            return Error{
                ErrorCode::NewerSchema,
                tr("This database was written by a newer version of NeedleChart (schema %1; this "
                   "version understands up to %2). Update NeedleChart to open it; the file was "
                   "not changed.")
                    .arg(fromVersion)
                    .arg(Migrator::latestVersion()),
                {},
                {}};
        }
        // Another program's file: tables but no schema version, or a version of its own (many
        // programs use user_version) without our tables. Refused before anything is written.
        if ((fromVersion == 0 && inspection->tableCount > 0)
            || (fromVersion > 0 && !inspection->hasPatientTable))
            return fileError(ErrorCode::NotADatabase,
                             tr("%1 is an SQLite file but not a NeedleChart database.").arg(path));
    }

    QString backupPath;
    if (options.migrate && fromVersion > 0 && fromVersion < Migrator::latestVersion()) {
        auto backup = backupBeforeUpgrade(path, fromVersion, options.busyTimeoutMs);
        if (!backup.ok())
            return backup.error();
        backupPath = *backup;
        spdlog::info("database: backed up schema {} before upgrade", fromVersion);
    }

    const QString name = nextConnectionName("main");
    std::unique_ptr<Database> database(new Database(path, name));
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
    spdlog::info("database: opened at schema {}", Migrator::latestVersion());
    return database;
}

Database::Database(QString path, QString connectionName)
    : m_path(std::move(path)), m_connectionName(std::move(connectionName))
{}

Database::~Database()
{
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
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return SqlError::from(query.lastError(), tr("Could not read the database version"));
    return query.value(0).toInt();
}

} // namespace needlechart
