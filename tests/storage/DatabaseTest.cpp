#include "needlechart/storage/database/Database.h"

#include "needlechart/storage/database/Migrator.h"
#include "needlechart/storage/database/SqlError.h"
#include "needlechart/storage/database/Transaction.h"
#include "needlechart/storage/patients/PatientRepository.h"

#include "ErrorText.h"
#include "QtPrinters.h"
#include "RawConnection.h"
#include "TempDatabase.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>

#include <gtest/gtest.h>
#include <sys/stat.h>

using namespace needlechart;
using test::RawConnection;

namespace {

const QDateTime Now(QDate(2026, 11, 24), QTime(10, 0), Qt::UTC);

Patient patientNumber(int n)
{
    Patient p;
    p.familyName = QStringLiteral("Family%1").arg(n);
    p.givenName = QStringLiteral("Given");
    p.dateOfBirth = QDate(1980, 1, 1).addDays(n);
    p.phone = QStringLiteral("07700 900%1").arg(n % 1000, 3, 10, QLatin1Char('0'));
    p.notes = QString(1000, QLatin1Char('n')); // several pages in all
    return p;
}

// Creates a NeedleChart database with `count` patients at `path` and closes it again.
void createDatabaseWithPatients(const QString& path, int count)
{
    auto db = Database::open(path);
    ASSERT_TRUE(db.ok()) << db.error().message.toStdString();
    PatientRepository repo(**db);
    Transaction tx(**db);
    ASSERT_TRUE(tx.begun().ok());
    for (int i = 0; i < count; ++i)
        ASSERT_TRUE(repo.create(patientNumber(i), Now).ok());
    ASSERT_TRUE(tx.commit().ok());
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate)) << path.toStdString();
    ASSERT_EQ(file.write(bytes), bytes.size());
}

// Deterministic noise that no SQLite page would contain.
QByteArray garbage(qsizetype size)
{
    QByteArray bytes(size, '\0');
    quint32 state = 0x2545F491u;
    for (qsizetype i = 0; i < size; ++i) {
        state ^= state << 13;
        state ^= state >> 17;
        state ^= state << 5;
        bytes[i] = char(state & 0xff);
    }
    return bytes;
}

QStringList backupsIn(const QString& dir)
{
    return QDir(dir).entryList({QStringLiteral("*.bak")}, QDir::Files);
}

using test::describe;

// The permission bits (rwx for owner, group, others) of a file or folder; -1 if it is missing.
int modeOf(const QString& path)
{
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 0777);
}

// Sets the process umask for the test's lifetime: 022 is what a desktop session usually has,
// so the tests do not depend on the umask of whoever runs them.
class UmaskGuard {
public:
    explicit UmaskGuard(mode_t mask) : m_previous(::umask(mask)) {}
    ~UmaskGuard() { ::umask(m_previous); }
    UmaskGuard(const UmaskGuard&) = delete;
    UmaskGuard& operator=(const UmaskGuard&) = delete;

private:
    mode_t m_previous;
};

class DatabaseTest : public ::testing::Test {
protected:
    // Opening `temp.path()` must fail with one of `codes`, leave the file byte-identical, write
    // no backup and leave no connection registered behind.
    void expectRefusedUnchanged(std::initializer_list<ErrorCode> codes,
                                const DatabaseOptions& options = {})
    {
        const QByteArray before = test::readFileBytes(temp.path());
        const QStringList connectionsBefore = QSqlDatabase::connectionNames();
        auto db = Database::open(temp.path(), options);
        ASSERT_FALSE(db.ok()) << "the file was opened";
        bool expected = false;
        for (ErrorCode code : codes)
            expected = expected || db.error().code == code;
        EXPECT_TRUE(expected) << describe(db.error());
        EXPECT_FALSE(db.error().message.isEmpty());
        EXPECT_TRUE(db.error().message.contains(temp.path()) || db.error().message.size() > 20)
            << "the message should say what is wrong: " << describe(db.error());
        EXPECT_EQ(test::readFileBytes(temp.path()), before) << "the file was changed";
        EXPECT_TRUE(backupsIn(temp.dir()).isEmpty())
            << backupsIn(temp.dir()).join(QLatin1Char(' ')).toStdString();
        EXPECT_EQ(QSqlDatabase::connectionNames(), connectionsBefore)
            << "a connection was left registered";
    }

