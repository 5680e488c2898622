// The clinic's backups as use cases (BackupService) on both back ends: settings and passphrase
// kept for the clinic (never the passphrase itself), a backup now, the automatic schedule on a
// fixed clock, the log of every attempt, and the warning every workstation shows.
#include "needlechart/services/backup/BackupService.h"

#include "needlechart/services/backup/BackupFolder.h"
#include "needlechart/services/backup/BackupRestorer.h"
#include "needlechart/storage/audit/AuditRepository.h"
#include "needlechart/storage/backup/BackupRepository.h"

#include "ErrorText.h"
#include "RawConnection.h"
#include "ServicesTest.h"
#include "SessionSamples.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace needlechart;

namespace {

using test::describe;

const QString Passphrase = QStringLiteral("mountain tarn seven herons");

class BackupServiceTest : public test::ServicesTest {
protected:
    // 08:00 local time, so "the first of the day" does not depend on the machine's zone.
    BackupServiceTest()
        : ServicesTest(QDateTime(QDate(2026, 12, 2), QTime(8, 0), Qt::LocalTime).toUTC())
    {}

    void SetUp() override { fillDemoClinic(12, 3); }

    void chooseFolder(const QString& path, int intervalHours = 4)
    {
        auto settings = services.backups().settings(admin);
        ASSERT_TRUE(settings.ok()) << describe(settings.error());
        settings->folder = path;
        settings->intervalHours = intervalHours;
        const Status saved = services.backups().saveSettings(*settings, admin);
        ASSERT_TRUE(saved.ok()) << describe(saved.error());
    }

    int backupsInFolder() const
    {
        auto listed = BackupFolder::list(folder);
        return listed.ok() ? int(listed->size()) : -1;
    }

    const User admin = test::clinicAdminUser();
    QString folder = temp.dir() + QStringLiteral("/backups");
};

} // namespace

TEST_P(BackupServiceTest, a_new_clinic_has_no_folder_and_says_so)
{
    auto overview = services.backups().overview();
    ASSERT_TRUE(overview.ok()) << describe(overview.error());
    EXPECT_TRUE(overview->settings.folder.isEmpty());
    EXPECT_EQ(overview->settings.intervalHours, 4);
    EXPECT_EQ(overview->settings.retention, BackupRetention{});
    EXPECT_FALSE(overview->settings.hasKey());
    EXPECT_FALSE(overview->lastGood.has_value());
    ASSERT_TRUE(overview->warning.has_value());
    EXPECT_TRUE(overview->warning->contains(QStringLiteral("No backup folder")));
    auto due = services.backups().backupIfDue();
    ASSERT_TRUE(due.ok());
    EXPECT_FALSE(due->has_value()) << "nowhere to put one";
}

TEST_P(BackupServiceTest, settings_are_checked_saved_audited_and_a_stale_save_is_refused)
{
    auto settings = services.backups().settings(admin);
    ASSERT_TRUE(settings.ok());
    BackupSettings relative = *settings;
    relative.folder = QStringLiteral("backups");
    auto refused = services.backups().saveSettings(relative, admin);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().hasFieldError(QStringLiteral("folder")));
    BackupSettings tooOften = *settings;
    tooOften.folder = folder;
    tooOften.intervalHours = 0;
    EXPECT_TRUE(services.backups()
                    .saveSettings(tooOften, admin)
                    .error()
                    .hasFieldError(QStringLiteral("intervalHours")));

    BackupSettings chosen = *settings;
    chosen.folder = folder + QStringLiteral("/");
    chosen.intervalHours = 2;
    chosen.retention = BackupRetention{10, 5, 24};
    ASSERT_TRUE(services.backups().saveSettings(chosen, admin).ok());
    auto saved = services.backups().settings(admin);
    ASSERT_TRUE(saved.ok());
    EXPECT_EQ(saved->folder, folder);
    EXPECT_EQ(saved->intervalHours, 2);
    EXPECT_EQ(saved->retention, (BackupRetention{10, 5, 24}));

    const Status stale = services.backups().saveSettings(chosen, admin); // the old row version
    ASSERT_FALSE(stale.ok());
    EXPECT_EQ(stale.error().code, ErrorCode::Conflict);

    AuditQuery query;
    query.action = AuditAction::SettingsChange;
    auto rows = services.audit().events(admin, query);
    ASSERT_TRUE(rows.ok());
    ASSERT_EQ(rows->size(), 1u);
    EXPECT_EQ(rows->front().objectType, QStringLiteral("backup-settings"));
}

