// A clinic server's database: the address, and what opening one says when it cannot be used.
// Runs against the test run's throwaway PostgreSQL cluster (see TestServer).
#include "needlechart/storage/backends/ServerAddress.h"
#include "needlechart/storage/database/Database.h"
#include "needlechart/storage/database/Migrator.h"
#include "needlechart/storage/patients/PatientRepository.h"

#include "ErrorText.h"
#include "QtPrinters.h"
#include "RawConnection.h"
#include "TempDatabase.h"
#include "TestServer.h"

#include <QElapsedTimer>
#include <QThread>

#include <gtest/gtest.h>

using namespace needlechart;
using test::RawConnection;

namespace {

using test::describe;

DatabaseOptions withoutMigrating()
{
    DatabaseOptions options;
    options.migrate = false;
    return options;
}

class ServerDatabaseTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        if (!test::TestServer::isConfigured())
            GTEST_SKIP() << "no PostgreSQL test server (run through scripts/test.sh)";
        temp = std::make_unique<test::TempDatabase>(Backend::PostgreSql);
    }
    std::unique_ptr<test::TempDatabase> temp;
};

} // namespace

TEST(ServerAddressTest, a_uri_is_parsed_by_libpq_and_its_password_is_kept_out_of_the_text)
{
    auto address = ServerAddress::parse(QStringLiteral(
        "postgresql://alex:s3cret@clinic-server:5433/needlechart?sslmode=verify-full"));
    ASSERT_TRUE(address.ok()) << describe(address.error());
    EXPECT_EQ(address->host(), QStringLiteral("clinic-server"));
    EXPECT_EQ(address->database(), QStringLiteral("needlechart"));
    EXPECT_EQ(address->user(), QStringLiteral("alex"));
    EXPECT_EQ(address->option(QStringLiteral("port")), QStringLiteral("5433"));
    EXPECT_EQ(address->option(QStringLiteral("sslmode")), QStringLiteral("verify-full"));
    EXPECT_EQ(address->password(), QStringLiteral("s3cret"));
    EXPECT_FALSE(address->text().contains(QStringLiteral("s3cret")));
    EXPECT_FALSE(address->displayName().contains(QStringLiteral("s3cret")));
    EXPECT_EQ(address->displayName(), QStringLiteral("needlechart on clinic-server"));
    // The text is an address again, with everything but the password.
    auto again = ServerAddress::parse(address->text());
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again->options(), address->options());
    EXPECT_TRUE(again->password().isEmpty());
}

TEST(ServerAddressTest, keyword_strings_work_and_defaults_never_override_what_was_given)
{
    auto address = ServerAddress::parse(
        QStringLiteral("host=/var/run/postgresql dbname=clinic connect_timeout=2"));
    ASSERT_TRUE(address.ok()) << describe(address.error());
    EXPECT_EQ(address->displayName(), QStringLiteral("clinic on this computer"));
    const auto parameters = address->connectionParameters();
    EXPECT_EQ(parameters.at(QStringLiteral("connect_timeout")), QStringLiteral("2"));
    EXPECT_EQ(parameters.at(QStringLiteral("keepalives")), QStringLiteral("1"));
    EXPECT_EQ(parameters.at(QStringLiteral("application_name")), QStringLiteral("NeedleChart"));
    EXPECT_EQ(parameters.count(QStringLiteral("password")), 0u);
}

TEST(ServerAddressTest, what_libpq_cannot_read_is_refused_with_a_message)
{
    for (const char* bad :
         {"", "   ", "postgresql://[::1/db", "colour=blue", "nonsense", "host=a sslmode='x;y'"}) {
        SCOPED_TRACE(bad);
        auto address = ServerAddress::parse(QString::fromUtf8(bad));
        ASSERT_FALSE(address.ok());
        EXPECT_EQ(address.error().code, ErrorCode::Validation);
        EXPECT_FALSE(address.error().message.isEmpty());
    }
}

TEST_F(ServerDatabaseTest, a_server_nobody_answers_on_is_reported_unreachable)
{
    auto address = ServerAddress::parse(
        QStringLiteral("host=127.0.0.1 port=1 dbname=needlechart connect_timeout=3"));
    ASSERT_TRUE(address.ok());
    EXPECT_FALSE(address->answers());
    auto opened = Database::openServer(*address);
    ASSERT_FALSE(opened.ok());
    EXPECT_EQ(opened.error().code, ErrorCode::Unreachable) << describe(opened.error());
    EXPECT_TRUE(opened.error().message.contains(QStringLiteral("cannot be reached")));
}