    test::TempDatabase temp;
};

} // namespace

// --- creating and reopening ----------------------------------------------------------------

TEST_F(DatabaseTest, new_file_is_created_at_the_latest_schema)
{
    ASSERT_FALSE(QFileInfo::exists(temp.path()));
    auto db = temp.open();
    ASSERT_NE(db, nullptr);
    EXPECT_TRUE(QFileInfo::exists(temp.path()));
    ASSERT_TRUE(db->schemaVersion().ok());
    EXPECT_EQ(*db->schemaVersion(), Migrator::latestVersion());
    EXPECT_GE(Migrator::latestVersion(), 2);
    EXPECT_TRUE(db->backupPath().isEmpty()) << "a new file has nothing to back up";
    EXPECT_EQ(db->path(), temp.path());
    EXPECT_EQ(db->transactionDepth(), 0);
}

TEST_F(DatabaseTest, data_persists_when_the_file_is_reopened)
{
    PatientId id = 0;
    Patient stored;
    {
        auto db = temp.open();
        ASSERT_NE(db, nullptr);
        PatientRepository repo(*db);
        auto created = repo.create(patientNumber(7), Now);
        ASSERT_TRUE(created.ok()) << describe(created.error());
        id = created->id;
        stored = *created;
    }
    auto db = temp.open();
    ASSERT_NE(db, nullptr);
    EXPECT_EQ(*db->schemaVersion(), Migrator::latestVersion());
    EXPECT_TRUE(db->backupPath().isEmpty()) << "a file at the latest schema is not backed up";
    EXPECT_TRUE(backupsIn(temp.dir()).isEmpty());
    PatientRepository repo(*db);
    auto read = repo.get(id);
    ASSERT_TRUE(read.ok()) << describe(read.error());
    EXPECT_EQ(*read, stored);
}

TEST_F(DatabaseTest, closing_the_database_unregisters_its_connection)
{
    const QStringList before = QSqlDatabase::connectionNames();
    {
        auto db = temp.open();
        ASSERT_NE(db, nullptr);
        EXPECT_TRUE(db->connection().isOpen());
        EXPECT_EQ(QSqlDatabase::connectionNames().size(), before.size() + 1);
    }
    EXPECT_EQ(QSqlDatabase::connectionNames(), before);
}

TEST_F(DatabaseTest, missing_folders_are_created)
{
    const QString path = QDir(temp.dir()).filePath(QStringLiteral("clinic/data/needlechart.db"));
    auto db = Database::open(path);
    ASSERT_TRUE(db.ok()) << describe(db.error());
    EXPECT_TRUE(QFileInfo::exists(path));
}

// --- permissions: patient data is for the owner's account only -----------------------------

TEST_F(DatabaseTest, new_database_file_is_readable_and_writable_by_its_owner_only)
{
    UmaskGuard umask(022);
    auto db = temp.open();
    ASSERT_NE(db, nullptr);
    EXPECT_EQ(modeOf(temp.path()), 0600);
}

TEST_F(DatabaseTest, wal_and_shm_files_of_a_new_database_are_owner_only_after_a_write)
{
    UmaskGuard umask(022);
    auto db = temp.open();
    ASSERT_NE(db, nullptr);
    PatientRepository repo(*db);
    Transaction tx(*db);
    ASSERT_TRUE(tx.begun().ok());
    ASSERT_TRUE(repo.create(patientNumber(1), Now).ok());
    ASSERT_TRUE(tx.commit().ok());
    EXPECT_EQ(modeOf(temp.path() + QStringLiteral("-wal")), 0600);
    EXPECT_EQ(modeOf(temp.path() + QStringLiteral("-shm")), 0600);
}

TEST_F(DatabaseTest, missing_folders_are_created_for_the_owner_only)
{
    UmaskGuard umask(022);
    const int parentMode = modeOf(temp.dir());
    const QString clinic = QDir(temp.dir()).filePath(QStringLiteral("clinic"));
    const QString path = QDir(clinic).filePath(QStringLiteral("data/needlechart.db"));
    auto db = Database::open(path);
    ASSERT_TRUE(db.ok()) << describe(db.error());
    EXPECT_EQ(modeOf(clinic), 0700);
    EXPECT_EQ(modeOf(QDir(clinic).filePath(QStringLiteral("data"))), 0700);
    EXPECT_EQ(modeOf(path), 0600);
    EXPECT_EQ(modeOf(temp.dir()), parentMode) << "an existing folder was changed";
}

