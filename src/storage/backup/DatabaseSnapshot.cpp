#include "needlechart/storage/backup/DatabaseSnapshot.h"

#include "needlechart/storage/database/Database.h"
#include "needlechart/storage/database/SqlError.h"

#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSqlQuery>
#include <QVariant>

#include <spdlog/spdlog.h>

#include <functional>

namespace needlechart {
namespace {

Error notAlone(const QString& what)
{
    return Error{
        ErrorCode::Database,
        DatabaseSnapshot::tr("%1: another change is still open on this connection.").arg(what),
        {},
        {}};
}

// Runs `body` in one read transaction of its own: a deferred BEGIN on SQLite (a reader never
// holds writers up in WAL mode), REPEATABLE READ on PostgreSQL (one snapshot for every
// statement). Always ends it with a rollback: nothing here writes.
template <typename T>
Result<T> inOneReadTransaction(Database& db, const QString& what,
                               const std::function<Result<T>(QSqlDatabase)>& body)
{
    if (db.transactionDepth() != 0)
        return notAlone(what);
    QSqlDatabase connection = db.connection();
    QSqlQuery begin(connection);
    const QString statement = db.backend() == Backend::PostgreSql
                                  ? QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ")
                                  : QStringLiteral("BEGIN");
    if (!begin.exec(statement))
        return SqlError::from(begin.lastError(), what);
    Result<T> result = body(connection);
    QSqlQuery end(connection);
    if (!end.exec(QStringLiteral("ROLLBACK")))
        spdlog::warn("snapshot: rollback after reading failed");
    return result;
}

Result<qint64> countOf(QSqlDatabase connection, const QString& sql, const QString& what)
{
    QSqlQuery query(connection);
    query.setForwardOnly(true);
    if (!query.prepare(sql) || !query.exec() || !query.next())
        return SqlError::from(query.lastError(), what);
    return query.value(0).toLongLong();
}

Result<DatabaseSnapshot::Counts> readCounts(Database& db, QSqlDatabase connection,
                                            const QString& what)
{
    DatabaseSnapshot::Counts counts;
    auto version = db.schemaVersion();
    if (!version)
        return version.error();
    counts.schemaVersion = *version;
    struct Figure {
        qint64* into;
        QString sql;
    };
    const Figure figures[] = {
        {&counts.patients, QStringLiteral("SELECT COUNT(*) FROM patient")},
        {&counts.notes, QStringLiteral("SELECT COUNT(*) FROM session")},
        {&counts.signedNotes,
         QStringLiteral("SELECT COUNT(*) FROM session WHERE status = 'signed'")},
        {&counts.auditRows, QStringLiteral("SELECT COUNT(*) FROM audit_event")},
    };
    for (const Figure& figure : figures) {
        auto value = countOf(connection, figure.sql, what);
        if (!value)
            return value.error();
        *figure.into = *value;
    }
    QSqlQuery head(connection);
    head.setForwardOnly(true);
    if (!head.prepare(QStringLiteral("SELECT last_id, hash FROM audit_head WHERE id = 1"))
        || !head.exec())
        return SqlError::from(head.lastError(), what);
    if (head.next() && head.value(0).toLongLong() != 0)
        counts.auditHead = QByteArray::fromHex(head.value(1).toString().toLatin1());
    return counts;
}

} // namespace

Result<DatabaseSnapshot::Counts> DatabaseSnapshot::counts(Database& db)
{
    const QString what = tr("Could not count the records");
    return inOneReadTransaction<Counts>(
        db, what, [&](QSqlDatabase connection) { return readCounts(db, connection, what); });
}

Result<qint64> DatabaseSnapshot::foreignKeyViolations(Database& db)
{
    if (db.backend() != Backend::Sqlite)
        return qint64(0);
    QSqlQuery query(db.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("PRAGMA foreign_key_check")))
        return SqlError::from(query.lastError(), tr("Could not check the links between records"));
    qint64 violations = 0;
    while (query.next())
        ++violations;
    return violations;
}

Status DatabaseSnapshot::writeSqliteCopy(Database& db, const QString& target)
{
    const QString what = tr("Could not copy the database for the backup");
    if (db.backend() != Backend::Sqlite)
        return Error{ErrorCode::Database, what, QStringLiteral("not an SQLite database"), {}};
    if (db.transactionDepth() != 0)
        return notAlone(what);
    if (QFile::exists(target))
        return Error{ErrorCode::Conflict, tr("%1: %2 already exists.").arg(what, target), {}, {}};
    QSqlQuery query(db.connection());
    if (!query.prepare(QStringLiteral("VACUUM INTO :target")))
        return SqlError::from(query.lastError(), what);
    query.bindValue(QStringLiteral(":target"), target);
    if (!query.exec()) {
        Error error = SqlError::from(query.lastError(), what);
        QFile::remove(target); // a disk that filled up mid-copy leaves a part of a file
        spdlog::error("snapshot: VACUUM INTO failed ({})", errorCodeName(error.code));
        return error;
    }
    return {};
}

