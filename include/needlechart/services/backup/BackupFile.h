#pragma once

#include "needlechart/domain/backup/BackupManifest.h"
#include "needlechart/domain/common/Result.h"
#include "needlechart/services/backup/BackupKey.h"
#include "needlechart/services/common/SecretBytes.h"

#include <QCoreApplication>

#include <optional>

class QIODevice;

namespace needlechart {

// A backup on disk: a header in the clear (what it is, its manifest, how its key is kept), then
// the content in chunks of libsodium's secretstream (XChaCha20-Poly1305), the last one marked
// final. Each backup has a random stream key; an encrypted backup keeps it sealed to the clinic's
// public key (crypto_box_seal), so only the passphrase opens it. A backup made before the clinic
// set a passphrase keeps its stream key in the clear: not secret, but framed and authenticated
// the same way, so a changed byte, a cut tail or a changed manifest is caught all the same.
//
//   "NCBACKUP" | u16 layout 1 | u32 n | manifest JSON (n bytes) | u8 sealed (1) or clear (0)
//   sealed: salt (16) | u64 operations | u64 memory | public key (32) | sealed stream key (80)
//   clear:  stream key (32)
//   secretstream header (24) | { u32 n | chunk (n bytes) }... the last tagged final
//
// The first chunk carries the whole header as additional data. Integers are little-endian.
class BackupFile {
    Q_DECLARE_TR_FUNCTIONS(BackupFile)

public:
    static constexpr qint64 ChunkBytes = 1 << 20;

    struct Header {
        BackupManifest manifest;
        std::optional<BackupKey::Public> key; // nothing: the stream key is in the clear
        QByteArray keyMaterial;               // the sealed stream key, or the clear one
        QByteArray streamHeader;
        QByteArray bytes; // the header as on disk, up to the first chunk
        [[nodiscard]] bool encrypted() const { return key.has_value(); }
    };

    // Writes what `payload` holds from its position to its end as the backup `path`, described
    // by `manifest` (its payloadBytes set from `payload`), encrypted for `key` if given. Flushed
    // to the disk before it returns. Returns the stream key so the writer can read the file
    // back before it is trusted. On failure (a full disk) nothing is left at `path`.
    [[nodiscard]] static Result<SecretBytes> write(QIODevice& payload, const QString& path,
                                                   BackupManifest manifest,
                                                   const std::optional<BackupKey::Public>& key);

    // The header alone: what a list of backups shows, without the passphrase.
    [[nodiscard]] static Result<Header> readHeader(const QString& path);
    // The stream key of `header`: its clear key, or its sealed one opened with the clinic's
    // `secretKey` (BackupKey::unlock). BackupDamaged if the seal does not open.
    [[nodiscard]] static Result<SecretBytes> streamKey(const Header& header,
                                                       const SecretBytes& secretKey);
    // Decrypts the content of `path` into `out`: BackupDamaged if any byte of the file was
    // changed, the file was cut short or has more after its end, or the content is not as long
    // as the manifest says. `out` may hold part of it then.
    [[nodiscard]] static Status extract(const QString& path, const SecretBytes& streamKey,
                                        QIODevice& out);
};

} // namespace needlechart
