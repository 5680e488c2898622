// The app's automatic backups and their status in the main window's status bar
// (AutomaticBackups): a due backup runs on a worker thread with its own connection, the label
// says when the last good one was or warns, and closing backs up once more unless one is fresh.
#include "needlechart/ui/mainwindow/AutomaticBackups.h"

#include "needlechart/domain/bodymap/MuscleCatalogue.h"
#include "needlechart/services/backup/BackupService.h"

#include "RecordingMessagePresenter.h"
#include "TestClinic.h"

#include <QLabel>
#include <QMainWindow>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

#include <gtest/gtest.h>

#include <algorithm>
#include <atomic>

namespace needlechart {
namespace {

class AutomaticBackupsTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        auto settings = backups().settings(admin);
        ASSERT_TRUE(settings.ok());
        settings->folder = clinic.directory() + QStringLiteral("/backups");
        ASSERT_TRUE(backups().saveSettings(*settings, admin).ok());
    }

    BackupService& backups() { return clinic.services().backups(); }

    // What main() gives it: a connection of the job's own on every run, on the test's clock.
    AutomaticBackups::Job job()
    {
        return [this](bool closing) -> Result<std::optional<BackupRun>> {
            ++runs;
            auto own = ClinicServices::openFile(clinic.database().path(), clinic.clock(),
                                                MuscleCatalogue::builtIn());
            if (!own)
                return own.error();
            return (*own)->backups().backupIfDue(closing);
        };
    }

    int goodBackups()
    {
        auto log = backups().recentRuns(admin);
        return log.ok() ? int(std::count_if(log->begin(), log->end(),
                                            [](const BackupRun& run) { return run.ok; }))
                        : -1;
    }

    test::TestClinic clinic{5};
    const User admin = test::TestClinic::defaultAdmin();
    test::RecordingMessagePresenter messages;
    QMainWindow window;
    std::atomic<int> runs{0};
};

} // namespace

TEST_F(AutomaticBackupsTest, the_first_start_backs_up_on_a_worker_thread_and_the_label_says_when)
{
    AutomaticBackups automatic(&window, backups(), messages, job());
    QSignalSpy attempted(&automatic, &AutomaticBackups::attempted);
    automatic.start(false);
    ASSERT_TRUE(attempted.wait(30000));
    EXPECT_TRUE(attempted.front().front().value<BackupRun>().ok);
    EXPECT_TRUE(automatic.statusLabel()->text().startsWith(QStringLiteral("Backup: ")))
        << "good, but not encrypted: " << automatic.statusLabel()->text().toStdString();
    EXPECT_EQ(goodBackups(), 1);
    EXPECT_TRUE(messages.messages.isEmpty()) << "no box for someone who cannot act";

    ASSERT_TRUE(backups()
                    .setPassphrase(QStringLiteral("a long clinic passphrase"),
                                   QStringLiteral("a long clinic passphrase"), admin)
                    .ok());
    clinic.clock().advanceSeconds(60);
    ASSERT_TRUE(automatic.checkNow());
    QTest::qWait(50);
    automatic.finish(); // waits for the check, which found nothing due
    EXPECT_EQ(goodBackups(), 1) << "a good backup a minute old: nothing at close either";
}

TEST_F(AutomaticBackupsTest, closing_backs_up_when_the_last_good_backup_is_not_fresh)
{
    {
        AutomaticBackups automatic(&window, backups(), messages, job());
        QSignalSpy attempted(&automatic, &AutomaticBackups::attempted);
        automatic.start(false);
        ASSERT_TRUE(attempted.wait(30000));
        clinic.clock().advanceSeconds(20 * 60);
        automatic.finish();
    }
    EXPECT_EQ(goodBackups(), 2);
    EXPECT_TRUE(window.findChild<QLabel*>(QStringLiteral("backupStatusLabel")) != nullptr);
}

TEST_F(AutomaticBackupsTest, an_admin_is_warned_at_start_and_a_server_workstation_never_backs_up)
{
    // No folder: what a new clinic has (saveSettings refuses an empty one, so the row is reset).
    QSqlQuery reset(clinic.database().connection());
    ASSERT_TRUE(reset.exec(QStringLiteral("UPDATE backup_settings SET folder = ''")));
    AutomaticBackups automatic(&window, backups(), messages, AutomaticBackups::Job{});
    automatic.start(true);
    ASSERT_EQ(messages.messages.size(), 1);
    EXPECT_TRUE(messages.messages.front().text.contains(QStringLiteral("No backup folder")));
    EXPECT_TRUE(automatic.statusLabel()->text().contains(QStringLiteral("No backup folder")));
    EXPECT_FALSE(automatic.checkNow()) << "no job: the server's schedule backs up";
    automatic.finish();
    EXPECT_EQ(runs.load(), 0);
}

} // namespace needlechart
