#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace needlechart {

// A backup's file name says when it was taken (UTC, to the second) and why:
// "needlechart-20261202-203015Z.ncbackup" for a scheduled or requested backup, and
// "needlechart-20261202-203015Z-before-restore.ncbackup" for the copy of the database a restore
// replaced, which the schedule never prunes. A file is written under its name + ".partial" and
// renamed only once verified, so nothing else in a backup folder parses as a backup.
struct BackupFileName {
    enum class Kind { Scheduled, BeforeRestore };

    QDateTime createdUtc;
    Kind kind = Kind::Scheduled;

    static constexpr const char* Suffix = ".ncbackup";
    static constexpr const char* PartialSuffix = ".partial";

    [[nodiscard]] QString fileName() const;
    [[nodiscard]] QString partialFileName() const
    {
        return fileName() + QLatin1String(PartialSuffix);
    }
    // Nothing for a name that is not a finished backup's (a partial one included).
    [[nodiscard]] static std::optional<BackupFileName> parse(const QString& fileName);

    friend bool operator==(const BackupFileName&, const BackupFileName&) = default;
};

} // namespace needlechart
