// Issue 15: which backups a clinic keeps, what their files are called, what a backup says
// about itself in the clear, and when the app takes one or warns.
#include "needlechart/domain/backup/BackupFileName.h"
#include "needlechart/domain/backup/BackupManifest.h"
#include "needlechart/domain/backup/BackupRetention.h"
#include "needlechart/domain/backup/BackupSchedule.h"

#include "QtPrinters.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <set>

using namespace needlechart;

namespace {

QDateTime localAt(QDate day, QTime time)
{
    return QDateTime(day, time, Qt::LocalTime).toUTC();
}

} // namespace

TEST(BackupRetentionTest,
     four_hundred_days_of_pruning_keep_exactly_seven_days_four_weeks_twelve_months)
{
    const BackupRetention retention; // 7 daily, 4 weekly, 12 monthly
    const QDate first(2025, 10, 27);
    std::vector<QDateTime> folder;
    for (int day = 0; day < 400; ++day) {
        const QDate date = first.addDays(day);
        // The first start of the day, and the close in the evening.
        for (const QTime time : {QTime(8, 5), QTime(18, 40)}) {
            folder.push_back(localAt(date, time));
            for (const QDateTime& old : retention.prunable(folder))
                folder.erase(std::find(folder.begin(), folder.end(), old));
        }
    }

    // What the schedule says, worked out from the calendar: the evening backup of each of the
    // last 7 days, of the last day of each of the 4 last weeks (Sunday, or today for this week)
    // and of the last day of each of the 12 last months (today for this month).
    const QDate last = first.addDays(399);
    std::set<QDateTime> expected;
    for (int d = 0; d < 7; ++d)
        expected.insert(localAt(last.addDays(-d), QTime(18, 40)));
    expected.insert(localAt(last, QTime(18, 40)));
    QDate sunday = last.addDays(-last.dayOfWeek()); // the Sunday before this week
    for (int w = 1; w < 4; ++w, sunday = sunday.addDays(-7))
        expected.insert(localAt(sunday, QTime(18, 40)));
    QDate monthEnd = QDate(last.year(), last.month(), 1).addDays(-1);
    for (int m = 1; m < 12; ++m) {
        expected.insert(localAt(monthEnd, QTime(18, 40)));
        monthEnd = QDate(monthEnd.year(), monthEnd.month(), 1).addDays(-1);
    }

    const std::set<QDateTime> kept(folder.begin(), folder.end());
    EXPECT_EQ(kept, expected);
    EXPECT_EQ(retention.kept(folder).size(), expected.size());
}

TEST(BackupRetentionTest, a_week_without_backups_does_not_count_towards_the_four_weeks)
{
    BackupRetention retention;
    retention.daily = 1;
    retention.weekly = 2;
    retention.monthly = 1;
    const QDateTime now = localAt(QDate(2026, 12, 2), QTime(18, 0)); // a Wednesday
    const QDateTime lastWeek = localAt(QDate(2026, 11, 25), QTime(18, 0));
    const QDateTime monthAgo = localAt(QDate(2026, 11, 4), QTime(18, 0)); // two quiet weeks ago
    const QDateTime older = localAt(QDate(2026, 10, 28), QTime(18, 0));
    const std::vector<QDateTime> kept = retention.kept({older, monthAgo, lastWeek, now});
    EXPECT_EQ(kept, (std::vector<QDateTime>{now, lastWeek}));
    EXPECT_EQ(retention.prunable({now, older, lastWeek, monthAgo}),
              (std::vector<QDateTime>{older, monthAgo}))
        << "oldest first";
}

TEST(BackupRetentionTest, counts_outside_one_to_four_hundred_are_refused)
{
    BackupRetention retention;
    EXPECT_TRUE(retention.valid());
    retention.weekly = 0;
    EXPECT_FALSE(retention.valid());
    retention.weekly = BackupRetention::MaxCount + 1;
    EXPECT_FALSE(retention.valid());
}

TEST(BackupFileNameTest, a_name_says_when_in_utc_and_reads_back)
{
    const QDateTime at(QDate(2026, 3, 29), QTime(1, 30, 5), Qt::UTC);
    const BackupFileName name{at, BackupFileName::Kind::Scheduled};
    EXPECT_EQ(name.fileName(), QStringLiteral("needlechart-20260329-013005Z.ncbackup"));
    EXPECT_EQ(BackupFileName::parse(name.fileName()), name)
        << "an hour that does not exist in London's local time still reads back";
    const BackupFileName before{at, BackupFileName::Kind::BeforeRestore};
    EXPECT_EQ(before.fileName(),
              QStringLiteral("needlechart-20260329-013005Z-before-restore.ncbackup"));
    EXPECT_EQ(BackupFileName::parse(before.fileName()), before);
}

TEST(BackupFileNameTest, partial_and_foreign_files_are_not_backups)
{
    const BackupFileName name{QDateTime(QDate(2026, 12, 2), QTime(9, 0), Qt::UTC)};
    EXPECT_FALSE(BackupFileName::parse(name.partialFileName()));
    EXPECT_FALSE(BackupFileName::parse(QStringLiteral("clinic.db")));
    EXPECT_FALSE(BackupFileName::parse(QStringLiteral("needlechart-20261302-090000Z.ncbackup")))
        << "month 13";
    EXPECT_FALSE(BackupFileName::parse(QStringLiteral("needlechart-20261202-090000.ncbackup")));
}

