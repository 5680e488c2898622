#include "needlechart/services/backup/BackupFile.h"

#include <QDir>
#include <QFile>
#include <QtEndian>

#include <sodium.h>
#include <unistd.h>

namespace needlechart {
namespace {

constexpr char Magic[] = "NCBACKUP";
constexpr qsizetype MagicBytes = 8;
constexpr quint16 Layout = 1;
constexpr quint32 MaxManifestBytes = 1 << 20;
constexpr quint8 ClearKey = 0;
constexpr quint8 SealedKey = 1;
constexpr qsizetype SealedKeyBytes =
    crypto_secretstream_xchacha20poly1305_KEYBYTES + crypto_box_SEALBYTES;
constexpr qint64 MaxChunkCipherBytes =
    BackupFile::ChunkBytes + crypto_secretstream_xchacha20poly1305_ABYTES;

template <typename T>
void append(QByteArray& out, T value)
{
    const T le = qToLittleEndian(value);
    out.append(reinterpret_cast<const char*>(&le), qsizetype(sizeof le));
}

template <typename T>
T read(const QByteArray& bytes)
{
    return qFromLittleEndian<T>(bytes.constData());
}

Error damaged(const QString& path, const QString& what)
{
    return Error{ErrorCode::BackupDamaged,
                 BackupFile::tr("%1 cannot be used: %2").arg(QDir::toNativeSeparators(path), what),
                 what,
                 {}};
}

Error cutShort(const QString& path)
{
    return damaged(path, BackupFile::tr("it ends before its last part (cut short while it was "
                                        "written or copied)"));
}

Error writeFailed(const QString& path, const QString& why)
{
    return Error{ErrorCode::Io,
                 BackupFile::tr("The backup could not be written to %1: %2 Is the disk full or "
                                "unplugged?")
                     .arg(QDir::toNativeSeparators(path), why),
                 why,
                 {}};
}

// Reads exactly `n` bytes, or reports the file cut short.
Result<QByteArray> readExactly(QFile& file, qint64 n)
{
    QByteArray bytes = file.read(n);
    if (bytes.size() != n)
        return cutShort(file.fileName());
    return bytes;
}

Status openForReading(QFile& file)
{
    if (file.open(QIODevice::ReadOnly))
        return {};
    return Error{ErrorCode::Io,
                 BackupFile::tr("%1 cannot be read: %2")
                     .arg(QDir::toNativeSeparators(file.fileName()), file.errorString()),
                 file.errorString(),
                 {}};
}

// The header, read from the start of `file`; leaves `file` at the first chunk.
Result<BackupFile::Header> parseHeader(QFile& file)
{
    const QString path = file.fileName();
    BackupFile::Header header;
    const QByteArray magic = file.read(MagicBytes);
    if (magic != QByteArray(Magic, MagicBytes))
        return damaged(path, BackupFile::tr("it is not a NeedleChart backup"));
    header.bytes += magic;
    auto fixed = readExactly(file, 2 + 4);
    if (!fixed)
        return fixed.error();
    header.bytes += *fixed;
    if (read<quint16>(*fixed) != Layout)
        return Error{ErrorCode::NewerSchema,
                     BackupFile::tr("%1 was written by a newer version of NeedleChart.")
                         .arg(QDir::toNativeSeparators(path)),
                     {},
                     {}};
    const quint32 manifestBytes = read<quint32>(fixed->mid(2));
    if (manifestBytes > MaxManifestBytes)
        return damaged(path, BackupFile::tr("its header is damaged"));
    auto json = readExactly(file, manifestBytes);
    if (!json)
        return json.error();
    header.bytes += *json;
    const std::optional<BackupManifest> manifest = BackupManifest::fromJson(*json);
    if (!manifest)
        return damaged(path, BackupFile::tr("its description is damaged"));
    header.manifest = *manifest;
    auto mode = readExactly(file, 1);
    if (!mode)
        return mode.error();
    header.bytes += *mode;
    if (quint8(mode->at(0)) == SealedKey) {
        auto key = readExactly(file, crypto_pwhash_SALTBYTES + 8 + 8 + crypto_box_PUBLICKEYBYTES
                                         + SealedKeyBytes);
        if (!key)
            return key.error();
        header.bytes += *key;
        BackupKey::Public pub;
        pub.salt = key->left(crypto_pwhash_SALTBYTES);
        pub.limits.operations = read<quint64>(key->mid(crypto_pwhash_SALTBYTES));
        pub.limits.memoryBytes = std::size_t(read<quint64>(key->mid(crypto_pwhash_SALTBYTES + 8)));
        pub.publicKey = key->mid(crypto_pwhash_SALTBYTES + 16, crypto_box_PUBLICKEYBYTES);
        header.key = pub;
        header.keyMaterial = key->right(SealedKeyBytes);
    } else if (quint8(mode->at(0)) == ClearKey) {
        auto key = readExactly(file, crypto_secretstream_xchacha20poly1305_KEYBYTES);
        if (!key)
            return key.error();
        header.bytes += *key;
        header.keyMaterial = *key;
    } else {
        return damaged(path, BackupFile::tr("its header is damaged"));
    }
    auto streamHeader = readExactly(file, crypto_secretstream_xchacha20poly1305_HEADERBYTES);
    if (!streamHeader)
        return streamHeader.error();
    header.streamHeader = *streamHeader;
    header.bytes += *streamHeader;
    return header;
}

} // namespace

Result<SecretBytes> BackupFile::write(QIODevice& payload, const QString& path,
                                      BackupManifest manifest,
                                      const std::optional<BackupKey::Public>& key)
{
    Q_ASSERT(!payload.isSequential());
    SecretBytes::initialiseSodium();
    manifest.payloadBytes = payload.size() - payload.pos();

    SecretBytes streamKey(crypto_secretstream_xchacha20poly1305_KEYBYTES);
    crypto_secretstream_xchacha20poly1305_keygen(streamKey.bytes());

    QByteArray header(Magic, MagicBytes);
    append<quint16>(header, Layout);
    const QByteArray json = manifest.toJson();
    append<quint32>(header, quint32(json.size()));
    header += json;
    if (key) {
        append<quint8>(header, SealedKey);
        header += key->salt;
        append<quint64>(header, quint64(key->limits.operations));
        append<quint64>(header, quint64(key->limits.memoryBytes));
        header += key->publicKey;
        QByteArray sealed(SealedKeyBytes, '\0');
        if (crypto_box_seal(reinterpret_cast<unsigned char*>(sealed.data()), streamKey.bytes(),
                            streamKey.size(),
                            reinterpret_cast<const unsigned char*>(key->publicKey.constData()))
            != 0)
            return Error{
                ErrorCode::Validation, tr("The clinic's backup key is not usable."), {}, {}};
        header += sealed;
    } else {
        append<quint8>(header, ClearKey);
        header += QByteArray(streamKey.data(), qsizetype(streamKey.size()));
    }
    crypto_secretstream_xchacha20poly1305_state state;
    QByteArray streamHeader(crypto_secretstream_xchacha20poly1305_HEADERBYTES, '\0');
    crypto_secretstream_xchacha20poly1305_init_push(
        &state, reinterpret_cast<unsigned char*>(streamHeader.data()), streamKey.bytes());
    header += streamHeader;

    // Readable by its owner alone, like the clinic file (encrypted or not, it names patients).
    const QFileDevice::Permissions ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate, ownerOnly)
        || !out.setPermissions(ownerOnly))
        return writeFailed(path, out.errorString());
    const auto fail = [&out, &path](const QString& why) -> Error {
        out.close();
        QFile::remove(path);
        return writeFailed(path, why);
    };
    if (out.write(header) != header.size())
        return fail(out.errorString());

    QByteArray cipher;
    QByteArray current = payload.read(ChunkBytes);
    bool first = true;
    for (;;) {
        const QByteArray next = payload.atEnd() ? QByteArray() : payload.read(ChunkBytes);
        const bool final = next.isEmpty();
        cipher.resize(current.size() + crypto_secretstream_xchacha20poly1305_ABYTES);
        unsigned long long cipherBytes = 0;
        crypto_secretstream_xchacha20poly1305_push(
            &state, reinterpret_cast<unsigned char*>(cipher.data()), &cipherBytes,
            reinterpret_cast<const unsigned char*>(current.constData()),
            static_cast<unsigned long long>(current.size()),
            first ? reinterpret_cast<const unsigned char*>(header.constData()) : nullptr,
            first ? static_cast<unsigned long long>(header.size()) : 0,
            final ? crypto_secretstream_xchacha20poly1305_TAG_FINAL : 0);
        first = false;
        QByteArray frame;
        append<quint32>(frame, quint32(cipherBytes));
        if (out.write(frame) != frame.size()
            || out.write(cipher.constData(), qint64(cipherBytes)) != qint64(cipherBytes))
            return fail(out.errorString());
        if (final)
            break;
        current = next;
    }
    if (!out.flush() || ::fsync(out.handle()) != 0)
        return fail(out.errorString());
    out.close();
    if (out.error() != QFileDevice::NoError)
        return fail(out.errorString());
    return streamKey;
}

