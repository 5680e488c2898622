// Issue 12, the fault suite's kill loop and defect 6: a workstation killed at a random moment
// (while it creates the file, fills the demo clinic or saves) loses nothing it had reported as
// saved, and leaves a file that opens and passes SQLite's checks.
#include "needlechart/storage/database/Database.h"

#include "FaultWorkerProcess.h"
#include "RawConnection.h"
#include "TempDatabase.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>

#include <gtest/gtest.h>

using namespace needlechart;
using test::FaultWorkerProcess;
using test::RawConnection;

namespace {

// The N of each kill loop: the figures in the default preset, a quarter under the
// sanitizers, where each worker start costs several times more (the same code runs either way).
#if defined(NEEDLECHART_SANITIZED)
constexpr int Scale = 4;
#else
constexpr int Scale = 1;
#endif

QStringList acknowledgements(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

// Each acknowledged save, looked up in the database: empty when it is there as acknowledged.
QString missing(const QSqlDatabase& db, const QString& line)
{
    const QString kind = line.section(QLatin1Char(' '), 0, 0);
    const QString id = line.section(QLatin1Char(' '), 1, 1);
    QString sql;
    if (kind == QLatin1String("patient"))
        sql = QStringLiteral("SELECT COUNT(*) FROM patient WHERE id = ?");
    else if (kind == QLatin1String("consent"))
        sql = QStringLiteral("SELECT COUNT(*) FROM consent WHERE id = ?");
    else if (kind == QLatin1String("draft"))
        sql = QStringLiteral("SELECT COUNT(*) FROM session WHERE id = ?");
    else if (kind == QLatin1String("signed"))
        sql = QStringLiteral("SELECT COUNT(*) FROM session WHERE id = ? AND status = 'signed'");
    else if (kind == QLatin1String("booked"))
        sql = QStringLiteral("SELECT COUNT(*) FROM appointment WHERE id = ?");
    else if (kind == QLatin1String("clinician"))
        sql = QStringLiteral("SELECT COUNT(*) FROM clinician WHERE id = ?");
    else
        return QStringLiteral("unknown acknowledgement: ") + line;
    bool isNumber = false;
    const qlonglong rowId = id.toLongLong(&isNumber);
    if (!isNumber)
        return QStringLiteral("malformed acknowledgement: ") + line;
    QSqlQuery query(db);
    query.prepare(sql);
    query.addBindValue(rowId);
    return query.exec() && query.next() && query.value(0).toInt() == 1 ? QString() : line;
}

struct Checks {
    bool opened = false;
    QString openError;
    QStringList lost;
    QString integrity;   // "ok" when SQLite finds nothing wrong
    QString foreignKeys; // empty when no row points nowhere
};

Checks check(const QString& path, const QString& ackPath, bool fullIntegrity)
{
    Checks checks;
    auto db = Database::open(path);
    checks.opened = db.ok();
    if (!db.ok()) {
        checks.openError = db.error().message;
        return checks;
    }
    const QSqlDatabase connection = (*db)->connection();
    for (const QString& line : acknowledgements(ackPath)) {
        if (QString lost = missing(connection, line); !lost.isEmpty())
            checks.lost << lost;
    }
    checks.integrity =
        RawConnection::scalar(connection, fullIntegrity ? QStringLiteral("PRAGMA integrity_check")
                                                        : QStringLiteral("PRAGMA quick_check"))
            .toString();
    QSqlQuery fk(connection);
    if (fk.exec(QStringLiteral("PRAGMA foreign_key_check")) && fk.next())
        checks.foreignKeys = fk.value(0).toString();
    return checks;
}

void removeDatabase(const QString& path)
{
    for (const char* suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

// How long the worker takes, start to exit, for `arguments` on a new file: the longest of three
// runs, so that kills spread over all of it on this machine, however fast it is.
qint64 millisecondsToRun(const QString& path, const QStringList& arguments)
{
    qint64 longest = 0;
    for (int run = 0; run < 3; ++run) {
        removeDatabase(path);
        QElapsedTimer timer;
        timer.start();
        EXPECT_EQ(FaultWorkerProcess::run(arguments), 0);
        longest = std::max(longest, timer.elapsed());
    }
    return longest;
}

// Starts the worker on a new file at `path` and kills it at a random moment from its start to
// half a run after its end (`span`, from millisecondsToRun): runs killed while other tests run
// in parallel take longer than the timed ones.
bool runAndKill(const QString& path, const QStringList& arguments, qint64 span,
                QRandomGenerator& random)
{
    removeDatabase(path);
    FaultWorkerProcess worker(arguments);
    if (!worker.started())
        return false;
    QThread::usleep(random.bounded(quint32(span * 1500)));
    worker.kill();
    return true;
}

} // namespace

TEST(KillLoopTest, kills_while_saving_lose_no_acknowledged_save_and_leave_a_sound_file)
{
    constexpr int Kills = 200 / Scale;
    test::TempDatabase temp;
    const QString acks = temp.dir() + QStringLiteral("/acknowledged.txt");
    const QStringList arguments{QStringLiteral("kill-loop"), temp.path(), acks};
    // How long the worker takes to start and open the file on this machine (a sanitizer build
    // is several times slower): kills land from its start to 250 ms of saving after that, so
    // some hit the opening (the first ones the creation) and most the saves.
    qint64 startup = 0;
    for (int run = 0; run < 3; ++run) {
        FaultWorkerProcess worker(arguments);
        QElapsedTimer timer;
        timer.start();
        ASSERT_TRUE(worker.started());
        ASSERT_EQ(worker.readLine(), QStringLiteral("saving"));
        startup = std::max(startup, timer.elapsed());
    }
    QFile::remove(acks);
    for (const char* suffix : {"", "-wal", "-shm"})
        QFile::remove(temp.path() + QLatin1String(suffix));
    QRandomGenerator random(20261202);
    int acknowledged = 0;
    for (int kill = 1; kill <= Kills; ++kill) {
        SCOPED_TRACE(kill);
        {
            FaultWorkerProcess worker(arguments);
            ASSERT_TRUE(worker.started());
            QThread::msleep(random.bounded(quint32(startup + 250)));
            worker.kill();
        }
        const bool full = kill % 25 == 0;
        const Checks checks = check(temp.path(), acks, full);
        ASSERT_TRUE(checks.opened) << checks.openError.toStdString();
        ASSERT_TRUE(checks.lost.isEmpty())
            << "acknowledged but lost: " << checks.lost.join(QStringLiteral(", ")).toStdString();
        ASSERT_EQ(checks.integrity, QStringLiteral("ok"));
        ASSERT_TRUE(checks.foreignKeys.isEmpty()) << checks.foreignKeys.toStdString();
    }
    acknowledged = int(acknowledgements(acks).size());
    RecordProperty("kills", Kills);
    RecordProperty("acknowledged_saves", acknowledged);
    std::printf("%d kills (start-up %lld ms), %d acknowledged saves, 0 lost\n", Kills, startup,
                acknowledged);
    EXPECT_GT(acknowledged, Kills) << "the worker hardly saved anything before it was killed";
}

TEST(KillLoopTest, kills_while_creating_a_database_never_leave_a_file_that_will_not_open)
{
    constexpr int Kills = 300 / Scale;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("clinic.db"));
    const QStringList arguments{QStringLiteral("create"), path};
    const qint64 span = millisecondsToRun(path, arguments);
    QRandomGenerator random(6);
    int leftWhole = 0;
    for (int kill = 1; kill <= Kills; ++kill) {
        SCOPED_TRACE(kill);
        ASSERT_TRUE(runAndKill(path, arguments, span, random));
        if (QFile::exists(path))
            ++leftWhole;
        auto db = Database::open(path);
        ASSERT_TRUE(db.ok()) << db.error().message.toStdString();
        ASSERT_EQ(RawConnection::scalar((*db)->connection(), QStringLiteral("PRAGMA quick_check"))
                      .toString(),
                  QStringLiteral("ok"));
    }
    std::printf("%d kills during creation (a run takes %lld ms): %d left a whole file, %d none, "
                "0 unopenable\n",
                Kills, span, leftWhole, Kills - leftWhole);
    EXPECT_LT(leftWhole, Kills) << "no kill came before the file was whole";
    // With 300 kills some always come after the end; with the sanitizers' 75 on a busy
    // machine that is left to chance, so only the default preset insists.
    if (Scale == 1) {
        EXPECT_GT(leftWhole, 0) << "no kill came after the creation: it no longer covers it";
    }
    const QStringList leftovers =
        QDir(dir.path()).entryList({QStringLiteral("clinic.db.new-*")}, QDir::Files);
    EXPECT_TRUE(leftovers.isEmpty()) << leftovers.join(QLatin1Char(' ')).toStdString();
}

TEST(KillLoopTest, kills_while_filling_the_demo_clinic_leave_it_empty_or_whole)
{
    constexpr int Kills = 40 / Scale;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.db"));
    // As many patients as the app's demo clinic.
    const QStringList arguments{QStringLiteral("create"), path, QStringLiteral("--demo"),
                                QStringLiteral("200")};
    const qint64 span = millisecondsToRun(path, arguments);
    QRandomGenerator random(40);
    int whole = 0;
    for (int kill = 1; kill <= Kills; ++kill) {
        SCOPED_TRACE(kill);
        ASSERT_TRUE(runAndKill(path, arguments, span, random));
        auto db = Database::open(path);
        ASSERT_TRUE(db.ok()) << db.error().message.toStdString();
        const QSqlDatabase connection = (*db)->connection();
        const int patients =
            RawConnection::scalar(connection, QStringLiteral("SELECT COUNT(*) FROM patient"))
                .toInt();
        const int bookings =
            RawConnection::scalar(connection, QStringLiteral("SELECT COUNT(*) FROM appointment"))
                .toInt();
        const int notes =
            RawConnection::scalar(connection, QStringLiteral("SELECT COUNT(*) FROM session"))
                .toInt();
        if (patients == 0) {
            EXPECT_EQ(bookings, 0);
            EXPECT_EQ(notes, 0);
        } else {
            ++whole;
            EXPECT_EQ(patients, 200);
            EXPECT_GT(bookings, 0);
            EXPECT_GT(notes, 0);
        }
    }
    std::printf("%d kills during the demo fill (a run takes %lld ms): %d left it whole, %d "
                "empty\n",
                Kills, span, whole, Kills - whole);
    EXPECT_LT(whole, Kills) << "no kill came during the fill";
    if (Scale == 1) {
        EXPECT_GT(whole, 0) << "no kill came after the fill: it no longer covers a whole one";
    }
}
