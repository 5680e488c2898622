#include "needlechart/services/backup/BackupRestorer.h"

#include "needlechart/domain/bodymap/MuscleCatalogue.h"
#include "needlechart/domain/common/SystemClock.h"
#include "needlechart/services/backup/BackupFile.h"
#include "needlechart/services/backup/BackupKey.h"
#include "needlechart/services/common/ClinicServices.h"
#include "needlechart/storage/backup/DatabaseSnapshot.h"
#include "needlechart/storage/database/Database.h"

#include "ContentCheck.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <spdlog/spdlog.h>

namespace needlechart {
namespace {

struct Opened {
    BackupFile::Header header;
    SecretBytes streamKey;
};

Result<Opened> openBackup(const QString& backup, const QString& passphrase)
{
    auto header = BackupFile::readHeader(backup);
    if (!header)
        return header.error();
    SecretBytes secretKey;
    if (header->encrypted()) {
        if (passphrase.isEmpty())
            return Error{ErrorCode::WrongPassphrase,
                         BackupRestorer::tr("The backup is encrypted: give the clinic's backup "
                                            "passphrase."),
                         {},
                         {}};
        auto unlocked = BackupKey::unlock(passphrase, *header->key);
        if (!unlocked)
            return unlocked.error();
        secretKey = std::move(*unlocked);
    }
    auto streamKey = BackupFile::streamKey(*header, secretKey);
    if (!streamKey)
        return streamKey.error();
    return Opened{std::move(*header), std::move(*streamKey)};
}

// Decrypts the content of `backup` to `target` (created, 0600) and checks it; the counts it
// holds, which the caller compares with the manifest.
Status extractTo(const QString& backup, const Opened& opened, const QString& target)
{
    QFile out(target);
    if (!out.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return Error{ErrorCode::Io,
                     BackupRestorer::tr("Could not write %1: %2").arg(target, out.errorString()),
                     {},
                     {}};
    out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    Status extracted = BackupFile::extract(backup, opened.streamKey, out);
    if (extracted.ok() && (!out.flush() || out.error() != QFileDevice::NoError))
        extracted = Error{ErrorCode::Io,
                          BackupRestorer::tr("Could not write %1 (is the disk full?).").arg(target),
                          out.errorString(),
                          {}};
    out.close();
    return extracted;
}

Status checkContent(const QString& backup, const BackupManifest& manifest, const QString& file)
{
    if (manifest.payload == BackupManifest::Payload::PgDump)
        return ContentCheck::checkServerDump(file);
    auto counts = ContentCheck::checkFile(file);
    if (!counts)
        return counts.error();
    return ContentCheck::matchesManifest(*counts, manifest, backup);
}

void removeDatabaseFiles(const QString& path)
{
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
}

} // namespace

Result<BackupManifest> BackupRestorer::verify(const QString& backup, const QString& passphrase)
{
    auto opened = openBackup(backup, passphrase);
    if (!opened)
        return opened.error();
    QTemporaryDir scratch; // 0700; the plain content never leaves it and goes with it
    if (!scratch.isValid())
        return Error{ErrorCode::Io, tr("No room to check the backup."), scratch.errorString(), {}};
    const QString content = scratch.filePath(QStringLiteral("content"));
    if (Status extracted = extractTo(backup, *opened, content); !extracted.ok())
        return extracted.error();
    if (Status checked = checkContent(backup, opened->header.manifest, content); !checked.ok())
        return checked.error();
    spdlog::info("backup: verified");
    return opened->header.manifest;
}

Result<BackupManifest> BackupRestorer::verifyDatabaseFile(const QString& path)
{
    if (!QFileInfo::exists(path))
        return Error{ErrorCode::Io, tr("There is no database %1.").arg(path), {}, {}};
    auto counts = ContentCheck::checkFile(path);
    if (!counts)
        return counts.error();
    BackupManifest description;
    ContentCheck::describe(description, *counts);
    return description;
}

Result<BackupManifest> BackupRestorer::verifyServer(const QString& address, const QString& password)
{
    auto server = ServerAddress::parse(address);
    if (!server)
        return server.error();
    if (!password.isEmpty())
        server->setPassword(password);
    DatabaseOptions options;
    options.migrate = false; // a check changes nothing
    auto db = Database::openServer(*server, options);
    if (!db)
        return db.error();
    auto orphans = DatabaseSnapshot::foreignKeyViolations(**db);
    if (!orphans)
        return orphans.error();
    if (*orphans != 0)
        return Error{
            ErrorCode::Corrupt,
            tr("%n record(s) point at records that are not there.", nullptr, int(*orphans)),
            {},
            {}};
    if (Status audit = ContentCheck::checkAudit(**db); !audit.ok())
        return audit.error();
    auto counts = DatabaseSnapshot::counts(**db);
    if (!counts)
        return counts.error();
    BackupManifest description;
    ContentCheck::describe(description, *counts);
    spdlog::info("backup: server checked ({} patients, {} notes)", description.patients,
                 description.notes);
    return description;
}

Result<BackupManifest> BackupRestorer::restoreToNewFile(const QString& backup,
                                                        const QString& passphrase,
                                                        const QString& target)
{
    if (QFileInfo::exists(target) || QFileInfo::exists(target + QStringLiteral("-wal")))
        return Error{ErrorCode::Conflict,
                     tr("%1 already exists: a restore never overwrites a database. Choose a new "
                        "file name.")
                         .arg(target),
                     {},
                     {}};
    auto opened = openBackup(backup, passphrase);
    if (!opened)
        return opened.error();
    const BackupManifest& manifest = opened->header.manifest;
    if (manifest.payload != BackupManifest::Payload::SqliteFile)
        return Error{ErrorCode::Validation,
                     tr("This backup is of a clinic server: restore it into an empty PostgreSQL "
                        "database, not into a file."),
                     {},
                     {}};
    // Built under another name and renamed only once it passed every check.
    const QString building = target + QStringLiteral(".restoring");
    removeDatabaseFiles(building); // what a restore cut off before left
    Status done = extractTo(backup, *opened, building);
    if (done.ok())
        done = checkContent(backup, manifest, building);
    if (done.ok() && !QFile::rename(building, target))
        done = Error{
            ErrorCode::Io, tr("Could not name the restored database %1.").arg(target), {}, {}};
    removeDatabaseFiles(building);
    if (!done.ok()) {
        spdlog::error("backup: restore failed ({})", errorCodeName(done.error().code));
        return done.error();
    }
    spdlog::info("backup: restored ({} patients, {} notes)", manifest.patients, manifest.notes);
    return manifest;
}

Result<QString> BackupRestorer::putInPlace(const QString& restored, const QString& databasePath,
                                           const QDateTime& nowUtc)
{
    if (!QFileInfo::exists(restored))
        return Error{
            ErrorCode::Io, tr("The restored database %1 is not there.").arg(restored), {}, {}};
    if (QFileInfo(databasePath + QStringLiteral("-wal")).size() > 0)
        return Error{ErrorCode::Conflict,
                     tr("The clinic's database is still open on this computer: close NeedleChart "
                        "everywhere, then try again."),
                     {},
                     {}};
    const QFileInfo current(databasePath);
    const QString replaced =
        current.dir().filePath(current.completeBaseName() + QStringLiteral("-replaced-")
                               + nowUtc.toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss"))
                               + QStringLiteral("Z.") + current.suffix());
    if (current.exists() && !QFile::rename(databasePath, replaced))
        return Error{ErrorCode::Io,
                     tr("The clinic's database could not be moved aside to %1.").arg(replaced),
                     {},
                     {}};
    QFile::remove(databasePath + QStringLiteral("-wal"));
    QFile::remove(databasePath + QStringLiteral("-shm"));
    if (!QFile::rename(restored, databasePath)) {
        QFile::rename(replaced, databasePath); // as it was
        return Error{ErrorCode::Io,
                     tr("The restored database could not be put in place of %1.").arg(databasePath),
                     {},
                     {}};
    }
    spdlog::info("backup: restored database put in place; the replaced one kept");
    return replaced;
}

Result<BackupManifest> BackupRestorer::restoreToServer(const QString& backup,
                                                       const QString& passphrase,
                                                       const QString& address,
                                                       const QString& password)
{
    auto target = ServerAddress::parse(address);
    if (!target)
        return target.error();
    if (!password.isEmpty())
        target->setPassword(password);
    auto opened = openBackup(backup, passphrase);
    if (!opened)
        return opened.error();
    const BackupManifest& manifest = opened->header.manifest;
    if (manifest.payload != BackupManifest::Payload::PgDump)
        return Error{ErrorCode::Validation,
                     tr("This backup is of a clinic file: restore it to a file, then move it onto "
                        "the server with \"needlechart admin copy\"."),
                     {},
                     {}};
    QTemporaryDir scratch; // 0700; the plain dump never leaves it
    if (!scratch.isValid())
        return Error{
            ErrorCode::Io, tr("No room to restore the backup."), scratch.errorString(), {}};
    const QString dump = scratch.filePath(QStringLiteral("content"));
    if (Status extracted = extractTo(backup, *opened, dump); !extracted.ok())
        return extracted.error();
    if (Status readable = ContentCheck::checkServerDump(dump); !readable.ok())
        return readable.error();
    auto schema = DatabaseSnapshot::restoreServerDump(*target, dump);
    if (!schema)
        return schema.error();

    // What arrived, read back through the restored schema.
    DatabaseOptions options;
    options.migrate = false;
    auto db = Database::openServer(
        target->withOption(QStringLiteral("options"), QStringLiteral("-c search_path=") + *schema),
        options);
    if (!db)
        return db.error();
    auto counts = DatabaseSnapshot::counts(**db);
    if (!counts)
        return counts.error();
    if (Status matches = ContentCheck::matchesManifest(*counts, manifest, backup); !matches.ok())
        return matches.error();
    if (Status audit = ContentCheck::checkAudit(**db); !audit.ok())
        return audit.error();
    spdlog::info("backup: restored onto a server ({} patients, {} notes)", manifest.patients,
                 manifest.notes);
    return manifest;
}

} // namespace needlechart
