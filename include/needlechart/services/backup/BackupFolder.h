#pragma once

#include "needlechart/domain/backup/BackupFileName.h"
#include "needlechart/domain/backup/BackupManifest.h"
#include "needlechart/domain/backup/BackupRetention.h"
#include "needlechart/domain/common/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>
#include <vector>

namespace needlechart {

// The backups in a folder, as a list of them shows (without the passphrase: from each file's
// header), and the schedule's pruning.
class BackupFolder {
    Q_DECLARE_TR_FUNCTIONS(BackupFolder)

public:
    struct Entry {
        QString path;
        BackupFileName name;
        qint64 bytes = 0;
        std::optional<BackupManifest> manifest; // nothing if the header cannot be read
        bool encrypted = false;
        QString problem; // why the header cannot be read; empty if it can
    };

    // Every finished backup in `folder`, newest first; .partial files and other files are not
    // listed. Io if the folder cannot be read.
    [[nodiscard]] static Result<std::vector<Entry>> list(const QString& folder);

    // Removes the scheduled backups in `folder` that `retention` does not keep (never a
    // before-restore copy, never a file whose header cannot be read), and partial files left by
    // a backup that was cut off more than a day before `nowUtc`. Returns the removed paths.
    [[nodiscard]] static Result<std::vector<QString>>
    prune(const QString& folder, const BackupRetention& retention, const QDateTime& nowUtc);
};

} // namespace needlechart
