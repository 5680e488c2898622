// Issue 12, defects 5 and 10 and the fault suite's damaged files: every damaged, foreign or
// newer file is refused with a message that says what is wrong, its bytes (sha256) stay as they
// were, and nothing is created beside it: no -wal, -shm, journal or backup.
#include "needlechart/domain/patients/Patient.h"
#include "needlechart/domain/patients/PatientQuery.h"
#include "needlechart/storage/database/Database.h"
#include "needlechart/storage/database/DatabaseCheck.h"
#include "needlechart/storage/database/DatabaseFileHeader.h"
#include "needlechart/storage/database/Transaction.h"
#include "needlechart/storage/database/WriteAheadLog.h"
#include "needlechart/storage/patients/PatientRepository.h"

#include "RawConnection.h"
#include "TempDatabase.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>

#include <gtest/gtest.h>

using namespace needlechart;
using test::RawConnection;

namespace {

const QDateTime Now(QDate(2026, 12, 1), QTime(10, 0), Qt::UTC);

QByteArray sha256(const QString& path)
{
    return QCryptographicHash::hash(test::readFileBytes(path), QCryptographicHash::Sha256);
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate)) << path.toStdString();
    ASSERT_EQ(file.write(bytes), bytes.size());
}

QStringList filesIn(const QString& dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::System, QDir::Name);
}

// A closed NeedleChart database with `count` patients: the good file the damage is done to.
QByteArray goodDatabase(const QString& path, int count)
{
    {
        auto db = Database::open(path);
        EXPECT_TRUE(db.ok());
        if (!db.ok())
            return {};
        PatientRepository patients(**db);
        Transaction tx(**db);
        EXPECT_TRUE(tx.begun().ok());
        for (int i = 0; i < count; ++i) {
            Patient p;
            p.familyName = QStringLiteral("Damage%1").arg(i);
            p.givenName = QStringLiteral("Test");
            p.dateOfBirth = QDate(1970, 1, 1).addDays(i);
            p.notes = QString(600, QLatin1Char('x'));
            EXPECT_TRUE(patients.create(p, Now).ok());
        }
        EXPECT_TRUE(tx.commit().ok());
    }
    QByteArray bytes = test::readFileBytes(path);
    QFile::remove(path);
    return bytes;
}

int pageSizeOf(const QByteArray& database)
{
    return int(DatabaseFileHeader::parse(database.left(DatabaseFileHeader::Size))->pageSize);
}

class DamagedFilesTest : public ::testing::Test {
protected:
    // Opens the file; it must be refused (with one of `codes`) with a message that names the
    // file, leave its sha256 as it was and create nothing beside it.
    void expectRefused(std::initializer_list<ErrorCode> codes)
    {
        const QByteArray before = sha256(temp.path());
        const QStringList filesBefore = filesIn(temp.dir());
        auto db = Database::open(temp.path());
        ASSERT_FALSE(db.ok()) << "the file was opened";
        EXPECT_NE(std::find(codes.begin(), codes.end(), db.error().code), codes.end())
            << errorCodeName(db.error().code) << ": " << db.error().message.toStdString();
        EXPECT_TRUE(db.error().message.contains(temp.path())) << db.error().message.toStdString();
        EXPECT_EQ(sha256(temp.path()), before) << "the file was changed";
        EXPECT_EQ(filesIn(temp.dir()), filesBefore) << "something was created beside the file";
    }

    test::TempDatabase temp;
};

} // namespace

TEST_F(DamagedFilesTest, an_empty_file_is_refused_untouched)
{
    writeFile(temp.path(), {});
    expectRefused({ErrorCode::NotADatabase});
}

TEST_F(DamagedFilesTest, random_bytes_are_refused_untouched)
{
    QByteArray bytes(64 * 1024, '\0');
    QRandomGenerator generator(12);
    for (auto& byte : bytes)
        byte = char(generator.bounded(256));
    writeFile(temp.path(), bytes);
    expectRefused({ErrorCode::NotADatabase});
}