TEST_F(DatabaseTest, existing_file_keeps_the_permissions_its_owner_chose)
{
    UmaskGuard umask(022);
    createDatabaseWithPatients(temp.path(), 1);
    ASSERT_TRUE(QFile::setPermissions(temp.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                                       | QFileDevice::ReadGroup
                                                       | QFileDevice::WriteGroup));
    auto db = temp.open();
    ASSERT_NE(db, nullptr);
    EXPECT_EQ(modeOf(temp.path()), 0660);
}

TEST_F(DatabaseTest, missing_file_is_an_io_error_when_creation_is_off)
{
    auto db = Database::open(temp.path(), DatabaseOptions{.createIfMissing = false});
    ASSERT_FALSE(db.ok());
    EXPECT_EQ(db.error().code, ErrorCode::Io);
    EXPECT_FALSE(QFileInfo::exists(temp.path()));
}

TEST_F(DatabaseTest, an_empty_file_is_refused_and_left_as_it_is)
{
    writeFile(temp.path(), {});
    expectRefusedUnchanged({ErrorCode::NotADatabase});
    EXPECT_TRUE(QFileInfo::exists(temp.path()));
}

// What a kill during creation by a version that created files in place left: an empty file and
// its journal. They hold nothing, and the database is created anew.
TEST_F(DatabaseTest, an_empty_file_left_by_an_interrupted_creation_is_created_anew)
{
    writeFile(temp.path(), {});
    writeFile(temp.path() + QStringLiteral("-journal"), garbage(512));
    auto db = temp.open();
    ASSERT_NE(db, nullptr);
    EXPECT_EQ(*db->schemaVersion(), Migrator::latestVersion());
    EXPECT_FALSE(QFileInfo::exists(temp.path() + QStringLiteral("-journal")));
}

TEST_F(DatabaseTest, folder_is_not_a_database_file)
{
    ASSERT_TRUE(QDir().mkpath(temp.path()));
    auto db = Database::open(temp.path());
    ASSERT_FALSE(db.ok());
    EXPECT_EQ(db.error().code, ErrorCode::Io);
}

