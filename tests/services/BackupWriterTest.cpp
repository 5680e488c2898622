// Backups taken, checked, listed, pruned and restored (BackupWriter, BackupFolder,
// BackupRestorer) on both back ends: a backup taken while another workstation writes is a
// consistent moment; a restore gives back the same content table by table; a changed byte, a cut
// tail and a wrong passphrase restore nothing; a full disk leaves nothing under a backup's name.
#include "needlechart/services/backup/BackupWriter.h"

#include "needlechart/services/backup/BackupFile.h"
#include "needlechart/services/backup/BackupFolder.h"
#include "needlechart/services/backup/BackupRestorer.h"
#include "needlechart/services/demo/DemoAccounts.h"
#include "needlechart/services/demo/DemoSessions.h"
#include "needlechart/storage/database/DatabaseCopy.h"

#include "ErrorText.h"
#include "ServicesTest.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>

#include <gtest/gtest.h>
#include <sys/resource.h>

#include <csignal>

using namespace needlechart;

namespace {

using test::describe;

const QString Passphrase = QStringLiteral("correct horse battery staple");

class BackupWriterTest : public test::ServicesTest {
protected:
    BackupWriterTest() : ServicesTest(QDateTime(QDate(2026, 12, 2), QTime(20, 30), Qt::UTC)) {}

    void SetUp() override
    {
        fillDemoClinic(40, 5);
        auto created = BackupKey::create(Passphrase, BackupKey::Limits::minimumForTests());
        ASSERT_TRUE(created.ok());
        key = *created;
    }

    BackupWriter::Request request() const
    {
        BackupWriter::Request r;
        r.folder = folder;
        r.nowUtc = clock.nowUtc();
        r.key = key;
        r.workstation = QStringLiteral("room-2");
        r.appVersion = QStringLiteral("test");
        return r;
    }

    // Every name in the backup folder.
    QStringList folderContents() const
    {
        return QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
    }

    // No plain working copy is left beside the clinic file.
    void expectNoWorkingCopy() const
    {
        if (onServer())
            return; // the dump's working folder is the system's temporary one, shared
        const QDir dir = QFileInfo(temp.path()).absoluteDir();
        EXPECT_TRUE(dir.entryList({QStringLiteral(".needlechart-backup-*")},
                                  QDir::AllEntries | QDir::Hidden)
                        .isEmpty());
    }

    void changeOneByte(const QString& path, qint64 offset)
    {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::ReadWrite));
        ASSERT_TRUE(file.seek(offset));
        char byte = 0;
        ASSERT_TRUE(file.getChar(&byte));
        ASSERT_TRUE(file.seek(offset));
        ASSERT_TRUE(file.putChar(char(byte ^ 0x5a)));
    }

    // A server's backup restored into a new, empty database of the test server: the same rows
    // in every table, and a second restore into the same database is refused.
    void expectServerRestoreGivesTheSameContent(const QString& backup)
    {
        const QString name =
            QStringLiteral("nc_restore_%1").arg(QCoreApplication::applicationPid());
        ASSERT_EQ(test::TestServer::runAsAdmin(QStringLiteral("DROP DATABASE IF EXISTS ") + name),
                  QString());
        ASSERT_EQ(test::TestServer::runAsAdmin(QStringLiteral("CREATE DATABASE ") + name),
                  QString());
        const ServerAddress target =
            test::TestServer::maintenanceAddress().withOption(QStringLiteral("dbname"), name);
        auto done = BackupRestorer::restoreToServer(backup, Passphrase, target.text(), QString());
        ASSERT_TRUE(done.ok()) << describe(done.error());
        QString schema;
        {
            QSqlQuery query(db->connection());
            ASSERT_TRUE(query.exec(QStringLiteral("SELECT current_schema()")) && query.next());
            schema = query.value(0).toString();
        }
        DatabaseOptions options;
        options.migrate = false;
        auto copy =
            Database::openServer(target.withOption(QStringLiteral("options"),
                                                   QStringLiteral("-c search_path=") + schema),
                                 options);
        ASSERT_TRUE(copy.ok()) << describe(copy.error());
        for (const QString& table : DatabaseCopy::tables()) {
            auto original = DatabaseCopy::fingerprint(*db, table);
            auto back = DatabaseCopy::fingerprint(**copy, table);
            ASSERT_TRUE(original.ok() && back.ok()) << table.toStdString();
            EXPECT_EQ(*original, *back) << table.toStdString();
        }
        auto again = BackupRestorer::restoreToServer(backup, Passphrase, target.text(), QString());
        ASSERT_FALSE(again.ok());
        EXPECT_EQ(again.error().code, ErrorCode::Conflict) << describe(again.error());
        copy->reset();
        EXPECT_EQ(test::TestServer::runAsAdmin(QStringLiteral("DROP DATABASE ") + name), QString());
    }

    QString folder = temp.dir() + QStringLiteral("/backups");
    QString restored = temp.dir() + QStringLiteral("/restored.db");
    BackupKey::Public key;
};

} // namespace