TEST_F(DamagedFilesTest, files_of_other_formats_are_refused_untouched)
{
    const QByteArray formats[] = {
        QByteArrayLiteral("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"),
        QByteArrayLiteral("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10\0\0\0\x10\x08\x06\0\0\0"),
        QByteArrayLiteral("PK\x03\x04\x14\0\0\0\x08\0"),
        QByteArrayLiteral("family_name,given_name,date_of_birth\nNakamura,Hana,1990-07-12\n"),
    };
    for (const QByteArray& bytes : formats) {
        SCOPED_TRACE(bytes.left(8).toStdString());
        writeFile(temp.path(), bytes.repeated(200));
        expectRefused({ErrorCode::NotADatabase});
    }
}

TEST_F(DamagedFilesTest, another_programs_sqlite_file_is_refused_untouched)
{
    {
        RawConnection other(temp.path());
        ASSERT_EQ(other.run(QStringLiteral("CREATE TABLE photo (id INTEGER PRIMARY KEY, data)")),
                  QString());
        ASSERT_EQ(other.run(QStringLiteral("INSERT INTO photo (data) VALUES (randomblob(9000))")),
                  QString());
    }
    expectRefused({ErrorCode::NotADatabase});
}

TEST_F(DamagedFilesTest, a_header_followed_by_zeros_is_refused_untouched)
{
    const QByteArray good = goodDatabase(temp.path(), 50);
    writeFile(temp.path(), good.left(100) + QByteArray(good.size() - 100, '\0'));
    expectRefused({ErrorCode::Corrupt});
}

TEST_F(DamagedFilesTest, a_file_cut_off_at_a_page_boundary_is_refused_untouched)
{
    const QByteArray good = goodDatabase(temp.path(), 50);
    const int page = pageSizeOf(good);
    const qsizetype pages = good.size() / page;
    ASSERT_GE(pages, 8);
    for (qsizetype keep : {qsizetype(1), qsizetype(2), pages / 2, pages - 1}) {
        SCOPED_TRACE(keep);
        writeFile(temp.path(), good.left(keep * page));
        expectRefused({ErrorCode::Corrupt});
    }
}

// Opening reads the header, the log and the schema, not every page (a whole-file check costs
// 0.26 s on 100,000 patients); the damage is found by the first read of the patient table
// and by the background check, each with a message, and the file is left as it was.
TEST_F(DamagedFilesTest, a_zeroed_page_in_the_patient_table_is_found_by_the_check_and_the_read)
{
    const QByteArray good = goodDatabase(temp.path(), 200);
    writeFile(temp.path(), good);
    int root = 0;
    {
        RawConnection raw(temp.path(), QStringLiteral("QSQLITE_OPEN_READONLY"));
        root = raw.scalar(QStringLiteral("SELECT rootpage FROM sqlite_master WHERE name = "
                                         "'patient'"))
                   .toInt();
    }
    // The read-only look left an empty -wal and -shm (it may not delete them).
    QFile::remove(temp.path() + QStringLiteral("-wal"));
    QFile::remove(temp.path() + QStringLiteral("-shm"));
    ASSERT_GT(root, 1);
    QByteArray bytes = good;
    const int page = pageSizeOf(good);
    bytes.replace(qsizetype(root - 1) * page, page, QByteArray(page, '\0'));
    writeFile(temp.path(), bytes);
    const QByteArray before = sha256(temp.path());
    const QStringList filesBefore = filesIn(temp.dir());

    const Status checked = DatabaseCheck::quickCheck(temp.path());
    ASSERT_FALSE(checked.ok());
    EXPECT_EQ(checked.error().code, ErrorCode::Corrupt);
    EXPECT_TRUE(checked.error().message.contains(temp.path()));
    EXPECT_TRUE(checked.error().message.contains(QStringLiteral("damaged")));
    {
        auto db = Database::open(temp.path());
        ASSERT_TRUE(db.ok()) << db.error().message.toStdString();
        PatientRepository patients(**db);
        auto listed = patients.list(PatientQuery{});
        ASSERT_FALSE(listed.ok());
        EXPECT_EQ(listed.error().code, ErrorCode::Corrupt);
        EXPECT_TRUE(listed.error().message.contains(QStringLiteral("damaged")))
            << listed.error().message.toStdString();
    }
    EXPECT_EQ(sha256(temp.path()), before);
    EXPECT_EQ(filesIn(temp.dir()), filesBefore);
}