Result<BackupFile::Header> BackupFile::readHeader(const QString& path)
{
    QFile file(path);
    if (Status opened = openForReading(file); !opened)
        return opened.error();
    return parseHeader(file);
}

Result<SecretBytes> BackupFile::streamKey(const Header& header, const SecretBytes& secretKey)
{
    SecretBytes::initialiseSodium();
    SecretBytes key(crypto_secretstream_xchacha20poly1305_KEYBYTES);
    if (!header.encrypted()) {
        if (header.keyMaterial.size() != qsizetype(key.size()))
            return Error{ErrorCode::BackupDamaged, tr("The backup's key is damaged."), {}, {}};
        std::copy(header.keyMaterial.cbegin(), header.keyMaterial.cend(), key.bytes());
        return key;
    }
    if (secretKey.size() != crypto_box_SECRETKEYBYTES
        || crypto_box_seal_open(
               key.bytes(), reinterpret_cast<const unsigned char*>(header.keyMaterial.constData()),
               static_cast<unsigned long long>(header.keyMaterial.size()),
               reinterpret_cast<const unsigned char*>(header.key->publicKey.constData()),
               secretKey.bytes())
               != 0)
        return Error{ErrorCode::BackupDamaged,
                     tr("The backup's key does not open with the clinic's passphrase: the "
                        "backup was changed."),
                     {},
                     {}};
    return key;
}