// sslmode goes to libpq as given: the test cluster speaks no TLS, so requiring it over TCP fails
// (and says why) where the same address without it connects. (libpq uses no TLS on a Unix
// socket, whatever sslmode says.)
TEST_F(ServerDatabaseTest, sslmode_in_the_address_is_honoured)
{
    const ServerAddress& given = temp->serverAddress();
    const QString tcp =
        QStringLiteral("host=127.0.0.1 port=%1 user=%2 dbname=%3")
            .arg(given.option(QStringLiteral("port")), given.user(), given.database());
    auto plain = ServerAddress::parse(tcp + QStringLiteral(" sslmode=disable"));
    ASSERT_TRUE(plain.ok());
    auto connected = Database::openServer(*plain);
    ASSERT_TRUE(connected.ok()) << describe(connected.error());
    auto address = ServerAddress::parse(tcp + QStringLiteral(" sslmode=require"));
    ASSERT_TRUE(address.ok());
    EXPECT_EQ(address->option(QStringLiteral("sslmode")), QStringLiteral("require"));
    auto refused = Database::openServer(*address);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().detail.contains(QStringLiteral("SSL"), Qt::CaseInsensitive)
                || refused.error().message.contains(QStringLiteral("SSL"), Qt::CaseInsensitive))
        << describe(refused.error());
}

TEST_F(ServerDatabaseTest, a_database_not_set_up_is_refused_until_its_administrator_sets_it_up)
{
    auto refused = Database::openServer(temp->serverAddress(), withoutMigrating());
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::SchemaNotReady) << describe(refused.error());
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("admin init-server")));

    auto setUp = Database::openServer(temp->serverAddress());
    ASSERT_TRUE(setUp.ok()) << describe(setUp.error());
    EXPECT_EQ(*(*setUp)->schemaVersion(), Migrator::latestVersion());
    EXPECT_EQ((*setUp)->backend(), Backend::PostgreSql);

    auto workstation = Database::openServer(temp->serverAddress(), withoutMigrating());
    ASSERT_TRUE(workstation.ok()) << describe(workstation.error());
    EXPECT_EQ(*(*workstation)->schemaVersion(), Migrator::latestVersion());
}

TEST_F(ServerDatabaseTest, a_newer_or_older_schema_is_refused_saying_what_to_do)
{
    auto db = temp->open();
    ASSERT_NE(db, nullptr);
    ASSERT_EQ(RawConnection::run(db->connection(),
                                 QStringLiteral("UPDATE app_meta SET meta_value = '%1' WHERE "
                                                "meta_key = 'schema_version'")
                                     .arg(Migrator::latestVersion() + 1)),
              QString());
    auto newer = Database::openServer(temp->serverAddress());
    ASSERT_FALSE(newer.ok());
    EXPECT_EQ(newer.error().code, ErrorCode::NewerSchema) << describe(newer.error());

    ASSERT_EQ(RawConnection::run(db->connection(),
                                 QStringLiteral("UPDATE app_meta SET meta_value = '%1' WHERE "
                                                "meta_key = 'schema_version'")
                                     .arg(Migrator::latestVersion() - 1)),
              QString());
    auto older = Database::openServer(temp->serverAddress(), withoutMigrating());
    ASSERT_FALSE(older.ok());
    EXPECT_EQ(older.error().code, ErrorCode::SchemaNotReady) << describe(older.error());
    EXPECT_TRUE(older.error().message.contains(QStringLiteral("admin migrate")));
}

TEST_F(ServerDatabaseTest, a_database_holding_another_applications_tables_is_never_set_up)
{
    {
        auto raw = temp->raw();
        ASSERT_TRUE(raw->isOpen());
        ASSERT_EQ(raw->run(QStringLiteral("CREATE TABLE invoices (id integer PRIMARY KEY)")),
                  QString());
    }
    auto opened = Database::openServer(temp->serverAddress());
    ASSERT_FALSE(opened.ok());
    EXPECT_EQ(opened.error().code, ErrorCode::SchemaNotReady) << describe(opened.error());
    auto raw = temp->raw();
    EXPECT_FALSE(raw->scalar(QStringLiteral("SELECT to_regclass('patient') IS NOT NULL")).toBool())
        << "nothing was created beside the other application's tables";
}

TEST_F(ServerDatabaseTest, a_lost_connection_is_reported_unreachable_and_reconnecting_restores_it)
{
    auto db = temp->open();
    ASSERT_NE(db, nullptr);
    PatientRepository repo(*db);
    ASSERT_TRUE(repo.count({}).ok()) << "the statement is prepared on the first connection";
    EXPECT_TRUE(db->isConnected());
    const qint64 backend =
        RawConnection::scalar(db->connection(), QStringLiteral("SELECT pg_backend_pid()"))
            .toLongLong();
    ASSERT_GT(backend, 0);
    // The server ends this workstation's session, as a restart or a lost network would.
    ASSERT_EQ(test::TestServer::runAsAdmin(
                  QStringLiteral("SELECT pg_terminate_backend(%1)").arg(backend)),
              QString());

    auto lost = repo.count({});
    ASSERT_FALSE(lost.ok());
    EXPECT_EQ(lost.error().code, ErrorCode::Unreachable) << describe(lost.error());
    QElapsedTimer waited;
    waited.start();
    while (db->isConnected() && waited.elapsed() < 5000)
        QThread::msleep(10);
    EXPECT_FALSE(db->isConnected()) << "the closed connection is noticed without a query";

    const int generation = db->generation();
    ASSERT_TRUE(db->reconnect().ok());
    EXPECT_TRUE(db->isConnected());
    EXPECT_GT(db->generation(), generation);
    auto counted = repo.count({});
    ASSERT_TRUE(counted.ok()) << describe(counted.error());
    EXPECT_EQ(*counted, 0);
}
