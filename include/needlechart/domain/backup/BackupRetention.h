#pragma once

#include <QDateTime>

#include <vector>

namespace needlechart {

// Which backups a clinic keeps: the newest of each of the last `daily` days that have one, of
// each of the last `weekly` ISO weeks and of each of the last `monthly` calendar months (the
// clinic's local time), as restic's --keep-daily/--keep-weekly/--keep-monthly count them. A
// backup may stand for its day, its week and its month at once. Pure rules; the backup service
// prunes what `prunable` returns after each good backup.
struct BackupRetention {
    static constexpr int MaxCount = 400;

    int daily = 7;
    int weekly = 4;
    int monthly = 12;

    // Each count is 1 to MaxCount.
    [[nodiscard]] bool valid() const;

    // The times of the backups to keep, newest first, out of `createdUtc` (any order, no
    // duplicates expected; all good backups of the clinic).
    [[nodiscard]] std::vector<QDateTime> kept(std::vector<QDateTime> createdUtc) const;
    // Those of `createdUtc` that `kept` leaves out, oldest first.
    [[nodiscard]] std::vector<QDateTime> prunable(const std::vector<QDateTime>& createdUtc) const;

    friend bool operator==(const BackupRetention&, const BackupRetention&) = default;
};

} // namespace needlechart
