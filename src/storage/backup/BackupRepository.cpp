#include "needlechart/storage/backup/BackupRepository.h"

#include "needlechart/storage/database/Database.h"
#include "needlechart/storage/database/SqlError.h"
#include "needlechart/storage/database/SqlValues.h"

#include <QLocale>
#include <QSqlQuery>

#include <spdlog/spdlog.h>

namespace needlechart {
namespace {

const QString SelectSettings = QStringLiteral(
    "SELECT folder, interval_hours, keep_daily, keep_weekly, keep_monthly, key_salt, "
    "key_operations, key_memory_bytes, key_public, updated_at, row_version FROM backup_settings "
    "WHERE id = 1");
const QString UpdateSettings = QStringLiteral(
    "UPDATE backup_settings SET folder = :folder, interval_hours = :interval_hours, "
    "keep_daily = :keep_daily, keep_weekly = :keep_weekly, keep_monthly = :keep_monthly, "
    "key_salt = :key_salt, key_operations = :key_operations, "
    "key_memory_bytes = :key_memory_bytes, key_public = :key_public, updated_at = :now, "
    "row_version = row_version + 1 WHERE id = 1 AND row_version = :row_version");
const QString InsertRun = QStringLiteral(
    "INSERT INTO backup_run (at, workstation, ok, file_name, folder, bytes, patients, notes, "
    "problem) VALUES (:at, :workstation, :ok, :file_name, :folder, :bytes, :patients, :notes, "
    ":problem) RETURNING id");
const QString RunColumns = QStringLiteral(
    "SELECT id, at, workstation, ok, file_name, folder, bytes, patients, notes, problem "
    "FROM backup_run ");
const QString SelectRecentRuns =
    RunColumns + QStringLiteral("ORDER BY at DESC, id DESC LIMIT :limit");
const QString SelectLastGoodRun =
    RunColumns + QStringLiteral("WHERE ok = 1 ORDER BY at DESC, id DESC LIMIT 1");
const QString SelectLastRun = RunColumns + QStringLiteral("ORDER BY at DESC, id DESC LIMIT 1");

BackupRun readRun(const QSqlQuery& q)
{
    BackupRun run;
    run.id = q.value(0).toLongLong();
    run.atUtc = SqlValues::timestamp(q.value(1));
    run.workstation = q.value(2).toString();
    run.ok = q.value(3).toLongLong() == 1;
    run.fileName = q.value(4).toString();
    run.folder = q.value(5).toString();
    run.bytes = q.value(6).toLongLong();
    run.patients = q.value(7).toLongLong();
    run.notes = q.value(8).toLongLong();
    run.problem = q.value(9).toString();
    return run;
}

} // namespace

BackupRepository::BackupRepository(Database& database)
    : m_database(database), m_statements(database)
{}

Result<QSqlQuery*> BackupRepository::prepared(const QString& sql)
{
    return m_statements.get(sql, tr("Could not prepare a database query"));
}

Result<BackupSettings> BackupRepository::settings()
{
    auto statement = prepared(SelectSettings);
    if (!statement)
        return statement.error();
    QSqlQuery& q = **statement;
    if (!q.exec())
        return SqlError::from(q.lastError(), tr("Could not read the backup settings"));
    BackupSettings s;
    if (q.next()) {
        s.folder = q.value(0).toString();
        s.intervalHours = q.value(1).toInt();
        s.retention = BackupRetention{q.value(2).toInt(), q.value(3).toInt(), q.value(4).toInt()};
        s.keySalt = QByteArray::fromHex(q.value(5).toString().toLatin1());
        s.keyOperations = q.value(6).toULongLong();
        s.keyMemoryBytes = q.value(7).toULongLong();
        s.publicKey = QByteArray::fromHex(q.value(8).toString().toLatin1());
        s.updatedAt = SqlValues::timestamp(q.value(9));
        s.rowVersion = q.value(10).toInt();
    }
    q.finish();
    return s;
}

Status BackupRepository::saveSettings(const BackupSettings& s, const QDateTime& nowUtc)
{
    auto statement = prepared(UpdateSettings);
    if (!statement)
        return statement.error();
    QSqlQuery& q = **statement;
    q.bindValue(QStringLiteral(":folder"), SqlValues::text(s.folder));
    q.bindValue(QStringLiteral(":interval_hours"), s.intervalHours);
    q.bindValue(QStringLiteral(":keep_daily"), s.retention.daily);
    q.bindValue(QStringLiteral(":keep_weekly"), s.retention.weekly);
    q.bindValue(QStringLiteral(":keep_monthly"), s.retention.monthly);
    q.bindValue(QStringLiteral(":key_salt"),
                SqlValues::text(QString::fromLatin1(s.keySalt.toHex())));
    q.bindValue(QStringLiteral(":key_operations"), qint64(s.keyOperations));
    q.bindValue(QStringLiteral(":key_memory_bytes"), qint64(s.keyMemoryBytes));
    q.bindValue(QStringLiteral(":key_public"),
                SqlValues::text(QString::fromLatin1(s.publicKey.toHex())));
    q.bindValue(QStringLiteral(":now"), SqlValues::timestampText(nowUtc));
    q.bindValue(QStringLiteral(":row_version"), s.rowVersion);
    if (!q.exec())
        return SqlError::from(q.lastError(), tr("Could not save the backup settings"));
    const int changed = q.numRowsAffected();
    q.finish();
    if (changed == 1)
        return {};
    spdlog::warn("backup settings not saved: changed since version {} was read", s.rowVersion);
    return Error{ErrorCode::Conflict,
                 tr("The backup settings were changed on another workstation after you opened "
                    "them. Your changes are still in the form: open the settings again to see "
                    "the other changes, and make yours again."),
                 {},
                 {}};
}

Result<qint64> BackupRepository::addRun(const BackupRun& run)
{
    auto statement = prepared(InsertRun);
    if (!statement)
        return statement.error();
    QSqlQuery& q = **statement;
    q.bindValue(QStringLiteral(":at"), SqlValues::timestampText(run.atUtc));
    q.bindValue(QStringLiteral(":workstation"), SqlValues::text(run.workstation));
    q.bindValue(QStringLiteral(":ok"), run.ok ? 1 : 0);
    q.bindValue(QStringLiteral(":file_name"), SqlValues::text(run.fileName));
    q.bindValue(QStringLiteral(":folder"), SqlValues::text(run.folder));
    q.bindValue(QStringLiteral(":bytes"), run.bytes);
    q.bindValue(QStringLiteral(":patients"), run.patients);
    q.bindValue(QStringLiteral(":notes"), run.notes);
    q.bindValue(QStringLiteral(":problem"), SqlValues::text(run.problem));
    if (!q.exec() || !q.next())
        return SqlError::from(q.lastError(), tr("Could not record the backup"));
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    return id;
}

Result<std::vector<BackupRun>> BackupRepository::recentRuns(int limit)
{
    auto statement = prepared(SelectRecentRuns);
    if (!statement)
        return statement.error();
    QSqlQuery& q = **statement;
    q.bindValue(QStringLiteral(":limit"), limit);
    if (!q.exec())
        return SqlError::from(q.lastError(), tr("Could not read the backup log"));
    std::vector<BackupRun> runs;
    while (q.next())
        runs.push_back(readRun(q));
    q.finish();
    return runs;
}

Result<std::optional<BackupRun>> BackupRepository::oneRun(const QString& sql)
{
    auto statement = prepared(sql);
    if (!statement)
        return statement.error();
    QSqlQuery& q = **statement;
    if (!q.exec())
        return SqlError::from(q.lastError(), tr("Could not read the backup log"));
    std::optional<BackupRun> run;
    if (q.next())
        run = readRun(q);
    q.finish();
    return run;
}

Result<std::optional<BackupRun>> BackupRepository::lastGoodRun()
{
    return oneRun(SelectLastGoodRun);
}

Result<std::optional<BackupRun>> BackupRepository::lastRun()
{
    return oneRun(SelectLastRun);
}

} // namespace needlechart
