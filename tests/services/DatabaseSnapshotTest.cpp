// A consistent copy of a live clinic database and the figures a backup records about it
// (DatabaseSnapshot), on both back ends: VACUUM INTO on SQLite, pg_dump in an exported snapshot
// on PostgreSQL.
#include "needlechart/storage/backup/DatabaseSnapshot.h"

#include "needlechart/services/demo/DemoAccounts.h"
#include "needlechart/services/demo/DemoSessions.h"
#include "needlechart/storage/database/DatabaseCopy.h"

#include "ErrorText.h"
#include "RawConnection.h"
#include "ServicesTest.h"

#include <QFile>
#include <QProcess>

#include <gtest/gtest.h>

using namespace needlechart;

namespace {

using test::describe;

class DatabaseSnapshotTest : public test::ServicesTest {
protected:
    DatabaseSnapshotTest() : ServicesTest(QDateTime(QDate(2026, 12, 2), QTime(9, 0), Qt::UTC)) {}

    void SetUp() override { fillDemoClinic(30, 11); }

    qint64 scalar(const QString& sql)
    {
        return test::RawConnection::scalar(db->connection(), sql).toLongLong();
    }
};

} // namespace

TEST_P(DatabaseSnapshotTest, counts_say_how_many_patients_notes_and_audit_rows_there_are)
{
    auto counts = DatabaseSnapshot::counts(*db);
    ASSERT_TRUE(counts.ok()) << describe(counts.error());
    EXPECT_EQ(counts->patients, 30);
    EXPECT_EQ(counts->notes, scalar(QStringLiteral("SELECT COUNT(*) FROM session")));
    EXPECT_GT(counts->notes, 0);
    EXPECT_EQ(counts->signedNotes,
              scalar(QStringLiteral("SELECT COUNT(*) FROM session WHERE status = 'signed'")));
    EXPECT_GT(counts->auditRows, 0);
    EXPECT_EQ(counts->auditHead.size(), 32) << "the chain's last SHA-256";
    EXPECT_EQ(counts->schemaVersion, *db->schemaVersion());
    auto orphans = DatabaseSnapshot::foreignKeyViolations(*db);
    ASSERT_TRUE(orphans.ok());
    EXPECT_EQ(*orphans, 0);
}

TEST_P(DatabaseSnapshotTest, a_copy_holds_every_table_as_it_was)
{
    const QString target = temp.dir() + QStringLiteral("/copy");
    if (!onServer()) {
        ASSERT_TRUE(DatabaseSnapshot::writeSqliteCopy(*db, target).ok());
        DatabaseOptions options;
        options.createIfMissing = false;
        options.migrate = false;
        auto copy = Database::open(target, options);
        ASSERT_TRUE(copy.ok()) << describe(copy.error());
        for (const QString& table : DatabaseCopy::tables()) {
            auto original = DatabaseCopy::fingerprint(*db, table);
            auto copied = DatabaseCopy::fingerprint(**copy, table);
            ASSERT_TRUE(original.ok() && copied.ok());
            EXPECT_EQ(*original, *copied) << table.toStdString();
        }
        auto before = DatabaseSnapshot::counts(*db);
        auto after = DatabaseSnapshot::counts(**copy);
        ASSERT_TRUE(before.ok() && after.ok());
        EXPECT_EQ(*before, *after);
    } else {
        auto counts = DatabaseSnapshot::writeServerDump(*db, target);
        ASSERT_TRUE(counts.ok()) << describe(counts.error());
        EXPECT_EQ(*counts, *DatabaseSnapshot::counts(*db));
        QProcess list;
        list.start(QStringLiteral("pg_restore"), {QStringLiteral("--list"), target});
        ASSERT_TRUE(list.waitForFinished(60000));
        EXPECT_EQ(list.exitCode(), 0);
        const QString contents = QString::fromUtf8(list.readAllStandardOutput());
        const QString schema =
            test::RawConnection::scalar(db->connection(), QStringLiteral("SELECT current_schema()"))
                .toString();
        for (const QString& table : DatabaseCopy::tables())
            EXPECT_TRUE(contents.contains(QStringLiteral("TABLE DATA %1 %2 ").arg(schema, table)))
                << table.toStdString();
    }
}

TEST_P(DatabaseSnapshotTest, a_copy_never_replaces_a_file_that_is_there)
{
    if (onServer())
        GTEST_SKIP() << "a file copy is SQLite's";
    const QString target = temp.dir() + QStringLiteral("/taken");
    QFile existing(target);
    ASSERT_TRUE(existing.open(QIODevice::WriteOnly));
    existing.write("keep me");
    existing.close();
    const Status copied = DatabaseSnapshot::writeSqliteCopy(*db, target);
    ASSERT_FALSE(copied.ok());
    EXPECT_EQ(copied.error().code, ErrorCode::Conflict);
    EXPECT_EQ(test::readFileBytes(target), QByteArray("keep me"));
}

NEEDLECHART_ON_EVERY_BACKEND(DatabaseSnapshotTest);
