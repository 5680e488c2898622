#include "needlechart/services/backup/BackupKey.h"

#include <sodium.h>

namespace needlechart {
namespace {

// The key pair's seed from the passphrase and salt; empty if libsodium could not (memory).
SecretBytes seedFor(const QString& passphrase, const QByteArray& salt,
                    const BackupKey::Limits& limits)
{
    const SecretBytes secret(passphrase);
    SecretBytes seed(crypto_box_SEEDBYTES);
    if (crypto_pwhash(seed.bytes(), seed.size(), secret.data(), secret.size(),
                      reinterpret_cast<const unsigned char*>(salt.constData()), limits.operations,
                      limits.memoryBytes, crypto_pwhash_ALG_ARGON2ID13)
        != 0)
        return SecretBytes();
    return seed;
}

Error outOfMemory()
{
    return Error{ErrorCode::Io,
                 BackupKey::tr("There is not enough free memory to work out the backup key."),
                 QStringLiteral("crypto_pwhash failed"),
                 {}};
}

} // namespace

BackupKey::Limits BackupKey::Limits::moderate()
{
    return {crypto_pwhash_OPSLIMIT_MODERATE, crypto_pwhash_MEMLIMIT_MODERATE};
}

BackupKey::Limits BackupKey::Limits::minimumForTests()
{
    return {crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN};
}

bool BackupKey::Public::valid() const
{
    return salt.size() == crypto_pwhash_SALTBYTES && publicKey.size() == crypto_box_PUBLICKEYBYTES
           && limits.operations >= crypto_pwhash_OPSLIMIT_MIN
           && limits.operations <= crypto_pwhash_OPSLIMIT_MAX
           && limits.memoryBytes >= crypto_pwhash_MEMLIMIT_MIN
           && limits.memoryBytes <= std::size_t(1) << 32; // 4 GiB: more is not ours
}

Result<BackupKey::Public> BackupKey::create(const QString& passphrase, Limits limits)
{
    SecretBytes::initialiseSodium();
    if (passphrase.size() < MinimumPassphraseLength) {
        const QString message =
            tr("The backup passphrase needs at least %1 characters.").arg(MinimumPassphraseLength);
        return Error{ErrorCode::Validation,
                     message,
                     {},
                     {FieldError{QStringLiteral("passphrase"), message}}};
    }
    Public key;
    key.limits = limits;
    key.salt = QByteArray(crypto_pwhash_SALTBYTES, '\0');
    randombytes_buf(key.salt.data(), std::size_t(key.salt.size()));
    const SecretBytes seed = seedFor(passphrase, key.salt, limits);
    if (seed.isEmpty())
        return outOfMemory();
    key.publicKey = QByteArray(crypto_box_PUBLICKEYBYTES, '\0');
    SecretBytes secretKey(crypto_box_SECRETKEYBYTES);
    crypto_box_seed_keypair(reinterpret_cast<unsigned char*>(key.publicKey.data()),
                            secretKey.bytes(), seed.bytes());
    return key;
}

Result<SecretBytes> BackupKey::unlock(const QString& passphrase, const Public& key)
{
    SecretBytes::initialiseSodium();
    if (!key.valid())
        return Error{ErrorCode::BackupDamaged,
                     tr("The backup's key information is damaged."),
                     QStringLiteral("key parameters out of range"),
                     {}};
    const SecretBytes seed = seedFor(passphrase, key.salt, key.limits);
    if (seed.isEmpty())
        return outOfMemory();
    QByteArray publicKey(crypto_box_PUBLICKEYBYTES, '\0');
    SecretBytes secretKey(crypto_box_SECRETKEYBYTES);
    crypto_box_seed_keypair(reinterpret_cast<unsigned char*>(publicKey.data()), secretKey.bytes(),
                            seed.bytes());
    if (sodium_memcmp(publicKey.constData(), key.publicKey.constData(),
                      std::size_t(publicKey.size()))
        != 0)
        return Error{ErrorCode::WrongPassphrase,
                     tr("That is not the passphrase these backups were made with."),
                     {},
                     {}};
    return secretKey;
}

} // namespace needlechart