TEST_P(BackupWriterTest, a_backup_is_verified_named_and_says_what_it_holds)
{
    auto written = BackupWriter::backup(*db, request());
    ASSERT_TRUE(written.ok()) << describe(written.error());
    EXPECT_EQ(QFileInfo(written->path).fileName(),
              QStringLiteral("needlechart-20261202-203000Z.ncbackup"));
    EXPECT_EQ(folderContents(),
              QStringList{QStringLiteral("needlechart-20261202-203000Z.ncbackup")})
        << "no partial file is left";
    EXPECT_EQ(written->manifest.patients, 40);
    EXPECT_GT(written->manifest.notes, 0);
    EXPECT_GT(written->manifest.auditRows, 0);
    EXPECT_EQ(written->manifest.payload,
              onServer() ? BackupManifest::Payload::PgDump : BackupManifest::Payload::SqliteFile);
    EXPECT_EQ(written->manifest.workstation, QStringLiteral("room-2"));
    EXPECT_EQ(written->bytes, QFileInfo(written->path).size());
    EXPECT_EQ(QFile::permissions(written->path)
                  & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup
                     | QFileDevice::WriteOther),
              QFileDevice::Permissions())
        << "the owner's alone";

    auto listed = BackupFolder::list(folder);
    ASSERT_TRUE(listed.ok());
    ASSERT_EQ(listed->size(), 1u);
    EXPECT_TRUE(listed->front().encrypted);
    ASSERT_TRUE(listed->front().manifest.has_value());
    EXPECT_EQ(*listed->front().manifest, written->manifest);

    auto verified = BackupRestorer::verify(written->path, Passphrase);
    ASSERT_TRUE(verified.ok()) << describe(verified.error());
    EXPECT_EQ(*verified, written->manifest);
    expectNoWorkingCopy();
}

TEST_P(BackupWriterTest, an_encrypted_backup_holds_no_readable_record)
{
    auto written = BackupWriter::backup(*db, request());
    ASSERT_TRUE(written.ok()) << describe(written.error());
    const QByteArray bytes = test::readFileBytes(written->path);
    EXPECT_FALSE(bytes.contains("SQLite format 3"));
    EXPECT_FALSE(bytes.contains("PGDMP"));
    EXPECT_FALSE(bytes.contains("CREATE TABLE"));
}

TEST_P(BackupWriterTest, a_restore_gives_back_the_same_content_table_by_table)
{
    auto written = BackupWriter::backup(*db, request());
    ASSERT_TRUE(written.ok()) << describe(written.error());
    auto done = BackupRestorer::restoreToNewFile(written->path, Passphrase, restored);
    if (onServer()) {
        ASSERT_FALSE(done.ok());
        EXPECT_EQ(done.error().code, ErrorCode::Validation) << "a server's dump is not a file";
        EXPECT_FALSE(QFile::exists(restored));
        expectServerRestoreGivesTheSameContent(written->path);
        return;
    }
    ASSERT_TRUE(done.ok()) << describe(done.error());
    DatabaseOptions options;
    options.createIfMissing = false;
    auto copy = Database::open(restored, options);
    ASSERT_TRUE(copy.ok()) << describe(copy.error());
    for (const QString& table : DatabaseCopy::tables()) {
        auto original = DatabaseCopy::fingerprint(*db, table);
        auto back = DatabaseCopy::fingerprint(**copy, table);
        ASSERT_TRUE(original.ok() && back.ok());
        EXPECT_EQ(*original, *back) << table.toStdString();
    }
    // The restored clinic works: its trail holds and its people can sign in.
    FixedClock later(clock.nowUtc().addSecs(60));
    ClinicServices reopened(**copy, later, MuscleCatalogue::builtIn(),
                            PasswordHasher::Limits::minimumForTests());
    auto audit = reopened.verifyAudit();
    ASSERT_TRUE(audit.ok());
    EXPECT_TRUE(audit->intact()) << audit->problem.toStdString();
    EXPECT_TRUE(reopened.accounts().signIn(QStringLiteral("jo"), DemoAccounts::password()).ok());
}

