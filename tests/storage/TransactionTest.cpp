#include "needlechart/storage/database/Transaction.h"

#include "needlechart/storage/database/Database.h"
#include "needlechart/storage/database/SqlError.h"

#include "QtPrinters.h"
#include "RawConnection.h"
#include "TempDatabase.h"
#include "TestServer.h"

#include <gtest/gtest.h>

using namespace needlechart;
using test::RawConnection;

namespace {

class TransactionTest : public test::BackendTest {
protected:
    // Writes one app_meta row; returns the driver error, empty on success.
    QString put(const QString& key)
    {
        QSqlQuery q(db->connection());
        q.prepare(QStringLiteral("INSERT INTO app_meta (meta_key, meta_value) VALUES (?, 'v')"));
        q.addBindValue(key);
        return q.exec() ? QString() : q.lastError().text();
    }
    bool has(const QString& key)
    {
        QSqlQuery q(db->connection());
        q.prepare(QStringLiteral("SELECT COUNT(*) FROM app_meta WHERE meta_key = ?"));
        q.addBindValue(key);
        return q.exec() && q.next() && q.value(0).toInt() == 1;
    }
    // True while some connection holds the write lock: a second connection cannot take it.
    bool writeLockIsHeld()
    {
        RawConnection other(temp.path(), QStringLiteral("QSQLITE_BUSY_TIMEOUT=0"));
        return !other.run(QStringLiteral("BEGIN IMMEDIATE")).isEmpty();
    }

    test::TempDatabase temp{GetParam()};
    std::unique_ptr<Database> db = temp.open();
};

} // namespace

TEST_P(TransactionTest, committed_work_is_kept)
{
    {
        Transaction tx(*db);
        ASSERT_TRUE(tx.begun().ok());
        ASSERT_EQ(put(QStringLiteral("a")), QString());
        ASSERT_TRUE(tx.commit().ok());
    }
    EXPECT_TRUE(has(QStringLiteral("a")));
    EXPECT_EQ(db->transactionDepth(), 0);
}

TEST_P(TransactionTest, work_is_rolled_back_unless_committed)
{
    {
        Transaction tx(*db);
        ASSERT_TRUE(tx.begun().ok());
        ASSERT_EQ(put(QStringLiteral("a")), QString());
        EXPECT_TRUE(has(QStringLiteral("a"))) << "visible inside the transaction";
    }
    EXPECT_FALSE(has(QStringLiteral("a")));
    EXPECT_EQ(db->transactionDepth(), 0);
}

TEST_P(TransactionTest, explicit_rollback_discards_work_at_once)
{
    Transaction tx(*db);
    ASSERT_TRUE(tx.begun().ok());
    ASSERT_EQ(put(QStringLiteral("a")), QString());
    tx.rollback();
    EXPECT_FALSE(has(QStringLiteral("a")));
    EXPECT_EQ(db->transactionDepth(), 0);
    tx.rollback(); // harmless a second time
    EXPECT_EQ(db->transactionDepth(), 0);
}

TEST_P(TransactionTest, outer_transaction_holds_the_write_lock_until_it_ends)
{
    if (onServer())
        GTEST_SKIP() << "SQLite's file-wide write lock; PostgreSQL locks rows: see "
                        "a_row_another_workstation_is_writing_is_reported_locked";
    {
        Transaction tx(*db);
        ASSERT_TRUE(tx.begun().ok());
        EXPECT_TRUE(writeLockIsHeld()) << "another connection could take the write lock";
    }
    EXPECT_FALSE(writeLockIsHeld()) << "the lock outlived the transaction";
}

TEST_P(TransactionTest, nested_transaction_is_a_savepoint_whose_rollback_keeps_outer_work)
{
    Transaction outer(*db);
    ASSERT_TRUE(outer.begun().ok());
    EXPECT_EQ(db->transactionDepth(), 1);
    ASSERT_EQ(put(QStringLiteral("outer-before")), QString());
    {
        Transaction inner(*db);
        ASSERT_TRUE(inner.begun().ok());
        EXPECT_EQ(db->transactionDepth(), 2);
        ASSERT_EQ(put(QStringLiteral("inner")), QString());
    }
    EXPECT_EQ(db->transactionDepth(), 1);
    EXPECT_FALSE(has(QStringLiteral("inner")));
    EXPECT_TRUE(has(QStringLiteral("outer-before")));
    ASSERT_EQ(put(QStringLiteral("outer-after")), QString());
    ASSERT_TRUE(outer.commit().ok());
    EXPECT_EQ(db->transactionDepth(), 0);
    EXPECT_TRUE(has(QStringLiteral("outer-before")));
    EXPECT_TRUE(has(QStringLiteral("outer-after")));
    EXPECT_FALSE(has(QStringLiteral("inner")));
}

TEST_P(TransactionTest, committed_savepoint_is_still_undone_by_the_outer_rollback)
{
    {
        Transaction outer(*db);
        ASSERT_TRUE(outer.begun().ok());
        {
            Transaction inner(*db);
            ASSERT_TRUE(inner.begun().ok());
            ASSERT_EQ(put(QStringLiteral("inner")), QString());
            ASSERT_TRUE(inner.commit().ok());
        }
        EXPECT_TRUE(has(QStringLiteral("inner")));
    }
    EXPECT_FALSE(has(QStringLiteral("inner")));
    EXPECT_EQ(db->transactionDepth(), 0);
}