TEST_F(DamagedFilesTest, the_whole_file_check_passes_a_good_database)
{
    writeFile(temp.path(), goodDatabase(temp.path(), 50));
    EXPECT_TRUE(DatabaseCheck::quickCheck(temp.path()).ok());
}

TEST_F(DamagedFilesTest, random_byte_flips_never_crash_change_the_file_or_leave_files_beside)
{
    const QByteArray good = goodDatabase(temp.path(), 120);
    QRandomGenerator generator(2026);
    int refused = 0;
    int opened = 0;
    for (int trial = 0; trial < 200; ++trial) {
        SCOPED_TRACE(trial);
        QByteArray bytes = good;
        const qsizetype at = generator.bounded(bytes.size());
        bytes[at] = char(bytes.at(at) ^ (1 + generator.bounded(255)));
        writeFile(temp.path(), bytes);
        const QByteArray before = sha256(temp.path());
        const QStringList filesBefore = filesIn(temp.dir());
        {
            auto db = Database::open(temp.path(), DatabaseOptions{.migrate = false});
            if (db.ok()) {
                ++opened;
            } else {
                ++refused;
                EXPECT_FALSE(db.error().message.isEmpty());
            }
        }
        EXPECT_EQ(sha256(temp.path()), before) << "flip at " << at;
        EXPECT_EQ(filesIn(temp.dir()), filesBefore) << "flip at " << at;
    }
    RecordProperty("opened", opened);
    RecordProperty("refused", refused);
    EXPECT_EQ(opened + refused, 200);
}

TEST_F(DamagedFilesTest, a_write_ahead_log_of_another_database_beside_a_good_one_is_refused)
{
    const QByteArray good = goodDatabase(temp.path(), 20);
    // Another program's database in WAL mode, its log caught before a checkpoint.
    const QString otherPath = temp.dir() + QStringLiteral("/other.sqlite");
    QByteArray foreignLog;
    {
        RawConnection other(otherPath);
        ASSERT_EQ(other.run(QStringLiteral("PRAGMA journal_mode = WAL")), QString());
        ASSERT_EQ(other.run(QStringLiteral("PRAGMA wal_autocheckpoint = 0")), QString());
        ASSERT_EQ(other.run(QStringLiteral("CREATE TABLE note (id INTEGER PRIMARY KEY, t)")),
                  QString());
        ASSERT_EQ(other.run(QStringLiteral("INSERT INTO note (t) VALUES ('hello')")), QString());
        foreignLog = test::readFileBytes(otherPath + QStringLiteral("-wal"));
    }
    for (const char* suffix : {"", "-wal", "-shm"})
        QFile::remove(otherPath + QLatin1String(suffix));
    writeFile(otherPath + QStringLiteral("-wal"), foreignLog);
    ASSERT_GT(WriteAheadLog::read(otherPath + QStringLiteral("-wal")).committedFrames(), 0)
        << "the other database's log holds nothing to replay";
    QFile::remove(otherPath + QStringLiteral("-wal"));
    writeFile(temp.path(), good);
    writeFile(temp.path() + QStringLiteral("-wal"), foreignLog);
    const QByteArray logBefore = sha256(temp.path() + QStringLiteral("-wal"));
    expectRefused({ErrorCode::NotADatabase});
    EXPECT_EQ(sha256(temp.path() + QStringLiteral("-wal")), logBefore);

    // Moved away, as the message says, the database opens with its own data.
    QFile::remove(temp.path() + QStringLiteral("-wal"));
    auto db = Database::open(temp.path());
    ASSERT_TRUE(db.ok()) << db.error().message.toStdString();
    EXPECT_EQ(
        RawConnection::scalar((*db)->connection(), QStringLiteral("SELECT COUNT(*) FROM patient"))
            .toInt(),
        20);
}

