// Issue 12, defect 1: SQLite's POSIX locks belong to the process, so any other open and close of
// the database file in the process (a file dialog guessing its type) dropped them; another
// process then checkpointed and deleted the -wal, and later saves went into a deleted file.
#include "needlechart/storage/database/Database.h"
#include "needlechart/storage/database/SqliteFileLocks.h"
#include "needlechart/storage/patients/PatientRepository.h"

#include "FaultWorkerProcess.h"
#include "TempDatabase.h"

#include <QStandardPaths>

#include <gtest/gtest.h>

using namespace needlechart;
using test::FaultWorkerProcess;

namespace {

struct Outcome {
    QString deleted;     // the writer's answer to "deleted" after its last save
    bool lastSaveKept{}; // after the writer was killed
};

// The writer saves, its own process opens and closes the database file, another process opens
// and closes the database (`other`), the writer saves again and is killed.
Outcome openCloseElsewhereThenSave(const test::TempDatabase& temp, const QStringList& writerFlags,
                                   const std::function<void()>& other)
{
    FaultWorkerProcess writer(QStringList{QStringLiteral("lock-writer"), temp.path()}
                              + writerFlags);
    EXPECT_TRUE(writer.started());
    EXPECT_TRUE(writer.ask(QStringLiteral("save 1")).startsWith(QLatin1String("saved 1 ")));
    EXPECT_EQ(writer.ask(QStringLiteral("touch")), QStringLiteral("touched"));
    other();
    const QString saved = writer.ask(QStringLiteral("save 2"));
    EXPECT_TRUE(saved.startsWith(QLatin1String("saved 2 "))) << saved.toStdString();
    Outcome outcome;
    outcome.deleted = writer.ask(QStringLiteral("deleted"));
    writer.kill();

    auto db = temp.open();
    PatientRepository patients(*db);
    const PatientId id = saved.section(QLatin1Char(' '), 2).toLongLong();
    auto patient = patients.get(id);
    outcome.lastSaveKept = patient.ok() && patient->givenName == QStringLiteral("2");
    return outcome;
}

void openCloseWithNeedleChart(const test::TempDatabase& temp)
{
    QString output;
    EXPECT_EQ(FaultWorkerProcess::run({QStringLiteral("open-close"), temp.path()}, &output), 0);
    EXPECT_EQ(output, QStringLiteral("patients 1"));
}

} // namespace

TEST(FileLocksTest, sqlite_uses_locks_held_by_its_own_file_descriptor)
{
    EXPECT_TRUE(SqliteFileLocks::installed());
}

TEST(FileLocksTest,
     a_file_dialog_peeking_at_the_database_does_not_let_another_process_delete_its_log)
{
    test::TempDatabase temp;
    const Outcome outcome =
        openCloseElsewhereThenSave(temp, {}, [&] { openCloseWithNeedleChart(temp); });
    EXPECT_EQ(outcome.deleted, QStringLiteral("deleted 0"));
    EXPECT_TRUE(outcome.lastSaveKept) << "a save acknowledged after the peek was lost";
}

TEST(FileLocksTest, the_sqlite3_shell_with_posix_locks_still_sees_the_locks)
{
    const QString shell = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (shell.isEmpty())
        GTEST_SKIP() << "the sqlite3 shell is not installed";
    test::TempDatabase temp;
    const Outcome outcome = openCloseElsewhereThenSave(temp, {}, [&] {
        QProcess process;
        process.start(shell, {temp.path(), QStringLiteral("SELECT COUNT(*) FROM patient;")});
        ASSERT_TRUE(process.waitForFinished(30000));
        EXPECT_EQ(QString::fromUtf8(process.readAllStandardOutput()).trimmed(),
                  QStringLiteral("1"));
    });
    EXPECT_EQ(outcome.deleted, QStringLiteral("deleted 0"));
    EXPECT_TRUE(outcome.lastSaveKept);
}

// The control: the same steps with SQLite's own process-wide locks lose the save. This is the
// defect as it was; if it stops happening, the test above no longer proves anything.
TEST(FileLocksTest, with_process_wide_locks_the_same_steps_lose_an_acknowledged_save)
{
    test::TempDatabase temp;
    const Outcome outcome = openCloseElsewhereThenSave(temp, {QStringLiteral("--process-locks")},
                                                       [&] { openCloseWithNeedleChart(temp); });
    EXPECT_NE(outcome.deleted, QStringLiteral("deleted 0"));
    EXPECT_FALSE(outcome.lastSaveKept);
}