TEST(BackupManifestTest, reads_back_what_it_wrote_counts_beyond_two_to_the_53_included)
{
    BackupManifest m;
    m.createdUtc = QDateTime(QDate(2026, 12, 2), QTime(20, 30, 15, 250), Qt::UTC);
    m.payload = BackupManifest::Payload::PgDump;
    m.schemaVersion = 13;
    m.appVersion = QStringLiteral("0.15.0");
    m.workstation = QStringLiteral("front-desk");
    m.patients = 100000;
    m.notes = 9007199254740993; // 2^53 + 1: a double would lose it
    m.signedNotes = 4;
    m.auditRows = 77;
    m.auditHead = QByteArray(32, '\x5a');
    m.payloadBytes = 123456789;
    EXPECT_EQ(BackupManifest::fromJson(m.toJson()), m);
}

TEST(BackupManifestTest, an_unknown_format_or_a_damaged_manifest_is_not_read)
{
    BackupManifest m;
    m.createdUtc = QDateTime(QDate(2026, 12, 2), QTime(20, 30), Qt::UTC);
    QByteArray json = m.toJson();
    EXPECT_TRUE(BackupManifest::fromJson(json));
    EXPECT_FALSE(BackupManifest::fromJson(json.left(json.size() - 1)));
    EXPECT_FALSE(
        BackupManifest::fromJson(QByteArray(json).replace("\"format\":1", "\"format\":2")));
    EXPECT_FALSE(BackupManifest::fromJson(
        QByteArray(json).replace("\"patients\":\"0\"", "\"patients\":\"-1\"")));
}

namespace {

BackupSettings withFolder()
{
    BackupSettings settings;
    settings.folder = QStringLiteral("/media/usb/backups");
    settings.intervalHours = 4;
    return settings;
}

} // namespace

TEST(BackupScheduleTest, nothing_is_due_until_a_folder_is_chosen_then_the_first_is_due_at_once)
{
    const QDateTime now = localAt(QDate(2026, 12, 2), QTime(8, 0));
    EXPECT_FALSE(BackupSchedule::due(BackupSettings{}, std::nullopt, std::nullopt, now));
    EXPECT_FALSE(BackupSchedule::dueOnClose(BackupSettings{}, std::nullopt, now));
    EXPECT_TRUE(BackupSchedule::due(withFolder(), std::nullopt, std::nullopt, now));
    EXPECT_TRUE(BackupSchedule::dueOnClose(withFolder(), std::nullopt, now));
}

TEST(BackupScheduleTest, the_first_start_of_a_day_and_every_interval_are_due)
{
    const BackupSettings settings = withFolder();
    const QDateTime evening = localAt(QDate(2026, 12, 1), QTime(22, 0));
    const QDateTime nextMorning = localAt(QDate(2026, 12, 2), QTime(0, 30));
    EXPECT_TRUE(BackupSchedule::due(settings, evening, evening, nextMorning))
        << "a new local day, though only two and a half hours later";
    const QDateTime nine = localAt(QDate(2026, 12, 2), QTime(9, 0));
    EXPECT_FALSE(BackupSchedule::due(settings, nine, nine, nine.addSecs(3 * 3600 + 3599)));
    EXPECT_TRUE(BackupSchedule::due(settings, nine, nine, nine.addSecs(4 * 3600)));
}

TEST(BackupScheduleTest, a_failed_attempt_is_retried_after_half_an_hour_not_every_minute)
{
    const BackupSettings settings = withFolder();
    const QDateTime good = localAt(QDate(2026, 12, 2), QTime(8, 0));
    const QDateTime failed = good.addSecs(5 * 3600);
    EXPECT_FALSE(BackupSchedule::due(settings, good, failed, failed.addSecs(29 * 60)));
    EXPECT_TRUE(BackupSchedule::due(settings, good, failed, failed.addSecs(30 * 60)));
    EXPECT_FALSE(BackupSchedule::due(settings, std::nullopt, failed, failed.addSecs(60)))
        << "no good backup ever: still not every minute";
}

TEST(BackupScheduleTest, closing_backs_up_unless_a_good_backup_is_a_quarter_of_an_hour_old)
{
    const BackupSettings settings = withFolder();
    const QDateTime good = localAt(QDate(2026, 12, 2), QTime(17, 0));
    EXPECT_FALSE(BackupSchedule::dueOnClose(settings, good, good.addSecs(14 * 60)));
    EXPECT_TRUE(BackupSchedule::dueOnClose(settings, good, good.addSecs(15 * 60)));
}

TEST(BackupScheduleTest, warns_without_a_folder_without_a_backup_and_after_a_day)
{
    const QDateTime now = localAt(QDate(2026, 12, 2), QTime(9, 0));
    EXPECT_TRUE(BackupSchedule::warning(BackupSettings{}, now, now)
                    ->contains(QStringLiteral("No backup folder")));
    EXPECT_TRUE(BackupSchedule::warning(withFolder(), std::nullopt, now)
                    ->contains(QStringLiteral("No backup has been made")));
    EXPECT_FALSE(BackupSchedule::warning(withFolder(), now.addSecs(-23 * 3600), now).has_value());
    EXPECT_TRUE(BackupSchedule::warning(withFolder(), now.addSecs(-24 * 3600), now)
                    ->contains(QStringLiteral("last good backup")));
}
