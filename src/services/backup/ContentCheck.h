#pragma once

#include "needlechart/domain/backup/BackupManifest.h"
#include "needlechart/domain/common/Result.h"
#include "needlechart/storage/backup/DatabaseSnapshot.h"

#include <QCoreApplication>
#include <QString>

namespace needlechart {

class Database;

// Private to services/backup: what makes a backup's content trustworthy, checked on a clinic file
// that no one else has open (a fresh copy, a decrypted backup, a restored file): every page is
// readable (quick_check), no record points at one that is missing, the audit chain and its head
// hold, every signed note and amendment still hashes as the trail recorded; then its counts.
class ContentCheck {
    Q_DECLARE_TR_FUNCTIONS(ContentCheck)

public:
    [[nodiscard]] static Result<DatabaseSnapshot::Counts> checkFile(const QString& path);

    // The audit chain and its head, and every signed note and amendment against the hash the
    // trail recorded: Corrupt, naming the first bad row, if they do not hold.
    [[nodiscard]] static Status checkAudit(Database& db);

    // A pg_dump archive that pg_restore can read through (its table of contents).
    [[nodiscard]] static Status checkServerDump(const QString& path);

    // BackupDamaged unless `counts` are what `manifest` says the content held.
    [[nodiscard]] static Status matchesManifest(const DatabaseSnapshot::Counts& counts,
                                                const BackupManifest& manifest,
                                                const QString& backupPath);

    // The manifest's figures from `counts`.
    static void describe(BackupManifest& manifest, const DatabaseSnapshot::Counts& counts);
};

} // namespace needlechart
