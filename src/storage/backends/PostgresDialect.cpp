#include "needlechart/storage/backends/PostgresDialect.h"

#include "needlechart/storage/database/SqlError.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace needlechart {
namespace {

// Advisory lock keys: "NC" in the high bytes, then the lock. Other applications sharing the
// server would have to pick the same 64-bit numbers by chance to wait on ours.
constexpr qint64 LockBase = 0x4E43'0000'0000'0000;

qint64 lockKey(SqlDialect::Lock lock)
{
    switch (lock) {
    case SqlDialect::Lock::AppointmentBook: return LockBase + 1;
    case SqlDialect::Lock::Schema: return LockBase + 2;
    }
    return LockBase;
}

} // namespace

QString PostgresDialect::beginStatement() const
{
    return QStringLiteral("BEGIN");
}

QString PostgresDialect::migrationFolder() const
{
    return QStringLiteral(":/migrations/postgresql");
}

Result<int> PostgresDialect::schemaVersion(const QSqlDatabase& db) const
{
    QSqlQuery query(db);
    // to_regclass follows the search_path, as the unqualified names of every statement do.
    if (!query.exec(QStringLiteral("SELECT to_regclass('app_meta') IS NOT NULL")) || !query.next())
        return SqlError::from(
            query.lastError(),
            QCoreApplication::translate("SqlDialect", "Could not read the database version"));
    if (!query.value(0).toBool())
        return 0;
    if (!query.exec(
            QStringLiteral("SELECT meta_value FROM app_meta WHERE meta_key = 'schema_version'")))
        return SqlError::from(
            query.lastError(),
            QCoreApplication::translate("SqlDialect", "Could not read the database version"));
    if (!query.next())
        return 0;
    bool isNumber = false;
    const int version = query.value(0).toString().toInt(&isNumber);
    if (!isNumber)
        return Error{ErrorCode::Database,
                     QCoreApplication::translate("SqlDialect",
                                                 "The database's schema version is not a number."),
                     {},
                     {}};
    return version;
}

Status PostgresDialect::setSchemaVersion(const QSqlDatabase& db, int version) const
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "INSERT INTO app_meta (meta_key, meta_value) VALUES ('schema_version', :version) "
        "ON CONFLICT (meta_key) DO UPDATE SET meta_value = excluded.meta_value"));
    query.bindValue(QStringLiteral(":version"), QString::number(version));
    if (!query.exec())
        return SqlError::from(
            query.lastError(),
            QCoreApplication::translate("SqlDialect", "Could not record the database version"));
    return {};
}

Result<bool> PostgresDialect::isEmpty(const QSqlDatabase& db) const
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral(
            "SELECT COUNT(*) FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n "
            "ON n.oid = c.relnamespace WHERE n.nspname = current_schema() "
            "AND c.relkind IN ('r', 'v', 'm', 'S', 'p')"))
        || !query.next())
        return SqlError::from(query.lastError(), QCoreApplication::translate(
                                                     "SqlDialect", "Could not read the database"));
    return query.value(0).toLongLong() == 0;
}

Status PostgresDialect::restartIdentity(const QSqlDatabase& db, const QString& table) const
{
    QSqlQuery query(db);
    // The table name is one of the schema's (DatabaseCopy's list), not input: an identifier
    // cannot be a bound parameter.
    if (!query.exec(QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), "
                                   "COALESCE(MAX(id), 0) + 1, false) FROM %1")
                        .arg(table)))
        return SqlError::from(
            query.lastError(),
            QCoreApplication::translate("SqlDialect", "Could not set the next record number"));
    return {};
}

Status PostgresDialect::lockUntilCommit(const QSqlDatabase& db, Lock lock) const
{
    QSqlQuery query(db);
    // The key is a constant of this file, not input: sent as text, the lock is one round trip
    // (a bound value would be three: prepare, execute and deallocate).
    if (!query.exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(lockKey(lock))))
        return SqlError::from(
            query.lastError(),
            QCoreApplication::translate(
                "SqlDialect", "Another workstation is holding the clinic database; try again"));
    return {};
}

QString PostgresDialect::readThroughIndex(const QString& index) const
{
    Q_UNUSED(index);
    return {};
}

QString PostgresDialect::lockRowsRead() const
{
    return QStringLiteral(" FOR UPDATE");
}

} // namespace needlechart
