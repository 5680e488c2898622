#include "needlechart/storage/backends/SqliteDialect.h"

#include "needlechart/storage/database/SqlError.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace needlechart {

QString SqliteDialect::beginStatement() const
{
    return QStringLiteral("BEGIN IMMEDIATE");
}

QString SqliteDialect::migrationFolder() const
{
    return QStringLiteral(":/migrations/sqlite");
}

Result<int> SqliteDialect::schemaVersion(const QSqlDatabase& db) const
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return SqlError::from(
            query.lastError(),
            QCoreApplication::translate("SqlDialect", "Could not read the database version"));
    return query.value(0).toInt();
}

Status SqliteDialect::setSchemaVersion(const QSqlDatabase& db, int version) const
{
    QSqlQuery query(db);
    // PRAGMA takes no bound parameters; the number comes from a compiled-in file name.
    if (!query.exec(QStringLiteral("PRAGMA user_version = %1").arg(version)))
        return SqlError::from(
            query.lastError(),
            QCoreApplication::translate("SqlDialect", "Could not record the database version"));
    return {};
}

Result<bool> SqliteDialect::isEmpty(const QSqlDatabase& db) const
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM sqlite_master")) || !query.next())
        return SqlError::from(query.lastError(), QCoreApplication::translate(
                                                     "SqlDialect", "Could not read the database"));
    return query.value(0).toInt() == 0;
}

// An INTEGER PRIMARY KEY hands out one more than the largest id already: nothing to do.
Status SqliteDialect::restartIdentity(const QSqlDatabase& /*db*/, const QString& /*table*/) const
{
    return {};
}

Status SqliteDialect::lockUntilCommit(const QSqlDatabase& /*db*/, Lock /*lock*/) const
{
    return {};
}

QString SqliteDialect::readThroughIndex(const QString& index) const
{
    return QStringLiteral(" INDEXED BY ") + index;
}

QString SqliteDialect::lockRowsRead() const
{
    return {};
}

} // namespace needlechart
