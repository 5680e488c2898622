// The once-a-day whole-file check (issue 12, defect 5): damage that opening the file does not
// read is said in a box; a sound file is checked once a day, not at every start.
#include "needlechart/ui/mainwindow/BackgroundFileCheck.h"

#include "needlechart/domain/patients/Patient.h"
#include "needlechart/storage/database/Transaction.h"
#include "needlechart/storage/patients/PatientRepository.h"
#include "needlechart/ui/settings/AppSettings.h"

#include "RawConnection.h"
#include "RecordingMessagePresenter.h"
#include "TempDatabase.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QWidget>

#include <gtest/gtest.h>

using namespace needlechart;

namespace {

const QDate Today(2026, 12, 2);

class BackgroundFileCheckTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        auto db = temp.open();
        ASSERT_NE(db, nullptr);
        PatientRepository patients(*db);
        Transaction tx(*db);
        ASSERT_TRUE(tx.begun().ok());
        for (int i = 0; i < 150; ++i) {
            Patient p;
            p.familyName = QStringLiteral("Check%1").arg(i);
            p.givenName = QStringLiteral("Daily");
            p.dateOfBirth = QDate(1960, 1, 1).addDays(i);
            p.notes = QString(500, QLatin1Char('y'));
            ASSERT_TRUE(patients.create(p, QDateTime(Today, QTime(8, 0), Qt::UTC)).ok());
        }
        ASSERT_TRUE(tx.commit().ok());
    }

    // Zeroes the patient table's root page, which opening the file does not read.
    void damagePatientTable()
    {
        int root = 0;
        {
            test::RawConnection raw(temp.path(), QStringLiteral("QSQLITE_OPEN_READONLY"));
            root = raw.scalar(QStringLiteral(
                                  "SELECT rootpage FROM sqlite_master WHERE name = 'patient'"))
                       .toInt();
        }
        ASSERT_GT(root, 1);
        QFile file(temp.path());
        ASSERT_TRUE(file.open(QIODevice::ReadWrite));
        ASSERT_TRUE(file.seek(qint64(root - 1) * 4096));
        ASSERT_EQ(file.write(QByteArray(4096, '\0')), 4096);
    }

    bool runCheck(BackgroundFileCheck& check, const QDate& day)
    {
        QSignalSpy finished(&check, &BackgroundFileCheck::finished);
        if (!check.startIfDue(day))
            return false;
        EXPECT_TRUE(finished.wait(30000));
        return true;
    }

    test::TempDatabase temp;
    QTemporaryDir settingsDir;
    AppSettings settings{settingsDir.filePath(QStringLiteral("settings.ini"))};
    test::RecordingMessagePresenter messages;
    QWidget window;
};

} // namespace

TEST_F(BackgroundFileCheckTest, a_damaged_page_the_open_did_not_read_is_said_in_a_box)
{
    damagePatientTable();
    BackgroundFileCheck check(&window, settings, messages, temp.path());
    ASSERT_TRUE(runCheck(check, Today));
    ASSERT_EQ(messages.messages.size(), 1);
    EXPECT_EQ(messages.messages.at(0).kind, test::RecordingMessagePresenter::Kind::Critical);
    EXPECT_TRUE(messages.messages.at(0).text.contains(QStringLiteral("damaged")));
    EXPECT_TRUE(messages.messages.at(0).text.contains(temp.path()));
    EXPECT_FALSE(settings.lastDatabaseCheck().has_value()) << "a damaged file is checked again";
}

TEST_F(BackgroundFileCheckTest, a_sound_file_is_checked_once_a_day_and_says_nothing)
{
    BackgroundFileCheck check(&window, settings, messages, temp.path());
    ASSERT_TRUE(runCheck(check, Today));
    EXPECT_TRUE(messages.messages.isEmpty());
    EXPECT_EQ(settings.lastDatabaseCheck(), Today);
    EXPECT_FALSE(runCheck(check, Today)) << "checked again the same day";
    EXPECT_TRUE(runCheck(check, Today.addDays(1)));
}