Status BackupFile::extract(const QString& path, const SecretBytes& streamKey, QIODevice& out)
{
    SecretBytes::initialiseSodium();
    QFile file(path);
    if (Status opened = openForReading(file); !opened)
        return opened.error();
    auto header = parseHeader(file);
    if (!header)
        return header.error();
    crypto_secretstream_xchacha20poly1305_state state;
    if (streamKey.size() != crypto_secretstream_xchacha20poly1305_KEYBYTES
        || crypto_secretstream_xchacha20poly1305_init_pull(
               &state, reinterpret_cast<const unsigned char*>(header->streamHeader.constData()),
               streamKey.bytes())
               != 0)
        return damaged(path, tr("its header is damaged"));
    QByteArray plain;
    qint64 total = 0;
    bool first = true;
    for (;;) {
        auto frame = readExactly(file, 4);
        if (!frame)
            return frame.error();
        const qint64 cipherBytes = read<quint32>(*frame);
        if (cipherBytes < crypto_secretstream_xchacha20poly1305_ABYTES
            || cipherBytes > MaxChunkCipherBytes)
            return damaged(path, tr("a part of it was changed"));
        auto cipher = readExactly(file, cipherBytes);
        if (!cipher)
            return cipher.error();
        plain.resize(cipherBytes - crypto_secretstream_xchacha20poly1305_ABYTES);
        unsigned long long plainBytes = 0;
        unsigned char tag = 0;
        if (crypto_secretstream_xchacha20poly1305_pull(
                &state, reinterpret_cast<unsigned char*>(plain.data()), &plainBytes, &tag,
                reinterpret_cast<const unsigned char*>(cipher->constData()),
                static_cast<unsigned long long>(cipher->size()),
                first ? reinterpret_cast<const unsigned char*>(header->bytes.constData()) : nullptr,
                first ? static_cast<unsigned long long>(header->bytes.size()) : 0)
            != 0)
            return damaged(path, first ? tr("it or its description was changed")
                                       : tr("a part of it was changed"));
        first = false;
        if (out.write(plain.constData(), qint64(plainBytes)) != qint64(plainBytes))
            return Error{ErrorCode::Io,
                         tr("The restored copy could not be written: %1").arg(out.errorString()),
                         out.errorString(),
                         {}};
        total += qint64(plainBytes);
        if (tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL)
            break;
    }
    if (!file.atEnd())
        return damaged(path, tr("something was added after its end"));
    if (total != header->manifest.payloadBytes)
        return damaged(path, tr("its content is not as long as it says"));
    return {};
}

} // namespace needlechart