TEST_F(DatabaseTest, connection_uses_wal_foreign_keys_full_sync_and_the_busy_timeout)
{
    auto db = temp.open(DatabaseOptions{.busyTimeoutMs = 1234});
    ASSERT_NE(db, nullptr);
    EXPECT_EQ(
        RawConnection::scalar(db->connection(), QStringLiteral("PRAGMA journal_mode")).toString(),
        QStringLiteral("wal"));
    EXPECT_EQ(
        RawConnection::scalar(db->connection(), QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
    EXPECT_EQ(RawConnection::scalar(db->connection(), QStringLiteral("PRAGMA synchronous")).toInt(),
              2);
    EXPECT_EQ(
        RawConnection::scalar(db->connection(), QStringLiteral("PRAGMA busy_timeout")).toInt(),
        1234);
}

TEST_F(DatabaseTest, foreign_keys_are_enforced)
{
    auto db = temp.open();
    ASSERT_NE(db, nullptr);
    PatientRepository repo(*db);
    auto created = repo.create(patientNumber(1), Now);
    ASSERT_TRUE(created.ok()) << describe(created.error());
    const QString tokensOf =
        QStringLiteral("SELECT COUNT(*) FROM patient_search_token WHERE patient_id = %1")
            .arg(created->id);
    ASSERT_GT(RawConnection::scalar(db->connection(), tokensOf).toInt(), 0);
    ASSERT_EQ(
        RawConnection::run(db->connection(),
                           QStringLiteral("DELETE FROM patient WHERE id = %1").arg(created->id)),
        QString());
    EXPECT_EQ(RawConnection::scalar(db->connection(), tokensOf).toInt(), 0)
        << "ON DELETE CASCADE only acts with foreign keys on";
}

TEST_F(DatabaseTest, wal_mode_is_kept_in_the_file)
{
    {
        auto db = temp.open();
    }
    RawConnection raw(temp.path());
    ASSERT_TRUE(raw.isOpen());
    EXPECT_EQ(raw.scalar(QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
}

// --- files that must not be touched --------------------------------------------------------

TEST_F(DatabaseTest, newer_schema_is_refused_and_the_file_left_untouched)
{
    createDatabaseWithPatients(temp.path(), 3);
    {
        RawConnection raw(temp.path());
        ASSERT_TRUE(raw.isOpen());
        ASSERT_EQ(
            raw.run(QStringLiteral("PRAGMA user_version = %1").arg(Migrator::latestVersion() + 1)),
            QString());
    }
    expectRefusedUnchanged({ErrorCode::NewerSchema});
    auto again = Database::open(temp.path());
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().code, ErrorCode::NewerSchema);
    EXPECT_TRUE(again.error().message.contains(QString::number(Migrator::latestVersion() + 1)))
        << describe(again.error());
}

TEST_F(DatabaseTest, newer_schema_is_refused_even_without_migrating)
{
    createDatabaseWithPatients(temp.path(), 1);
    {
        RawConnection raw(temp.path());
        ASSERT_EQ(raw.run(QStringLiteral("PRAGMA user_version = 999")), QString());
    }
    expectRefusedUnchanged({ErrorCode::NewerSchema}, DatabaseOptions{.migrate = false});
}

TEST_F(DatabaseTest, text_file_is_not_a_database_and_left_untouched)
{
    writeFile(temp.path(), QByteArrayLiteral("Patient list\nSmith, John\n"));
    expectRefusedUnchanged({ErrorCode::NotADatabase});
    QByteArray longer;
    for (int i = 0; i < 200; ++i)
        longer += "Family name, given name, date of birth, phone\n";
    writeFile(temp.path(), longer);
    expectRefusedUnchanged({ErrorCode::NotADatabase});
}

TEST_F(DatabaseTest, binary_file_is_not_a_database_and_left_untouched)
{
    writeFile(temp.path(), garbage(8192));
    expectRefusedUnchanged({ErrorCode::NotADatabase});
}

TEST_F(DatabaseTest, sqlite_header_followed_by_garbage_is_refused_and_left_untouched)
{
    writeFile(temp.path(), QByteArray("SQLite format 3\0", 16) + garbage(8192 - 16));
    expectRefusedUnchanged({ErrorCode::NotADatabase, ErrorCode::Corrupt});
}

TEST_F(DatabaseTest, sqlite_file_of_another_application_is_refused_and_left_untouched)
{
    {
        RawConnection raw(temp.path());
        ASSERT_TRUE(raw.isOpen());
        ASSERT_EQ(
            raw.run(QStringLiteral("CREATE TABLE recipe (id INTEGER PRIMARY KEY, title TEXT)")),
            QString());
        ASSERT_EQ(raw.run(QStringLiteral("INSERT INTO recipe (title) VALUES ('Bread')")),
                  QString());
        ASSERT_EQ(raw.scalar(QStringLiteral("PRAGMA user_version")).toInt(), 0);
    }
    expectRefusedUnchanged({ErrorCode::NotADatabase});
    expectRefusedUnchanged({ErrorCode::NotADatabase}, DatabaseOptions{.migrate = false});
}

TEST_F(DatabaseTest, sqlite_file_of_another_application_with_its_own_version_is_refused_untouched)
{
    for (int version = 1; version <= Migrator::latestVersion(); ++version) {
        SCOPED_TRACE(version);
        ASSERT_TRUE(!QFileInfo::exists(temp.path()) || QFile::remove(temp.path()));
        {
            RawConnection raw(temp.path());
            ASSERT_TRUE(raw.isOpen());
            ASSERT_EQ(
                raw.run(QStringLiteral("CREATE TABLE recipe (id INTEGER PRIMARY KEY, title TEXT)")),
                QString());
            ASSERT_EQ(raw.run(QStringLiteral("PRAGMA user_version = %1").arg(version)), QString());
        }
        expectRefusedUnchanged({ErrorCode::NotADatabase});
    }
}

TEST_F(DatabaseTest, damaged_first_page_is_reported_and_the_file_left_untouched)
{
    createDatabaseWithPatients(temp.path(), 40);
    QByteArray bytes = test::readFileBytes(temp.path());
    ASSERT_GT(bytes.size(), 8 * 4096);
    const int pageSize = (quint8(bytes[16]) << 8) | quint8(bytes[17]);
    ASSERT_GE(pageSize, 512);
    bytes.replace(100, pageSize - 100, garbage(pageSize - 100));
    writeFile(temp.path(), bytes);
    expectRefusedUnchanged({ErrorCode::Corrupt, ErrorCode::NotADatabase});
}

TEST_F(DatabaseTest, truncated_file_is_reported_and_left_untouched)
{
    createDatabaseWithPatients(temp.path(), 40);
    const QByteArray whole = test::readFileBytes(temp.path());
    ASSERT_GT(whole.size(), 8 * 4096);
    for (qsizetype size :
         {qsizetype(50), qsizetype(99), qsizetype(100), qsizetype(1000), qsizetype(4096),
          qsizetype(3 * 4096), whole.size() / 2, whole.size() - 4096}) {
        SCOPED_TRACE(size);
        writeFile(temp.path(), whole.left(size));
        expectRefusedUnchanged({ErrorCode::Corrupt, ErrorCode::NotADatabase});
    }
}

TEST_F(DatabaseTest, read_only_file_is_refused_and_left_untouched)
{
    createDatabaseWithPatients(temp.path(), 2);
    ASSERT_TRUE(QFile::setPermissions(temp.path(), QFileDevice::ReadOwner | QFileDevice::ReadGroup
                                                       | QFileDevice::ReadOther));
    expectRefusedUnchanged({ErrorCode::ReadOnly});
    expectRefusedUnchanged({ErrorCode::ReadOnly}, DatabaseOptions{.migrate = false});
    QFile::setPermissions(temp.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    auto db = temp.open();
    EXPECT_NE(db, nullptr) << "writable again, the file opens";
}

TEST_F(DatabaseTest, file_locked_by_another_program_is_reported_as_locked)
{
    createDatabaseWithPatients(temp.path(), 2);
    RawConnection other(temp.path());
    ASSERT_TRUE(other.isOpen()) << other.openError().toStdString();
    ASSERT_EQ(other.run(QStringLiteral("PRAGMA journal_mode = DELETE")), QString());
    ASSERT_EQ(other.run(QStringLiteral("BEGIN EXCLUSIVE")), QString());
    ASSERT_EQ(other.run(QStringLiteral(
                  "INSERT INTO app_meta (meta_key, meta_value) VALUES ('held', 'yes')")),
              QString());

    const QStringList connectionsBefore = QSqlDatabase::connectionNames();
    auto db = Database::open(temp.path(), DatabaseOptions{.busyTimeoutMs = 100});
    ASSERT_FALSE(db.ok()) << "opened a file another connection holds exclusively";
    EXPECT_EQ(db.error().code, ErrorCode::Locked) << describe(db.error());
    EXPECT_FALSE(db.error().message.isEmpty());
    EXPECT_EQ(QSqlDatabase::connectionNames(), connectionsBefore);

    ASSERT_EQ(other.run(QStringLiteral("ROLLBACK")), QString());
    other.close();
    auto reopened = Database::open(temp.path(), DatabaseOptions{.busyTimeoutMs = 100});
    ASSERT_TRUE(reopened.ok()) << "released, the file opens: " << describe(reopened.error());
    EXPECT_EQ(RawConnection::scalar((*reopened)->connection(),
                                    QStringLiteral("SELECT COUNT(*) FROM patient"))
                  .toInt(),
              2);
}

TEST(SqlErrorTest, a_full_disk_is_said_with_what_to_do_and_that_nothing_was_lost)
{
    const QSqlError full(QStringLiteral("Unable to fetch row"),
                         QStringLiteral("database or disk is full"), QSqlError::StatementError,
                         QStringLiteral("13"));
    const Error error = SqlError::from(full, QStringLiteral("Could not save the note"));
    EXPECT_EQ(error.code, ErrorCode::Io);
    EXPECT_TRUE(error.message.contains(QStringLiteral("the disk is full")))
        << error.message.toStdString();
    EXPECT_TRUE(error.message.contains(QStringLiteral("Nothing was lost")))
        << error.message.toStdString();
    EXPECT_TRUE(error.message.contains(QStringLiteral("Free some space")))
        << error.message.toStdString();
    EXPECT_FALSE(error.message.contains(QStringLiteral("Unable to fetch row")))
        << "the driver's words are for the log";
    EXPECT_EQ(error.detail, full.text());
}