TEST_P(BackupWriterTest, a_restore_never_overwrites_a_database)
{
    auto written = BackupWriter::backup(*db, request());
    ASSERT_TRUE(written.ok()) << describe(written.error());
    QFile existing(restored);
    ASSERT_TRUE(existing.open(QIODevice::WriteOnly));
    existing.write("someone's clinic");
    existing.close();
    auto done = BackupRestorer::restoreToNewFile(written->path, Passphrase, restored);
    ASSERT_FALSE(done.ok());
    EXPECT_EQ(done.error().code, ErrorCode::Conflict);
    EXPECT_EQ(test::readFileBytes(restored), QByteArray("someone's clinic"));
}

TEST_P(BackupWriterTest, a_changed_byte_a_cut_tail_or_a_wrong_passphrase_restores_nothing)
{
    auto written = BackupWriter::backup(*db, request());
    ASSERT_TRUE(written.ok()) << describe(written.error());
    const QString original = written->path;
    const qint64 size = QFileInfo(original).size();

    auto wrong =
        BackupRestorer::restoreToNewFile(original, QStringLiteral("not the passphrase"), restored);
    ASSERT_FALSE(wrong.ok());
    EXPECT_EQ(wrong.error().code, ErrorCode::WrongPassphrase) << describe(wrong.error());
    EXPECT_FALSE(QFile::exists(restored));

    const QString changed = folder + QStringLiteral("/changed.ncbackup");
    ASSERT_TRUE(QFile::copy(original, changed));
    changeOneByte(changed, size / 2);
    const QString cut = folder + QStringLiteral("/cut.ncbackup");
    ASSERT_TRUE(QFile::copy(original, cut));
    ASSERT_TRUE(QFile::resize(cut, size - 100));
    for (const QString& damaged : {changed, cut}) {
        SCOPED_TRACE(damaged.toStdString());
        auto verified = BackupRestorer::verify(damaged, Passphrase);
        ASSERT_FALSE(verified.ok());
        EXPECT_EQ(verified.error().code, ErrorCode::BackupDamaged) << describe(verified.error());
        auto done = BackupRestorer::restoreToNewFile(damaged, Passphrase, restored);
        ASSERT_FALSE(done.ok());
        // A server's dump is refused as a file before it is read.
        EXPECT_EQ(done.error().code, onServer() ? ErrorCode::Validation : ErrorCode::BackupDamaged);
        EXPECT_FALSE(QFile::exists(restored));
        EXPECT_FALSE(QFile::exists(restored + QStringLiteral(".restoring")));
    }
}

TEST_P(BackupWriterTest, a_disk_that_fills_up_leaves_nothing_under_a_backups_name)
{
    // No file of the process may grow past 64 KiB: the copy or the backup hits a full disk.
    std::signal(SIGXFSZ, SIG_IGN);
    rlimit saved{};
    ASSERT_EQ(getrlimit(RLIMIT_FSIZE, &saved), 0);
    rlimit limited = saved;
    limited.rlim_cur = 64 * 1024;
    ASSERT_EQ(setrlimit(RLIMIT_FSIZE, &limited), 0);
    auto written = BackupWriter::backup(*db, request());
    setrlimit(RLIMIT_FSIZE, &saved);
    std::signal(SIGXFSZ, SIG_DFL);
    ASSERT_FALSE(written.ok());
    EXPECT_EQ(written.error().code, ErrorCode::Io) << describe(written.error());
    EXPECT_TRUE(folderContents().isEmpty())
        << folderContents().join(QLatin1Char(' ')).toStdString();
    auto listed = BackupFolder::list(folder);
    ASSERT_TRUE(listed.ok());
    EXPECT_TRUE(listed->empty());
    expectNoWorkingCopy();
}