TEST_P(BackupServiceTest, the_passphrase_is_never_kept_and_opens_every_backup_made_after_it)
{
    chooseFolder(folder);
    EXPECT_TRUE(services.backups()
                    .setPassphrase(QStringLiteral("short"), QStringLiteral("short"), admin)
                    .error()
                    .code
                == ErrorCode::Validation);
    EXPECT_TRUE(services.backups()
                    .setPassphrase(Passphrase, Passphrase + QLatin1Char('!'), admin)
                    .error()
                    .hasFieldError(QStringLiteral("repeated")));
    ASSERT_TRUE(services.backups().setPassphrase(Passphrase, Passphrase, admin).ok());
    auto settings = services.backups().settings(admin);
    ASSERT_TRUE(settings.ok());
    EXPECT_TRUE(settings->hasKey());
    EXPECT_EQ(settings->folder, folder) << "the key changes nothing else";

    QStringList steps; // what the Backups tab shows while the admin waits
    auto run =
        services.backups().backupNow(admin, [&steps](const QString& step) { steps.append(step); });
    ASSERT_TRUE(run.ok()) << describe(run.error());
    ASSERT_TRUE(run->ok) << run->problem.toStdString();
    EXPECT_EQ(run->patients, 12);
    ASSERT_GE(steps.size(), 3) << steps.join(QStringLiteral(" / ")).toStdString();
    EXPECT_EQ(steps.first(), QStringLiteral("Copying the records"));
    EXPECT_EQ(steps.last(), QStringLiteral("Reading the backup back"));
    const QString path = QDir(folder).filePath(run->fileName);
    auto verified = BackupRestorer::verify(path, Passphrase);
    ASSERT_TRUE(verified.ok()) << describe(verified.error());
    EXPECT_EQ(BackupRestorer::verify(path, QStringLiteral("some other passphrase")).error().code,
              ErrorCode::WrongPassphrase);

    // Nothing stored holds the passphrase.
    const QString stored =
        test::RawConnection::scalar(
            db->connection(), QStringLiteral("SELECT key_salt || key_public FROM backup_settings"))
            .toString();
    EXPECT_FALSE(stored.contains(Passphrase));
    EXPECT_FALSE(stored.contains(QString::fromLatin1(Passphrase.toUtf8().toHex())));
}

TEST_P(BackupServiceTest, automatic_backups_follow_the_schedule_and_every_attempt_is_logged)
{
    chooseFolder(folder, 4);
    auto first = services.backups().backupIfDue();
    ASSERT_TRUE(first.ok()) << describe(first.error());
    ASSERT_TRUE(first->has_value()) << "none yet: due at once";
    EXPECT_TRUE((*first)->ok) << (*first)->problem.toStdString();

    clock.advanceSeconds(3 * 3600);
    auto early = services.backups().backupIfDue();
    ASSERT_TRUE(early.ok());
    EXPECT_FALSE(early->has_value());

    clock.advanceSeconds(3600);
    auto fourHours = services.backups().backupIfDue();
    ASSERT_TRUE(fourHours.ok());
    ASSERT_TRUE(fourHours->has_value());
    EXPECT_TRUE((*fourHours)->ok);

    clock.advanceSeconds(10 * 60);
    auto closing = services.backups().backupIfDue(true);
    ASSERT_TRUE(closing.ok());
    EXPECT_FALSE(closing->has_value()) << "a good one ten minutes ago";
    // The schedule keeps the newest of each day: the morning's went once the noon one was good.
    EXPECT_EQ(backupsInFolder(), 1);
    EXPECT_TRUE(QFile::exists(QDir(folder).filePath((*fourHours)->fileName)));

    auto overview = services.backups().overview();
    ASSERT_TRUE(overview.ok());
    ASSERT_TRUE(overview->lastGood.has_value());
    EXPECT_EQ(overview->lastGood->id, (*fourHours)->id);
    ASSERT_TRUE(overview->warning.has_value());
    EXPECT_TRUE(overview->warning->contains(QStringLiteral("not encrypted")));

    clock.advanceSeconds(25 * 3600);
    auto stale = services.backups().overview();
    ASSERT_TRUE(stale.ok());
    ASSERT_TRUE(stale->warning.has_value());
    EXPECT_TRUE(stale->warning->contains(QStringLiteral("last good backup")));

    auto log = services.backups().recentRuns(admin);
    ASSERT_TRUE(log.ok());
    EXPECT_EQ(log->size(), 2u);
}

