#include "needlechart/storage/database/DatabaseCheck.h"

#include "needlechart/storage/database/SqlError.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>

#include <spdlog/spdlog.h>

#include <atomic>

namespace needlechart {
namespace {

QString nextConnectionName()
{
    static std::atomic<int> counter{0};
    return QStringLiteral("needlechart-check-%1").arg(++counter);
}

} // namespace

Status DatabaseCheck::quickCheck(const QString& path, int busyTimeoutMs)
{
    const QString name = nextConnectionName();
    Status result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(
            QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs));
        const QString what = tr("Could not check the database");
        if (!db.open()) {
            result = SqlError::from(db.lastError(), what);
        } else {
            QSqlQuery query(db);
            query.setForwardOnly(true);
            // At most ten findings: enough to show, without reading a damaged file's thousands.
            if (!query.exec(QStringLiteral("PRAGMA quick_check(10)"))) {
                result = SqlError::from(query.lastError(), what);
            } else {
                QStringList findings;
                while (query.next())
                    findings << query.value(0).toString();
                if (query.lastError().isValid())
                    result = SqlError::from(query.lastError(), what);
                else if (findings != QStringList{QStringLiteral("ok")})
                    result =
                        Error{ErrorCode::Corrupt,
                              tr("The database %1 is damaged: a check of every page found problems "
                                 "in it. Everything that can still be read is shown, but "
                                 "save nothing more: copy the file aside and restore the "
                                 "last backup, or ask your IT support.")
                                  .arg(path),
                              findings.join(QLatin1Char('\n')),
                              {}};
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    if (!result.ok())
        spdlog::error("database: the whole-file check failed ({})",
                      errorCodeName(result.error().code));
    return result;
}

} // namespace needlechart
