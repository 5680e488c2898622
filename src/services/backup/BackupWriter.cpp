#include "needlechart/services/backup/BackupWriter.h"

#include "needlechart/services/backup/BackupFile.h"
#include "needlechart/storage/backup/DatabaseSnapshot.h"
#include "needlechart/storage/database/Database.h"
#include "needlechart/storage/database/PrivateFolders.h"

#include "ContentCheck.h"
#include "HashingSink.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <spdlog/spdlog.h>

namespace needlechart {
namespace {

Error ioError(const QString& message, const QString& detail = {})
{
    return Error{ErrorCode::Io, message, detail, {}};
}

// Where the plain copy is made: beside the clinic file (the same disk and the same protection
// as the records themselves), or the system's temporary folder for a server's dump.
QString scratchTemplate(const Database& db)
{
    const QString base =
        db.backend() == Backend::Sqlite ? QFileInfo(db.path()).absolutePath() : QDir::tempPath();
    return base + QStringLiteral("/.needlechart-backup-XXXXXX");
}

} // namespace

Result<BackupWriter::Written> BackupWriter::backup(Database& db, const Request& request)
{
    const auto step = [&request](const QString& text) {
        if (request.progress)
            request.progress(text);
    };
    QString failedAt;
    if (!PrivateFolders::create(request.folder, &failedAt))
        return ioError(tr("The backup folder %1 cannot be created or written to. Choose another "
                          "folder, or check that the disk is connected.")
                           .arg(failedAt.isEmpty() ? request.folder : failedAt));

    QTemporaryDir scratch(scratchTemplate(db)); // 0700, removed with what is in it
    if (!scratch.isValid())
        return ioError(tr("No room for the backup's working copy beside the database."),
                       scratch.errorString());

    BackupManifest manifest;
    manifest.createdUtc = request.nowUtc;
    manifest.appVersion = request.appVersion;
    manifest.workstation = request.workstation;
    const QString copy = scratch.filePath(QStringLiteral("content"));
    step(tr("Copying the records"));
    if (db.backend() == Backend::Sqlite) {
        manifest.payload = BackupManifest::Payload::SqliteFile;
        if (Status copied = DatabaseSnapshot::writeSqliteCopy(db, copy); !copied.ok())
            return copied.error();
        step(tr("Checking the copy"));
        auto counts = ContentCheck::checkFile(copy);
        if (!counts)
            return counts.error();
        ContentCheck::describe(manifest, *counts);
    } else {
        manifest.payload = BackupManifest::Payload::PgDump;
        auto counts = DatabaseSnapshot::writeServerDump(db, copy);
        if (!counts)
            return counts.error();
        step(tr("Checking the copy"));
        if (Status readable = ContentCheck::checkServerDump(copy); !readable.ok())
            return readable.error();
        ContentCheck::describe(manifest, *counts);
    }

    QFile content(copy);
    if (!content.open(QIODevice::ReadOnly))
        return ioError(tr("The backup's working copy cannot be read."), content.errorString());
    QCryptographicHash contentHash(QCryptographicHash::Sha256);
    contentHash.addData(&content);
    content.seek(0);

    const BackupFileName name{request.nowUtc, request.kind};
    const QString finalPath = QDir(request.folder).filePath(name.fileName());
    const QString partialPath = QDir(request.folder).filePath(name.partialFileName());
    if (QFileInfo::exists(finalPath))
        return Error{ErrorCode::Conflict,
                     tr("A backup of this second is already in the folder: %1.").arg(finalPath),
                     {},
                     {}};
    step(request.key ? tr("Encrypting and writing the backup") : tr("Writing the backup"));
    auto streamKey = BackupFile::write(content, partialPath, manifest, request.key);
    if (!streamKey)
        return streamKey.error();

    // Trusted only once read back: every chunk decrypts and the whole is the copy, byte for byte.
    step(tr("Reading the backup back"));
    HashingSink readBack;
    readBack.open(QIODevice::WriteOnly);
    const Status extracted = BackupFile::extract(partialPath, *streamKey, readBack);
    if (!extracted.ok() || readBack.result() != contentHash.result()) {
        QFile::remove(partialPath);
        spdlog::error("backup: read-back of the new backup failed");
        return Error{ErrorCode::Io,
                     tr("The backup was written but does not read back the same: the disk or "
                        "the network share may be failing. Nothing was kept; try another "
                        "folder."),
                     extracted.ok() ? QString() : extracted.error().detail,
                     {}};
    }
    auto header = BackupFile::readHeader(partialPath);
    if (!header) {
        QFile::remove(partialPath);
        return header.error();
    }
    if (!QFile::rename(partialPath, finalPath)) {
        QFile::remove(partialPath);
        return ioError(tr("The backup could not be given its name in %1.").arg(request.folder));
    }
    const qint64 bytes = QFileInfo(finalPath).size();
    spdlog::info("backup: written ({} bytes, {} patients, {} notes)", bytes, manifest.patients,
                 manifest.notes);
    return Written{finalPath, header->manifest, bytes};
}

} // namespace needlechart
