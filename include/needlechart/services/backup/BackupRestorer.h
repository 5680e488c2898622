#pragma once

#include "needlechart/domain/backup/BackupManifest.h"
#include "needlechart/domain/common/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace needlechart {

// Opens a backup with the clinic's passphrase and checks or restores its content. Nothing is
// overwritten: a restore writes a new file, checks it like a new backup (every page, links,
// audit chain, signed-note hashes) and against the backup's own manifest, and only then gives it
// its name. A changed byte, a cut tail or a wrong passphrase are refused with nothing written.
class BackupRestorer {
    Q_DECLARE_TR_FUNCTIONS(BackupRestorer)

public:
    // Decrypts `backup` into a private temporary folder and checks its content; the manifest if
    // it is sound. `passphrase` is ignored for a backup that was not encrypted.
    [[nodiscard]] static Result<BackupManifest> verify(const QString& backup,
                                                       const QString& passphrase);

    // The checks a backup's content gets, on a clinic file that no one has open: every page,
    // links between records, the audit chain, the signed notes' hashes. Its counts (in a
    // manifest's fields) if it is sound; Corrupt if not.
    [[nodiscard]] static Result<BackupManifest> verifyDatabaseFile(const QString& path);
    // The same checks, where a server can make them, on the clinic's database at `address`
    // (`password` if libpq's own sources have none) while others work: no record points at a
    // missing one, the audit chain and the signed notes' hashes hold; then its counts, read in
    // one snapshot. Pages are the server's to check (data checksums, amcheck).
    [[nodiscard]] static Result<BackupManifest> verifyServer(const QString& address,
                                                             const QString& password);

    // Restores an SQLite backup as the new clinic file `target`, which must not exist
    // (Conflict). Returns the backup's manifest. A PostgreSQL backup is refused here.
    [[nodiscard]] static Result<BackupManifest>
    restoreToNewFile(const QString& backup, const QString& passphrase, const QString& target);

    // Puts a restored file in the place of the clinic's database, which no one may have open:
    // the database is renamed to "NAME-replaced-YYYYMMDD-HHMMSSZ" beside it (kept, never
    // deleted), then `restored` takes its name. Returns where the replaced database went.
    // Conflict if the database still has a write-ahead log (it is open somewhere).
    [[nodiscard]] static Result<QString>
    putInPlace(const QString& restored, const QString& databasePath, const QDateTime& nowUtc);

    // Restores a clinic server's backup into the empty PostgreSQL database at `address` (a
    // libpq URI or keyword string; `password` if libpq's own sources have none), then checks
    // it against the manifest. Conflict if the database is not empty; a file's backup is
    // refused here (restore it to a file, then `needlechart admin copy` it onto the server).
    [[nodiscard]] static Result<BackupManifest> restoreToServer(const QString& backup,
                                                                const QString& passphrase,
                                                                const QString& address,
                                                                const QString& password);
};

} // namespace needlechart