TEST_P(BackupWriterTest, a_backup_taken_while_another_workstation_writes_is_one_moment)
{
    const QString stop = temp.dir() + QStringLiteral("/stop");
    QProcess worker;
    worker.start(QStringLiteral(NEEDLECHART_REGISTER_WORKER), {temp.location(), stop});
    ASSERT_TRUE(worker.waitForStarted());
    ASSERT_TRUE(worker.waitForReadyRead(60000)) << worker.readAllStandardError().toStdString();
    ASSERT_EQ(QString::fromUtf8(worker.readLine()).trimmed(), QStringLiteral("ready"));

    std::vector<BackupWriter::Written> backups;
    for (int i = 0; i < 3; ++i) {
        clock.advanceSeconds(10);
        auto written = BackupWriter::backup(*db, request());
        ASSERT_TRUE(written.ok()) << describe(written.error());
        backups.push_back(*written);
    }
    QFile(stop).open(QIODevice::WriteOnly);
    ASSERT_TRUE(worker.waitForFinished(60000));
    ASSERT_EQ(worker.exitCode(), 0) << worker.readAllStandardError().toStdString();
    const qint64 registered = QString::fromUtf8(worker.readAll()).trimmed().toLongLong();

    // Each backup is sound and holds what its manifest says: no half of a registration.
    for (const auto& backup : backups) {
        auto verified = BackupRestorer::verify(backup.path, Passphrase);
        ASSERT_TRUE(verified.ok()) << describe(verified.error());
        EXPECT_GE(backup.manifest.patients, 41);
        EXPECT_LE(backup.manifest.patients, 40 + registered);
    }
    EXPECT_LT(backups.front().manifest.patients, 40 + registered)
        << "the worker went on writing after the first backup";
    if (!onServer()) {
        auto done = BackupRestorer::restoreToNewFile(backups.back().path, Passphrase, restored);
        ASSERT_TRUE(done.ok()) << describe(done.error());
    }
}

TEST_P(BackupWriterTest, pruning_keeps_the_schedule_and_every_before_restore_copy)
{
    // Small backups written straight with BackupFile: one a day for 30 days.
    QDir().mkpath(folder);
    const QDateTime first(QDate(2026, 11, 1), QTime(12, 0), Qt::UTC);
    std::vector<QDateTime> times;
    for (int day = 0; day < 30; ++day) {
        BackupManifest manifest;
        manifest.createdUtc = first.addDays(day);
        QBuffer payload;
        payload.setData(QByteArray("content"));
        payload.open(QIODevice::ReadOnly);
        const BackupFileName name{manifest.createdUtc, day == 3
                                                           ? BackupFileName::Kind::BeforeRestore
                                                           : BackupFileName::Kind::Scheduled};
        ASSERT_TRUE(
            BackupFile::write(payload, folder + QLatin1Char('/') + name.fileName(), manifest, key)
                .ok());
        if (day != 3)
            times.push_back(manifest.createdUtc);
    }
    // What two cut-off backups left: one two days ago, one just now.
    QFile stale(folder + QStringLiteral("/needlechart-20261101-000000Z.ncbackup.partial"));
    ASSERT_TRUE(stale.open(QIODevice::WriteOnly));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    ASSERT_TRUE(stale.setFileTime(now.addDays(-2), QFileDevice::FileModificationTime));
    stale.close();
    QFile fresh(folder + QStringLiteral("/needlechart-20261130-115959Z.ncbackup.partial"));
    ASSERT_TRUE(fresh.open(QIODevice::WriteOnly));
    fresh.close();

    const BackupRetention retention{3, 2, 1};
    auto removed = BackupFolder::prune(folder, retention, now);
    ASSERT_TRUE(removed.ok()) << describe(removed.error());

    auto listed = BackupFolder::list(folder);
    ASSERT_TRUE(listed.ok());
    std::vector<QDateTime> keptScheduled;
    int beforeRestore = 0;
    for (const auto& entry : *listed) {
        if (entry.name.kind == BackupFileName::Kind::BeforeRestore)
            ++beforeRestore;
        else
            keptScheduled.push_back(entry.name.createdUtc);
    }
    EXPECT_EQ(keptScheduled, retention.kept(times));
    EXPECT_EQ(beforeRestore, 1);
    EXPECT_EQ(removed->size(), times.size() - keptScheduled.size() + 1);
    EXPECT_FALSE(QFile::exists(stale.fileName())) << "left more than a day ago";
    EXPECT_TRUE(QFile::exists(fresh.fileName())) << "perhaps still being written";
}

NEEDLECHART_ON_EVERY_BACKEND(BackupWriterTest);