TEST_P(BackupServiceTest, a_failed_backup_is_logged_with_why_and_retried_after_half_an_hour)
{
    // The "folder" is under a plain file: it can never be created (an unplugged disk).
    const QString file = temp.dir() + QStringLiteral("/not-a-folder");
    QFile(file).open(QIODevice::WriteOnly);
    chooseFolder(file + QStringLiteral("/backups"));
    auto failed = services.backups().backupIfDue();
    ASSERT_TRUE(failed.ok()) << describe(failed.error());
    ASSERT_TRUE(failed->has_value());
    EXPECT_FALSE((*failed)->ok);
    EXPECT_TRUE((*failed)->problem.contains(QStringLiteral("cannot be created")))
        << (*failed)->problem.toStdString();

    clock.advanceSeconds(10 * 60);
    auto soon = services.backups().backupIfDue();
    ASSERT_TRUE(soon.ok());
    EXPECT_FALSE(soon->has_value());
    clock.advanceSeconds(20 * 60);
    auto later = services.backups().backupIfDue();
    ASSERT_TRUE(later.ok());
    EXPECT_TRUE(later->has_value());

    auto overview = services.backups().overview();
    ASSERT_TRUE(overview.ok());
    EXPECT_FALSE(overview->lastGood.has_value());
    ASSERT_TRUE(overview->lastAttempt.has_value());
    EXPECT_FALSE(overview->lastAttempt->ok);
}

TEST_P(BackupServiceTest, the_front_desk_and_clinicians_cannot_back_up_or_see_the_settings)
{
    chooseFolder(folder);
    for (const User& user : {test::frontDeskUser(), test::clinicianUser()}) {
        EXPECT_EQ(services.backups().backupNow(user).error().code, ErrorCode::NotPermitted);
        EXPECT_EQ(services.backups().settings(user).error().code, ErrorCode::NotPermitted);
    }
    EXPECT_EQ(backupsInFolder(), -1) << "the folder was never even made";
    EXPECT_TRUE(services.backups().overview().ok()) << "the status bar's warning is for everyone";
}

TEST_P(BackupServiceTest,
       the_command_lines_backup_tells_each_step_and_is_audited_only_when_someone_signed_in)
{
    QStringList steps;
    const auto progress = [&steps](const QString& step) { steps.append(step); };
    EXPECT_EQ(
        services.backups().backupInto(QStringLiteral("relative/folder"), {}, progress).error().code,
        ErrorCode::Validation);
    auto unattended = services.backups().backupInto(folder, {}, progress);
    ASSERT_TRUE(unattended.ok() && unattended->ok) << describe(unattended.error());
    EXPECT_EQ(steps, (QStringList{QStringLiteral("Copying the records"),
                                  QStringLiteral("Checking the copy"),
                                  QStringLiteral("Writing the backup"),
                                  QStringLiteral("Reading the backup back")}));
    clock.advanceSeconds(5);
    auto signedIn = services.backups().backupInto(folder, {}, admin);
    ASSERT_TRUE(signedIn.ok() && signedIn->ok);
    AuditQuery exports;
    exports.action = AuditAction::Export;
    auto rows = services.audit().events(admin, exports);
    ASSERT_TRUE(rows.ok());
    ASSERT_EQ(rows->size(), 1u) << "cron's backup has no one to audit; the admin's is theirs";
    EXPECT_EQ(rows->front().login, admin.login);
    EXPECT_EQ(backupsInFolder(), 1) << "pruned like the app's: the newest of the day is kept";
}

