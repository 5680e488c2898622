#include "needlechart/storage/database/DatabaseInspector.h"

#include "needlechart/storage/database/DatabaseFileHeader.h"
#include "needlechart/storage/database/Migrator.h"
#include "needlechart/storage/database/SqlError.h"
#include "needlechart/storage/database/WriteAheadLog.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUrl>

#include <atomic>

namespace needlechart {
namespace {

Error refused(ErrorCode code, const QString& message)
{
    return Error{code, message, {}, {}};
}

QString leftAsItWas()
{
    return DatabaseInspector::tr("NeedleChart left the file as it is.");
}

Error damaged(const QString& path, const QString& what)
{
    return refused(ErrorCode::Corrupt,
                   DatabaseInspector::tr("The database %1 is damaged (%2). %3 Restore it from a "
                                         "backup, or ask your IT support to look at it.")
                       .arg(path, what, leftAsItWas()));
}

Error notOurs(const QString& path)
{
    return refused(
        ErrorCode::NotADatabase,
        DatabaseInspector::tr("%1 is not a NeedleChart database. %2").arg(path, leftAsItWas()));
}

Error newer(const QString& path, int version)
{
    return refused(ErrorCode::NewerSchema,
                   DatabaseInspector::tr(
                       "The database %1 was written by a newer version of NeedleChart (schema "
                       "%2; this version understands up to %3). Update NeedleChart to open it; "
                       "the file was not changed.")
                       .arg(path)
                       .arg(version)
                       .arg(Migrator::latestVersion()));
}

// Permissions and kind, before reading a byte.
Status checkAccess(const QFileInfo& info)
{
    if (info.isDir())
        return refused(
            ErrorCode::Io,
            DatabaseInspector::tr("%1 is a folder, not a database file.").arg(info.filePath()));
    if (!info.isReadable())
        return refused(ErrorCode::ReadOnly,
                       DatabaseInspector::tr("%1 cannot be read: check its permissions.")
                           .arg(info.filePath()));
    // The owner write bit is checked as well as access(): root may write anything, but a file
    // someone marked read-only is not ours to change.
    if (!info.isWritable() || !(info.permissions() & QFileDevice::WriteOwner))
        return refused(ErrorCode::ReadOnly,
                       DatabaseInspector::tr(
                           "%1 is read-only. NeedleChart needs to write to its database; make "
                           "the file writable or choose another one.")
                           .arg(info.filePath()));
    const QFileInfo folder(info.absolutePath());
    if (!folder.isWritable())
        return refused(ErrorCode::ReadOnly,
                       DatabaseInspector::tr("The folder %1 is read-only; SQLite needs to create "
                                             "its journal files there.")
                           .arg(folder.filePath()));
    return {};
}

// A page 1 found in the log must be a NeedleChart header too: the same mark as the file (or
// none yet, for a file from before migration 0008).
bool pageOneBelongs(const QByteArray& pageOne, const DatabaseFileHeader& file)
{
    const auto header = DatabaseFileHeader::parse(pageOne);
    if (!header || header->pageSize != file.pageSize)
        return false;
    if (file.applicationId == DatabaseFileHeader::NeedleChartApplicationId)
        return header->applicationId == DatabaseFileHeader::NeedleChartApplicationId;
    return header->applicationId == 0
           || header->applicationId == DatabaseFileHeader::NeedleChartApplicationId;
}

QString nextConnectionName()
{
    static std::atomic<int> counter{0};
    return QStringLiteral("needlechart-inspect-%1").arg(++counter);
}

struct SchemaFacts {
    int userVersion = 0;
    int tableCount = 0;
    bool hasPatientTable = false;
};

// Reads the schema through a read-only connection that SQLite closes again before returning.
Result<SchemaFacts> readSchema(const QString& path, bool replayLog, int busyTimeoutMs)
{
    const QString name = nextConnectionName();
    Result<SchemaFacts> result = SchemaFacts{};
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        QString options =
            QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs);
        if (replayLog) {
            db.setDatabaseName(path);
        } else {
            // immutable: SQLite reads the file as it is, takes no locks and creates no -shm.
            db.setDatabaseName(QUrl::fromLocalFile(path).toString(QUrl::FullyEncoded)
                               + QStringLiteral("?mode=ro&immutable=1"));
            options += QStringLiteral(";QSQLITE_OPEN_URI");
        }
        db.setConnectOptions(options);
        const QString what = DatabaseInspector::tr("Could not read the database");
        if (!db.open()) {
            result = SqlError::from(db.lastError(), what);
        } else {
            QSqlQuery query(db);
            SchemaFacts facts;
            if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next()) {
                result = SqlError::from(query.lastError(), what);
            } else {
                facts.userVersion = query.value(0).toInt();
                // Reading the schema reads page 1 and the schema table: most damage shows here.
                if (!query.exec(QStringLiteral("SELECT COUNT(*), COALESCE(SUM(type = 'table' AND "
                                               "name = 'patient'), 0) FROM sqlite_master"))
                    || !query.next()) {
                    result = SqlError::from(query.lastError(), what);
                } else {
                    facts.tableCount = query.value(0).toInt();
                    facts.hasPatientTable = query.value(1).toInt() > 0;
                    result = facts;
                }
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

} // namespace

Result<DatabaseInspector::Inspection> DatabaseInspector::inspect(const QString& path,
                                                                 int busyTimeoutMs)
{
    const QFileInfo info(path);
    if (Status access = checkAccess(info); !access.ok())
        return access.error();
    const QString journal = path + QStringLiteral("-journal");
    if (info.size() == 0) {
        if (QFileInfo::exists(journal))
            return Inspection{State::UnfinishedCreation, 0};
        return refused(ErrorCode::NotADatabase,
                       tr("%1 is empty: it is not a NeedleChart database. %2 Delete it, or choose "
                          "another file.")
                           .arg(path, leftAsItWas()));
    }

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return refused(ErrorCode::Io, tr("%1 cannot be opened: %2").arg(path, file.errorString()));
    const QByteArray first = file.read(DatabaseFileHeader::Size);
    file.close();
    if (!DatabaseFileHeader::hasSqliteMagic(first))
        return refused(ErrorCode::NotADatabase,
                       tr("%1 is not a NeedleChart database (it is not an SQLite file). %2")
                           .arg(path, leftAsItWas()));
    const auto header = DatabaseFileHeader::parse(first);
    if (!header)
        return damaged(path, tr("its header is not valid"));
    if (header->applicationId != 0
        && header->applicationId != DatabaseFileHeader::NeedleChartApplicationId)
        return notOurs(path);

    // A rollback journal with content beside a file that does not use write-ahead logging: a
    // write was cut off (by an older version, which created files that way). SQLite replays it
    // on the first read-write open.
    if (!header->writeAheadLog && QFileInfo(journal).size() > 0)
        return Inspection{State::HotJournal, int(header->userVersion)};

    const WriteAheadLog log = WriteAheadLog::read(path + QStringLiteral("-wal"));
    const bool replayLog = log.committedFrames() > 0;
    int userVersion = int(header->userVersion);
    if (replayLog) {
        if (log.pageSize() != header->pageSize
            || (log.lastPageOne() && !pageOneBelongs(*log.lastPageOne(), *header)))
            return refused(
                ErrorCode::NotADatabase,
                tr("Beside the database %1 lies a write-ahead log (%1-wal) that belongs to "
                   "another database. %2 Move the -wal file somewhere else, then open the "
                   "database again; if it was copied here with the database, restore both from "
                   "the same backup.")
                    .arg(path, leftAsItWas()));
        if (log.lastPageOne())
            userVersion = int(DatabaseFileHeader::parse(*log.lastPageOne())->userVersion);
    } else {
        const qint64 expected = qint64(header->pageCount) * header->pageSize;
        if (info.size() < header->pageSize || info.size() % header->pageSize != 0
            || (expected > 0 && info.size() < expected))
            return damaged(path, tr("it is shorter than it says it is; it was probably cut off "
                                    "while being copied"));
    }
    if (userVersion > Migrator::latestVersion())
        return newer(path, userVersion);

    auto schema = readSchema(path, replayLog, busyTimeoutMs);
    if (!schema.ok()) {
        if (schema.error().code == ErrorCode::Corrupt)
            return damaged(path, tr("SQLite could not read its table of contents"));
        if (schema.error().code == ErrorCode::NotADatabase)
            return notOurs(path);
        return schema.error();
    }
    if (schema->userVersion > Migrator::latestVersion())
        return newer(path, schema->userVersion);
    // Another program's file: tables but no schema version, or a version of its own (many
    // programs use user_version) without our tables.
    if ((schema->userVersion == 0 && schema->tableCount > 0)
        || (schema->userVersion > 0 && !schema->hasPatientTable))
        return refused(
            ErrorCode::NotADatabase,
            tr("%1 is an SQLite file but not a NeedleChart database. %2").arg(path, leftAsItWas()));
    return Inspection{State::Usable, schema->userVersion};
}

} // namespace needlechart
