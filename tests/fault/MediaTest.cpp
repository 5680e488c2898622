// Issue 12, the fault suite's full disk and read-only media, on a small tmpfs or a read-only
// mount in a private mount namespace (unshare -m; CI runs as root). Where the system refuses
// unshare, the tests say so and are skipped, not passed.
#include "FaultWorkerProcess.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using needlechart::test::FaultWorkerProcess;

namespace {

// Runs `script` (sh) in a mount namespace of its own, with $W the worker and $D an empty
// folder; nullopt (and a reason) if this system does not allow it.
std::optional<QString> inPrivateMounts(const QString& script, int* exitCode, QString* reason)
{
    const QString unshare = QStandardPaths::findExecutable(QStringLiteral("unshare"));
    if (unshare.isEmpty()) {
        *reason = QStringLiteral("unshare is not installed");
        return std::nullopt;
    }
    QProcess probe;
    probe.start(unshare, {QStringLiteral("-m"), QStringLiteral("true")});
    if (!probe.waitForFinished(10000) || probe.exitCode() != 0) {
        *reason = QStringLiteral("unshare -m is refused here (it needs root or CAP_SYS_ADMIN)");
        return std::nullopt;
    }
    static QTemporaryDir dir;
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("W"), FaultWorkerProcess::program());
    environment.insert(QStringLiteral("D"), dir.path());
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(unshare,
                  {QStringLiteral("-m"), QStringLiteral("sh"), QStringLiteral("-ec"),
                   QStringLiteral("mount --make-rprivate / 2>/dev/null || true; ") + script});
    if (!process.waitForFinished(120000)) {
        *reason = QStringLiteral("the script did not finish");
        return std::nullopt;
    }
    *exitCode = process.exitCode();
    return QString::fromUtf8(process.readAll());
}

QString field(const QString& line, const QString& name)
{
    const QRegularExpression pattern(QStringLiteral("(?:^| )%1=(\\S+)").arg(name));
    return pattern.match(line).captured(1);
}

} // namespace

TEST(MediaTest, a_full_disk_is_said_loses_nothing_and_the_same_save_succeeds_once_space_is_free)
{
    int exitCode = -1;
    QString reason;
    const auto output = inPrivateMounts(
        QStringLiteral("mount -t tmpfs -o size=3m tmpfs \"$D\"; "
                       "head -c 1048576 /dev/zero > \"$D/ballast\"; "
                       "\"$W\" disk-full \"$D/clinic.db\" \"$D/ballast\" | grep '^saved='"),
        &exitCode, &reason);
    if (!output)
        GTEST_SKIP() << reason.toStdString();
    ASSERT_EQ(exitCode, 0) << output->toStdString();
    const QString line = output->trimmed().split(QLatin1Char('\n')).last();
    std::printf("%s\n", qUtf8Printable(line));
    const int saved = field(line, QStringLiteral("saved")).toInt();
    EXPECT_GT(saved, 10) << "the disk was full before anything was saved";
    EXPECT_EQ(field(line, QStringLiteral("kept")).toInt(), saved) << "a save was lost";
    EXPECT_EQ(field(line, QStringLiteral("code")), QStringLiteral("io"));
    EXPECT_TRUE(line.contains(QStringLiteral("the disk is full"))) << line.toStdString();
    EXPECT_TRUE(line.contains(QStringLiteral("Nothing was lost"))) << line.toStdString();
    EXPECT_EQ(field(line, QStringLiteral("again")), QStringLiteral("yes"))
        << "the same save failed again after space was freed";
    EXPECT_EQ(field(line, QStringLiteral("after")).toInt(), saved + 1);
}

TEST(MediaTest, a_database_on_read_only_media_is_refused_with_a_message_and_left_as_it_is)
{
    int exitCode = -1;
    QString reason;
    const auto output = inPrivateMounts(
        QStringLiteral("mount -t tmpfs -o size=8m tmpfs \"$D\"; "
                       "\"$W\" create \"$D/clinic.db\" --demo 50 >/dev/null; "
                       "sum1=$(sha256sum \"$D/clinic.db\"); "
                       "mount -o remount,ro \"$D\"; "
                       "set +e; \"$W\" open-close \"$D/clinic.db\"; rc=$?; set -e; "
                       "sum2=$(sha256sum \"$D/clinic.db\"); "
                       "echo \"rc=$rc same=$([ \"$sum1\" = \"$sum2\" ] && echo yes || echo no) "
                       "files=$(ls -A \"$D\" | tr '\\n' ',')\""),
        &exitCode, &reason);
    if (!output)
        GTEST_SKIP() << reason.toStdString();
    ASSERT_EQ(exitCode, 0) << output->toStdString();
    std::printf("%s\n", qUtf8Printable(output->trimmed()));
    const QString last = output->trimmed().split(QLatin1Char('\n')).last();
    EXPECT_EQ(field(last, QStringLiteral("rc")), QStringLiteral("3")) << output->toStdString();
    EXPECT_EQ(field(last, QStringLiteral("same")), QStringLiteral("yes"));
    EXPECT_EQ(field(last, QStringLiteral("files")), QStringLiteral("clinic.db,"));
    EXPECT_TRUE(output->contains(QStringLiteral("read-only"))) << output->toStdString();
}
