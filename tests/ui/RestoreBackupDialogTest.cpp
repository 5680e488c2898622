// File ▸ Restore from Backup… on a clinic file: the dialog lists the backup folder, asks for the
// passphrase and a confirmation, and has the service prepare the restore; refusals keep it open
// with the reason shown.
#include "settings/RestoreBackupDialog.h"

#include "needlechart/services/backup/BackupRestorer.h"
#include "needlechart/services/backup/BackupService.h"
#include "needlechart/ui/settings/AppSettings.h"

#include "RecordingMessagePresenter.h"
#include "TestClinic.h"

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

namespace needlechart {
namespace {

const QString Passphrase = QStringLiteral("copper kettle north meadow");

class RestoreBackupDialogTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        clinic.addPatient(QStringLiteral("Okafor"), QStringLiteral("Ada"), QDate(1980, 4, 2));
        auto backupSettings = context.backups.settings(admin);
        ASSERT_TRUE(backupSettings.ok());
        backupSettings->folder = folder;
        ASSERT_TRUE(context.backups.saveSettings(*backupSettings, admin).ok());
        ASSERT_TRUE(context.backups.setPassphrase(Passphrase, Passphrase, admin).ok());
        auto run = context.backups.backupNow(admin);
        ASSERT_TRUE(run.ok() && run->ok);
        backupFile = QDir(folder).filePath(run->fileName);
    }

    test::TestClinic clinic;
    QTemporaryDir dir;
    AppSettings settings{dir.filePath(QStringLiteral("settings.ini"))};
    test::RecordingMessagePresenter messages;
    const User admin = test::TestClinic::defaultAdmin();
    UiContext context = clinic.context(settings, messages, admin);
    QString folder = dir.filePath(QStringLiteral("backups"));
    QString backupFile;
};

TEST_F(RestoreBackupDialogTest, lists_the_clinics_backups_with_their_counts_newest_selected)
{
    RestoreBackupDialog dialog(context, folder);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    ASSERT_EQ(dialog.table()->rowCount(), 1);
    EXPECT_EQ(dialog.table()->currentRow(), 0);
    EXPECT_EQ(dialog.table()->item(0, 2)->text(), QStringLiteral("1")) << "one patient";
    EXPECT_EQ(dialog.table()->item(0, 4)->text(), QStringLiteral("Yes")) << "encrypted";
    EXPECT_EQ(dialog.table()->item(0, 5)->text(), QStringLiteral("When written"));
    QFile::copy(backupFile, QDir(folder).filePath(QStringLiteral(
                                "needlechart-20260101-090000Z.ncbackup"))); // not from this clinic
    dialog.showFolder(folder);
    ASSERT_EQ(dialog.table()->rowCount(), 2);
    EXPECT_EQ(dialog.table()->item(1, 5)->text(), QStringLiteral("Not in the log"));
    EXPECT_FALSE(dialog.errorLabel()->isVisible());
}

TEST_F(RestoreBackupDialogTest, a_wrong_passphrase_or_a_no_restores_nothing_and_the_dialog_stays)
{
    RestoreBackupDialog dialog(context, folder);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));

    messages.passwordAnswer = QStringLiteral("not the passphrase");
    messages.answer = true;
    EXPECT_FALSE(dialog.restoreSelected());
    EXPECT_TRUE(dialog.errorLabel()->isVisible());
    EXPECT_TRUE(dialog.restoredPath().isEmpty());

    messages.passwordAnswer = Passphrase;
    messages.answer = false; // "Replace the clinic's records…?" No.
    EXPECT_FALSE(dialog.restoreSelected());
    EXPECT_TRUE(dialog.restoredPath().isEmpty());
    EXPECT_EQ(QDir(folder).entryList(QDir::Files).size(), 1) << "not even a before-restore backup";
}

TEST_F(RestoreBackupDialogTest, restore_backs_up_the_records_first_and_hands_over_the_checked_file)
{
    clinic.addPatient(QStringLiteral("Later"), QStringLiteral("Entered"), QDate(1975, 9, 9));
    RestoreBackupDialog dialog(context, folder);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    messages.passwordAnswer = Passphrase;
    messages.answer = true;
    ASSERT_TRUE(dialog.restoreSelected()) << dialog.errorLabel()->text().toStdString();
    ASSERT_FALSE(dialog.restoredPath().isEmpty());
    auto restored = BackupRestorer::verifyDatabaseFile(dialog.restoredPath());
    ASSERT_TRUE(restored.ok()) << restored.error().message.toStdString();
    EXPECT_EQ(restored->patients, 1) << "the backup's records, not today's";
    EXPECT_EQ(QDir(folder).entryList(QDir::Files).size(), 2) << "a before-restore backup";
    ASSERT_FALSE(messages.messages.isEmpty());
    EXPECT_TRUE(messages.messages.back().text.contains(QStringLiteral("patients: 1,")))
        << messages.messages.back().text.toStdString();
}

TEST_F(RestoreBackupDialogTest, another_folder_can_be_chosen_and_nothing_selected_says_so)
{
    RestoreBackupDialog dialog(context, QString());
    EXPECT_EQ(dialog.table()->rowCount(), 0);
    EXPECT_FALSE(dialog.restoreSelected());
    EXPECT_FALSE(dialog.errorLabel()->text().isEmpty());
    messages.fileAnswer = folder;
    dialog.chooseFolder();
    EXPECT_EQ(dialog.table()->rowCount(), 1);
}

} // namespace
} // namespace needlechart
