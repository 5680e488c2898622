#pragma once

#include "needlechart/domain/backup/BackupSettings.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

namespace needlechart {

// When the app takes a backup on its own, and when it warns that the clinic's backups are not
// good enough. Pure rules on a given time; the app's timer asks, the backup service acts.
//
// A backup is due when a folder is set and the last good one is from before today (the clinic's
// local day: the first start of each day), or is `intervalHours` old, or there is none. A failed
// attempt is not retried for `RetryMinutes`, so an unplugged disk is not tried every minute.
class BackupSchedule {
    Q_DECLARE_TR_FUNCTIONS(BackupSchedule)

public:
    static constexpr int RetryMinutes = 30;
    // A backup on close is skipped if a good one is this recent.
    static constexpr int CloseSkipMinutes = 15;
    // The warning's threshold: a day without a good backup.
    static constexpr int StaleHours = 24;

    [[nodiscard]] static bool due(const BackupSettings& settings,
                                  const std::optional<QDateTime>& lastGoodUtc,
                                  const std::optional<QDateTime>& lastAttemptUtc,
                                  const QDateTime& nowUtc);

    [[nodiscard]] static bool dueOnClose(const BackupSettings& settings,
                                         const std::optional<QDateTime>& lastGoodUtc,
                                         const QDateTime& nowUtc);

    // What the status bar and the start-up message say, or nothing when all is well: no folder
    // chosen, no good backup yet, or the last good one older than StaleHours.
    [[nodiscard]] static std::optional<QString> warning(const BackupSettings& settings,
                                                        const std::optional<QDateTime>& lastGoodUtc,
                                                        const QDateTime& nowUtc);
};

} // namespace needlechart
