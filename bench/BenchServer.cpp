#include "BenchServer.h"

#include "needlechart/storage/backends/ServerAddress.h"
#include "needlechart/storage/database/Database.h"
#include "needlechart/storage/database/DatabaseCopy.h"

#include <QRegularExpression>
#include <QSqlQuery>

#include <libpq-fe.h>

#include <chrono>
#include <cstdio>

namespace needlechart::bench {

QString serverBase()
{
    return qEnvironmentVariable("NEEDLECHART_TEST_POSTGRES_TCP");
}

QString serverAddressOf(const QString& database)
{
    QString text = serverBase();
    static const QRegularExpression DbName(QStringLiteral("dbname=\\S+"));
    text.remove(DbName);
    return text.trimmed() + QStringLiteral(" dbname=") + database;
}

bool adminExec(const char* sql)
{
    PGconn* conn = PQconnectdb(serverBase().toUtf8().constData());
    bool ok = PQstatus(conn) == CONNECTION_OK;
    if (ok) {
        PGresult* res = PQexec(conn, sql);
        ok = PQresultStatus(res) == PGRES_COMMAND_OK;
        if (!ok)
            std::fprintf(stderr, "server: %s", PQerrorMessage(conn));
        PQclear(res);
    } else {
        std::fprintf(stderr, "server: %s", PQerrorMessage(conn));
    }
    PQfinish(conn);
    return ok;
}

bool databaseExists(const QString& name)
{
    PGconn* conn = PQconnectdb(serverBase().toUtf8().constData());
    bool exists = false;
    if (PQstatus(conn) == CONNECTION_OK) {
        const QByteArray n = name.toUtf8();
        const char* values[] = {n.constData()};
        PGresult* res = PQexecParams(conn, "SELECT 1 FROM pg_database WHERE datname = $1", 1,
                                     nullptr, values, nullptr, nullptr, 0);
        exists = PQresultStatus(res) == PGRES_TUPLES_OK && PQntuples(res) == 1;
        PQclear(res);
    }
    PQfinish(conn);
    return exists;
}

std::unique_ptr<Database> openServer(const QString& database, bool migrate)
{
    auto address = ServerAddress::parse(serverAddressOf(database));
    if (!address) {
        std::fprintf(stderr, "server address: %s\n", qPrintable(address.error().message));
        return {};
    }
    DatabaseOptions options;
    options.migrate = migrate;
    auto db = Database::openServer(*address, options);
    if (!db) {
        std::fprintf(stderr, "open %s: %s\n", qPrintable(database), qPrintable(db.error().message));
        return {};
    }
    return std::move(db).value();
}

qint64 countRows(Database& db, const QString& table)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM ") + table) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

bool ensureServerCopy(const QString& path, const QString& database)
{
    auto file = Database::open(path);
    if (!file) {
        std::fprintf(stderr, "open %s: %s\n", qPrintable(path), qPrintable(file.error().message));
        return false;
    }
    const qint64 patients = countRows(**file, QStringLiteral("patient"));
    const qint64 sessions = countRows(**file, QStringLiteral("session"));
    if (databaseExists(database)) {
        auto server = openServer(database, true);
        if (server && countRows(*server, QStringLiteral("patient")) == patients
            && countRows(*server, QStringLiteral("session")) == sessions)
            return true;
        server.reset();
        if (!adminExec(qPrintable(QStringLiteral("DROP DATABASE %1 WITH (FORCE)").arg(database))))
            return false;
    }
    if (!adminExec(qPrintable(QStringLiteral("CREATE DATABASE %1").arg(database))))
        return false;
    auto server = openServer(database, true);
    if (!server)
        return false;
    std::fprintf(stderr, "copying %s into the server database %s ...\n", qPrintable(path),
                 qPrintable(database));
    const auto start = std::chrono::steady_clock::now();
    auto copied = DatabaseCopy::copy(**file, *server);
    if (!copied) {
        std::fprintf(stderr, "copy: %s\n", qPrintable(copied.error().message));
        return false;
    }
    std::fprintf(stderr, "copied in %.1f s\n",
                 std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
    // Fresh statistics, as autovacuum would gather them on a server in use.
    QSqlQuery analyze(server->connection());
    analyze.exec(QStringLiteral("ANALYZE"));
    return true;
}

} // namespace needlechart::bench
