#include "TestServer.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <atomic>

namespace needlechart::test {
namespace {

const char* const AddressVariable = "NEEDLECHART_TEST_POSTGRES";

// The maintenance connection, opened on first use and kept for the process.
QSqlDatabase adminConnection()
{
    static const QString name = QStringLiteral("needlechart-test-admin");
    if (QSqlDatabase::contains(name)) {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isOpen())
            return db;
        db.open();
        return db;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    const ServerAddress address = TestServer::maintenanceAddress();
    QString options;
    for (const auto& [keyword, value] : address.connectionParameters()) {
        if (keyword != QStringLiteral("password"))
            options += keyword + QStringLiteral("='") + value + QStringLiteral("';");
    }
    db.setConnectOptions(options);
    db.setPassword(address.password());
    if (!db.open())
        ADD_FAILURE() << "cannot connect to the test server: "
                      << db.lastError().text().toStdString();
    return db;
}

} // namespace

bool TestServer::isConfigured()
{
    return !qEnvironmentVariableIsEmpty(AddressVariable);
}

ServerAddress TestServer::maintenanceAddress()
{
    auto address = ServerAddress::parse(qEnvironmentVariable(AddressVariable));
    if (!address.ok()) {
        ADD_FAILURE() << AddressVariable
                      << " is not a libpq address: " << address.error().message.toStdString();
        return {};
    }
    return *address;
}

QString TestServer::runAsAdmin(const QString& sql)
{
    QSqlQuery query(adminConnection());
    return query.exec(sql) ? QString() : query.lastError().text();
}

ServerAddress TestServer::createSchema(QString* schemaName)
{
    static std::atomic<int> counter{0};
    const QString schema =
        QStringLiteral("nc_test_%1_%2").arg(QCoreApplication::applicationPid()).arg(++counter);
    const QString created = runAsAdmin(QStringLiteral("CREATE SCHEMA ") + schema);
    EXPECT_TRUE(created.isEmpty()) << created.toStdString();
    if (schemaName)
        *schemaName = schema;
    const QString base = qEnvironmentVariable(AddressVariable);
    auto address = ServerAddress::parse(base + QStringLiteral(" options='-c search_path=") + schema
                                        + QStringLiteral("'"));
    EXPECT_TRUE(address.ok());
    return address.ok() ? *address : ServerAddress{};
}

void TestServer::dropSchema(const QString& schemaName)
{
    const QString dropped = runAsAdmin(QStringLiteral("DROP SCHEMA IF EXISTS ") + schemaName
                                       + QStringLiteral(" CASCADE"));
    EXPECT_TRUE(dropped.isEmpty()) << dropped.toStdString();
}

std::vector<Backend> testedBackends()
{
    if (TestServer::isConfigured())
        return {Backend::Sqlite, Backend::PostgreSql};
    return {Backend::Sqlite};
}

std::string BackendName::operator()(const ::testing::TestParamInfo<Backend>& info) const
{
    return info.param == Backend::Sqlite ? "Sqlite" : "PostgreSql";
}

} // namespace needlechart::test