TEST_F(DamagedFilesTest, a_newer_schema_is_refused_with_nothing_created_beside_it)
{
    const QByteArray good = goodDatabase(temp.path(), 5);
    writeFile(temp.path(), good);
    {
        RawConnection raw(temp.path());
        ASSERT_EQ(raw.run(QStringLiteral("PRAGMA user_version = 999")), QString());
    }
    ASSERT_EQ(filesIn(temp.dir()), QStringList{QStringLiteral("needlechart-test.db")});
    expectRefused({ErrorCode::NewerSchema});
}

TEST_F(DamagedFilesTest, the_write_ahead_log_of_a_killed_workstation_is_replayed_not_refused)
{
    const QByteArray good = goodDatabase(temp.path(), 3);
    writeFile(temp.path(), good);
    QByteArray ownLog;
    {
        RawConnection raw(temp.path());
        ASSERT_EQ(raw.run(QStringLiteral("PRAGMA wal_autocheckpoint = 0")), QString());
        ASSERT_EQ(raw.run(QStringLiteral("UPDATE patient SET given_name = 'Logged' WHERE id = 1")),
                  QString());
        ownLog = test::readFileBytes(temp.path() + QStringLiteral("-wal"));
        // The copy of the database file taken now does not have the update; the log does.
        writeFile(temp.dir() + QStringLiteral("/copy.db"), test::readFileBytes(temp.path()));
    }
    ASSERT_GT(ownLog.size(), 32);
    QFile::remove(temp.path());
    ASSERT_TRUE(QFile::rename(temp.dir() + QStringLiteral("/copy.db"), temp.path()));
    writeFile(temp.path() + QStringLiteral("-wal"), ownLog);
    auto db = Database::open(temp.path());
    ASSERT_TRUE(db.ok()) << db.error().message.toStdString();
    EXPECT_EQ(RawConnection::scalar((*db)->connection(),
                                    QStringLiteral("SELECT given_name FROM patient WHERE id = 1"))
                  .toString(),
              QStringLiteral("Logged"));
}

TEST(WriteAheadLogTest, counts_the_committed_frames_sqlite_would_replay_and_stops_at_damage)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("log.sqlite"));
    QByteArray log;
    {
        RawConnection raw(path);
        ASSERT_EQ(raw.run(QStringLiteral("PRAGMA journal_mode = WAL")), QString());
        ASSERT_EQ(raw.run(QStringLiteral("PRAGMA wal_autocheckpoint = 0")), QString());
        ASSERT_EQ(raw.run(QStringLiteral("CREATE TABLE t (x)")), QString());
        for (int i = 0; i < 5; ++i)
            ASSERT_EQ(raw.run(QStringLiteral("INSERT INTO t VALUES (randomblob(3000))")),
                      QString());
        log = test::readFileBytes(path + QStringLiteral("-wal"));
    }
    const QString copy = dir.filePath(QStringLiteral("copy-wal"));
    writeFile(copy, log);
    const WriteAheadLog whole = WriteAheadLog::read(copy);
    EXPECT_GE(whole.committedFrames(), 6);
    EXPECT_EQ(whole.pageSize(), 4096u);
    ASSERT_TRUE(whole.lastPageOne().has_value());
    EXPECT_TRUE(DatabaseFileHeader::hasSqliteMagic(*whole.lastPageOne()));

    QByteArray damaged = log;
    damaged[log.size() - 10] = char(damaged.at(log.size() - 10) ^ 0x5a); // the last frame
    writeFile(copy, damaged);
    EXPECT_LT(WriteAheadLog::read(copy).committedFrames(), whole.committedFrames());

    writeFile(copy, QByteArray(4096, 'x'));
    EXPECT_EQ(WriteAheadLog::read(copy).committedFrames(), 0);
    EXPECT_FALSE(WriteAheadLog::read(dir.filePath(QStringLiteral("missing-wal"))).exists());
}
