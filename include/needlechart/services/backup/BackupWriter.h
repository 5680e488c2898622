#pragma once

#include "needlechart/domain/backup/BackupFileName.h"
#include "needlechart/domain/backup/BackupManifest.h"
#include "needlechart/domain/common/Result.h"
#include "needlechart/services/backup/BackupKey.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <functional>
#include <optional>

namespace needlechart {

class Database;

// Takes one backup of an open clinic database (not inside a transaction), and trusts it only once
// it has been read back:
//
//   1. a consistent copy while others go on writing (DatabaseSnapshot), in a private (0700)
//      folder beside the clinic file, or pg_dump's archive of the clinic server;
//   2. the copy checked (ContentCheck: every page, links, audit chain, signed-note hashes) and
//      counted; a dump read through by pg_restore;
//   3. written encrypted as NAME.ncbackup.partial in the backup folder, flushed to the disk;
//   4. read back and decrypted whole, compared with the copy (SHA-256);
//   5. only then renamed to its backup name.
//
// A failure at any step (a full disk, a lost server, a damaged database) leaves nothing under a
// backup's name and the plain copy removed; the error says what happened.
class BackupWriter {
    Q_DECLARE_TR_FUNCTIONS(BackupWriter)

public:
    // Told each step as it starts (a terminal shows it); may be empty.
    using Progress = std::function<void(const QString& step)>;
    struct Request {
        QString folder;                       // created (0700) if missing
        QDateTime nowUtc;                     // names the backup
        std::optional<BackupKey::Public> key; // the clinic's; nothing: not encrypted
        BackupFileName::Kind kind = BackupFileName::Kind::Scheduled;
        QString workstation;
        QString appVersion;
        Progress progress;
    };
    struct Written {
        QString path;
        BackupManifest manifest;
        qint64 bytes = 0; // the backup file's size
    };

    [[nodiscard]] static Result<Written> backup(Database& db, const Request& request);
};

} // namespace needlechart
