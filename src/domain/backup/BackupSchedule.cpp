#include "needlechart/domain/backup/BackupSchedule.h"

#include <QLocale>

namespace needlechart {

bool BackupSchedule::due(const BackupSettings& settings,
                         const std::optional<QDateTime>& lastGoodUtc,
                         const std::optional<QDateTime>& lastAttemptUtc, const QDateTime& nowUtc)
{
    if (settings.folder.isEmpty())
        return false;
    if (lastAttemptUtc && (!lastGoodUtc || *lastAttemptUtc > *lastGoodUtc)
        && lastAttemptUtc->secsTo(nowUtc) < qint64(RetryMinutes) * 60)
        return false; // failed a moment ago: the disk is not back yet
    if (!lastGoodUtc)
        return true;
    if (lastGoodUtc->toLocalTime().date() < nowUtc.toLocalTime().date())
        return true; // the first of the day
    return lastGoodUtc->secsTo(nowUtc) >= qint64(settings.intervalHours) * 60 * 60;
}

bool BackupSchedule::dueOnClose(const BackupSettings& settings,
                                const std::optional<QDateTime>& lastGoodUtc,
                                const QDateTime& nowUtc)
{
    if (settings.folder.isEmpty())
        return false;
    return !lastGoodUtc || lastGoodUtc->secsTo(nowUtc) >= qint64(CloseSkipMinutes) * 60;
}

std::optional<QString> BackupSchedule::warning(const BackupSettings& settings,
                                               const std::optional<QDateTime>& lastGoodUtc,
                                               const QDateTime& nowUtc)
{
    if (settings.folder.isEmpty())
        return tr("No backup folder is set: an admin chooses one under File ▸ Clinic settings ▸ "
                  "Backups.");
    if (!lastGoodUtc)
        return tr("No backup has been made yet.");
    if (lastGoodUtc->secsTo(nowUtc) >= qint64(StaleHours) * 60 * 60)
        return tr("The last good backup is from %1.")
            .arg(QLocale().toString(lastGoodUtc->toLocalTime(), QLocale::ShortFormat));
    return std::nullopt;
}

} // namespace needlechart