TEST_P(BackupServiceTest,
       a_prepared_restore_backs_up_first_is_audited_and_its_file_takes_the_clinics_place)
{
    chooseFolder(folder);
    ASSERT_TRUE(services.backups().setPassphrase(Passphrase, Passphrase, admin).ok());
    auto run = services.backups().backupNow(admin);
    ASSERT_TRUE(run.ok() && run->ok);
    const QString backup = QDir(folder).filePath(run->fileName);
    if (onServer()) {
        EXPECT_EQ(services.backups().prepareRestore(backup, Passphrase, admin).error().code,
                  ErrorCode::Validation);
        return;
    }
    EXPECT_EQ(
        services.backups().prepareRestore(backup, Passphrase, test::clinicianUser()).error().code,
        ErrorCode::NotPermitted);
    EXPECT_EQ(services.backups()
                  .prepareRestore(backup, QStringLiteral("not the passphrase"), admin)
                  .error()
                  .code,
              ErrorCode::WrongPassphrase);
    EXPECT_EQ(backupsInFolder(), 1) << "nothing done for a wrong passphrase";

    chooseFolder(folder, 2); // changed after the backup: today's choice stays
    // Entered after the backup: gone from the restored records, kept in the replaced file.
    Patient late;
    late.familyName = QStringLiteral("Afterwards");
    late.givenName = QStringLiteral("Entered");
    late.dateOfBirth = QDate(1990, 1, 1);
    ASSERT_TRUE(services.patients().create(late, test::clinicianUser()).ok());
    clock.advanceSeconds(60);
    QStringList steps; // what the restore dialog shows while the admin waits
    auto prepared = services.backups().prepareRestore(
        backup, Passphrase, admin, [&steps](const QString& step) { steps.append(step); });
    ASSERT_TRUE(prepared.ok()) << describe(prepared.error());
    EXPECT_TRUE(QFile::exists(prepared->restoredPath));
    for (const char* step : {"Checking the backup", "Backing up the records as they are",
                             "Copying the records", "Restoring the backup"})
        EXPECT_TRUE(steps.contains(QString::fromUtf8(step)))
            << step << " in " << steps.join(QStringLiteral(" / ")).toStdString();
    EXPECT_EQ(backupsInFolder(), 2) << "the records as they were, backed up first";
    auto before = BackupRestorer::verify(prepared->beforeRestorePath, Passphrase);
    ASSERT_TRUE(before.ok()) << describe(before.error());
    EXPECT_EQ(before->patients, 13);
    EXPECT_EQ(prepared->manifest.patients, 12);
    AuditQuery restores;
    restores.action = AuditAction::Restore;
    auto here = services.audit().events(admin, restores);
    ASSERT_TRUE(here.ok());
    EXPECT_EQ(here->size(), 1u) << "the replaced records say they were replaced";

    const QString path = temp.path();
    db.reset();
    auto placed = BackupRestorer::putInPlace(prepared->restoredPath, path, clock.nowUtc());
    ASSERT_TRUE(placed.ok()) << describe(placed.error());
    EXPECT_TRUE(QFile::exists(*placed));
    EXPECT_FALSE(QFile::exists(prepared->restoredPath));
    auto replaced = BackupRestorer::verifyDatabaseFile(*placed);
    ASSERT_TRUE(replaced.ok()) << describe(replaced.error());
    EXPECT_EQ(replaced->patients, 13);
    auto reopened = BackupRestorer::verifyDatabaseFile(path);
    ASSERT_TRUE(reopened.ok()) << describe(reopened.error());
    EXPECT_EQ(reopened->patients, 12);

    auto restoredDb = temp.open();
    AuditRepository trail(*restoredDb);
    AuditQuery query;
    query.action = AuditAction::Restore;
    auto there = trail.find(query);
    ASSERT_TRUE(there.ok());
    ASSERT_EQ(there->size(), 1u) << "the restored records say they were restored";
    EXPECT_EQ(there->front().detail, run->fileName);
    BackupRepository restoredBackups(*restoredDb);
    auto kept = restoredBackups.settings();
    ASSERT_TRUE(kept.ok());
    EXPECT_EQ(kept->intervalHours, 2) << "the clinic's backup settings of today are kept";
    EXPECT_EQ(kept->folder, folder);
    EXPECT_TRUE(kept->hasKey());
    auto lastGood = restoredBackups.lastGoodRun();
    ASSERT_TRUE(lastGood.ok() && lastGood->has_value());
    EXPECT_EQ(QDir(folder).filePath((*lastGood)->fileName), prepared->beforeRestorePath)
        << "the log goes on: no warning that no backup was ever made";
}

TEST(BackupRestorerPlacement, a_database_still_open_is_not_replaced)
{
    QTemporaryDir dir;
    const QString database = dir.filePath(QStringLiteral("clinic.sqlite"));
    const QString restored = dir.filePath(QStringLiteral("clinic-restoring.sqlite"));
    for (const QString& name : QStringList{database, restored, database + QStringLiteral("-wal")}) {
        QFile file(name);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("x");
    }
    auto placed = BackupRestorer::putInPlace(restored, database, QDateTime::currentDateTimeUtc());
    ASSERT_FALSE(placed.ok());
    EXPECT_EQ(placed.error().code, ErrorCode::Conflict);
    EXPECT_TRUE(QFile::exists(database));
    EXPECT_TRUE(QFile::exists(restored));
}

NEEDLECHART_ON_EVERY_BACKEND(BackupServiceTest);