TEST_P(TransactionTest, three_levels_roll_back_independently)
{
    Transaction level1(*db);
    ASSERT_EQ(put(QStringLiteral("1")), QString());
    {
        Transaction level2(*db);
        ASSERT_EQ(put(QStringLiteral("2")), QString());
        {
            Transaction level3(*db);
            EXPECT_EQ(db->transactionDepth(), 3);
            ASSERT_EQ(put(QStringLiteral("3")), QString());
        }
        EXPECT_FALSE(has(QStringLiteral("3")));
        ASSERT_TRUE(level2.commit().ok());
    }
    ASSERT_TRUE(level1.commit().ok());
    EXPECT_TRUE(has(QStringLiteral("1")));
    EXPECT_TRUE(has(QStringLiteral("2")));
    EXPECT_FALSE(has(QStringLiteral("3")));
}

TEST_P(TransactionTest, committing_twice_is_an_error)
{
    Transaction tx(*db);
    ASSERT_TRUE(tx.begun().ok());
    ASSERT_EQ(put(QStringLiteral("a")), QString());
    ASSERT_TRUE(tx.commit().ok());
    const Status second = tx.commit();
    ASSERT_FALSE(second.ok());
    EXPECT_FALSE(second.error().message.isEmpty());
    EXPECT_EQ(db->transactionDepth(), 0);
    EXPECT_TRUE(has(QStringLiteral("a")));
}

TEST_P(TransactionTest, committing_a_nested_transaction_twice_is_an_error)
{
    Transaction outer(*db);
    Transaction inner(*db);
    ASSERT_TRUE(inner.commit().ok());
    EXPECT_FALSE(inner.commit().ok());
    EXPECT_EQ(db->transactionDepth(), 1);
    EXPECT_TRUE(outer.commit().ok());
}

TEST_P(TransactionTest, commit_after_rollback_is_an_error)
{
    Transaction tx(*db);
    ASSERT_EQ(put(QStringLiteral("a")), QString());
    tx.rollback();
    EXPECT_FALSE(tx.commit().ok());
    EXPECT_FALSE(has(QStringLiteral("a")));
}

TEST_P(TransactionTest, begin_on_a_file_another_connection_is_writing_reports_locked)
{
    if (onServer())
        GTEST_SKIP() << "SQLite's file-wide write lock; PostgreSQL locks rows: see "
                        "a_row_another_workstation_is_writing_is_reported_locked";
    test::RawConnection other(temp.path());
    ASSERT_TRUE(other.isOpen());
    ASSERT_EQ(other.run(QStringLiteral("BEGIN IMMEDIATE")), QString());
    ASSERT_EQ(other.run(QStringLiteral(
                  "INSERT INTO app_meta (meta_key, meta_value) VALUES ('other', 'x')")),
              QString());
    ASSERT_EQ(RawConnection::run(db->connection(), QStringLiteral("PRAGMA busy_timeout = 50")),
              QString());
    {
        Transaction tx(*db);
        ASSERT_FALSE(tx.begun().ok());
        EXPECT_EQ(tx.begun().error().code, ErrorCode::Locked);
        EXPECT_EQ(db->transactionDepth(), 0);
        const Status commit = tx.commit();
        ASSERT_FALSE(commit.ok());
        EXPECT_EQ(commit.error().code, ErrorCode::Locked)
            << "commit reports why the transaction never began";
    }
    EXPECT_EQ(db->transactionDepth(), 0);
    ASSERT_EQ(other.run(QStringLiteral("COMMIT")), QString());
    Transaction tx(*db);
    EXPECT_TRUE(tx.begun().ok()) << "released, a transaction begins";
    EXPECT_TRUE(tx.commit().ok());
}

// PostgreSQL: a transaction begins at once and locks the rows it writes. A second workstation's
// write of the same row waits for it; past the lock timeout it is reported as Locked (the same
// code SQLite's busy file gives), and once the first transaction ends it goes through.
TEST_P(TransactionTest, a_row_another_workstation_is_writing_is_reported_locked)
{
    if (!onServer())
        GTEST_SKIP() << "on SQLite the whole file is locked: see "
                        "begin_on_a_file_another_connection_is_writing_reports_locked";
    auto other = temp.raw();
    ASSERT_TRUE(other->isOpen()) << other->openError().toStdString();
    ASSERT_EQ(other->run(QStringLiteral("BEGIN")), QString());
    ASSERT_EQ(other->run(QStringLiteral(
                  "INSERT INTO app_meta (meta_key, meta_value) VALUES ('shared', 'x')")),
              QString());
    ASSERT_EQ(RawConnection::run(db->connection(), QStringLiteral("SET lock_timeout = 100")),
              QString());
    {
        Transaction tx(*db);
        ASSERT_TRUE(tx.begun().ok());
        QSqlQuery q(db->connection());
        q.prepare(QStringLiteral("INSERT INTO app_meta (meta_key, meta_value) VALUES (?, 'v')"));
        q.addBindValue(QStringLiteral("shared"));
        ASSERT_FALSE(q.exec());
        EXPECT_EQ(SqlError::from(q.lastError(), QStringLiteral("Saving")).code, ErrorCode::Locked)
            << q.lastError().text().toStdString();
    }
    EXPECT_EQ(db->transactionDepth(), 0);
    ASSERT_EQ(other->run(QStringLiteral("ROLLBACK")), QString());
    Transaction tx(*db);
    ASSERT_TRUE(tx.begun().ok());
    EXPECT_EQ(put(QStringLiteral("shared")), QString()) << "released, the write goes through";
    EXPECT_TRUE(tx.commit().ok());
}

NEEDLECHART_ON_EVERY_BACKEND(TransactionTest);