Result<DatabaseSnapshot::Counts>
DatabaseSnapshot::writeServerDump(Database& db, const QString& target, const QString& pgDump)
{
    const QString what = tr("Could not dump the clinic server's database for the backup");
    const ServerAddress* address = db.serverAddress();
    if (db.backend() != Backend::PostgreSql || !address)
        return Error{ErrorCode::Database, what, QStringLiteral("not a server database"), {}};
    return inOneReadTransaction<Counts>(db, what, [&](QSqlDatabase connection) -> Result<Counts> {
        QSqlQuery query(connection);
        query.setForwardOnly(true);
        if (!query.exec(QStringLiteral("SELECT pg_export_snapshot(), current_schema()"))
            || !query.next())
            return SqlError::from(query.lastError(), what);
        const QString snapshot = query.value(0).toString();
        const QString schema = query.value(1).toString();
        query.finish();
        auto counts = readCounts(db, connection, what);
        if (!counts)
            return counts.error();

        QProcess dump;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        if (!address->password().isEmpty())
            environment.insert(QStringLiteral("PGPASSWORD"), address->password());
        dump.setProcessEnvironment(environment);
        dump.setProcessChannelMode(QProcess::SeparateChannels);
        dump.setStandardOutputFile(QProcess::nullDevice());
        // The schema's name goes as one argument, never through a shell; the snapshot keeps
        // pg_dump's view identical to the counts' above.
        dump.start(pgDump,
                   {QStringLiteral("--format=custom"), QStringLiteral("--no-owner"),
                    QStringLiteral("--no-privileges"), QStringLiteral("--snapshot=") + snapshot,
                    QStringLiteral("--schema=") + schema, QStringLiteral("--file=") + target,
                    QStringLiteral("--dbname=") + address->connectionStringWithoutPassword()});
        if (!dump.waitForStarted())
            return Error{ErrorCode::Io,
                         tr("%1: pg_dump could not be started. Install PostgreSQL's client "
                            "programs (Debian: postgresql-client).")
                             .arg(what),
                         dump.errorString(),
                         {}};
        dump.waitForFinished(-1);
        if (dump.exitStatus() != QProcess::NormalExit || dump.exitCode() != 0) {
            QFile::remove(target);
            const QString detail = QString::fromLocal8Bit(dump.readAllStandardError()).trimmed();
            spdlog::error("snapshot: pg_dump failed with exit code {}", dump.exitCode());
            return Error{ErrorCode::Io, tr("%1: pg_dump failed.").arg(what), detail, {}};
        }
        return counts;
    });
}

Result<QString> DatabaseSnapshot::restoreServerDump(const ServerAddress& target,
                                                    const QString& dump, const QString& pgRestore)
{
    const QString what = tr("Could not restore the backup into the clinic server's database");
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (!target.password().isEmpty())
        environment.insert(QStringLiteral("PGPASSWORD"), target.password());
    const auto runRestore = [&](const QStringList& arguments, QByteArray* output) -> Status {
        QProcess restore;
        restore.setProcessEnvironment(environment);
        restore.start(pgRestore, arguments);
        if (!restore.waitForStarted())
            return Error{ErrorCode::Io,
                         tr("%1: pg_restore could not be started. Install PostgreSQL's client "
                            "programs (Debian: postgresql-client).")
                             .arg(what),
                         restore.errorString(),
                         {}};
        restore.waitForFinished(-1);
        if (output)
            *output = restore.readAllStandardOutput();
        if (restore.exitStatus() != QProcess::NormalExit || restore.exitCode() != 0) {
            const QString detail = QString::fromLocal8Bit(restore.readAllStandardError()).trimmed();
            spdlog::error("snapshot: pg_restore failed with exit code {}", restore.exitCode());
            return Error{ErrorCode::Conflict,
                         tr("%1: pg_restore refused it. Restore into an empty database (create "
                            "one with createdb).")
                             .arg(what),
                         detail,
                         {}};
        }
        return {};
    };
    // The schema the dump holds: its table of contents names it ("SCHEMA - name owner").
    QByteArray contents;
    if (Status listed = runRestore({QStringLiteral("--list"), dump}, &contents); !listed.ok())
        return listed.error();
    QString schema;
    QByteArray useList; // the table of contents to restore: all of it but a schema every
                        // database already has ("public"), whose CREATE would be refused
    for (const QByteArray& line : contents.split('\n')) {
        const QList<QByteArray> words = line.simplified().split(' ');
        const qsizetype at = words.indexOf("SCHEMA");
        if (schema.isEmpty() && !line.startsWith(';') && at > 0 && at + 2 < words.size()
            && words.at(at + 1) == "-") {
            schema = QString::fromUtf8(words.at(at + 2));
            if (schema == QStringLiteral("public")) {
                useList += ';' + line + '\n';
                continue;
            }
        }
        useList += line + '\n';
    }
    if (schema.isEmpty())
        return Error{
            ErrorCode::BackupDamaged, tr("%1: the dump names no schema.").arg(what), {}, {}};
    const QString listPath = dump + QStringLiteral(".list");
    QFile list(listPath);
    if (!list.open(QIODevice::WriteOnly) || list.write(useList) != useList.size() || !list.flush())
        return Error{ErrorCode::Io,
                     tr("%1: the restore's list could not be written.").arg(what),
                     list.errorString(),
                     {}};
    list.close();
    if (Status restored = runRestore(
            {QStringLiteral("--no-owner"), QStringLiteral("--no-privileges"),
             QStringLiteral("--exit-on-error"), QStringLiteral("--single-transaction"),
             QStringLiteral("--use-list=") + listPath,
             QStringLiteral("--dbname=") + target.connectionStringWithoutPassword(), dump},
            nullptr);
        !restored.ok()) {
        QFile::remove(listPath);
        return restored.error();
    }
    QFile::remove(listPath);
    return schema;
}

} // namespace needlechart
