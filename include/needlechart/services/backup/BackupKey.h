#pragma once

#include "needlechart/domain/common/Result.h"
#include "needlechart/services/common/SecretBytes.h"

#include <QByteArray>
#include <QCoreApplication>

#include <cstddef>

namespace needlechart {

// The clinic's backup key pair, derived from its passphrase: Argon2id (crypto_pwhash) stretches
// the passphrase with a random salt into the seed of an X25519 key pair (crypto_box). Only the
// public half and the salt are kept (in the clinic's settings and in every backup), so the app
// encrypts backups unattended without ever holding the passphrase, and only someone who knows the
// passphrase can open one.
class BackupKey {
    Q_DECLARE_TR_FUNCTIONS(BackupKey)

public:
    static constexpr int MinimumPassphraseLength = 12;

    // How much work one derivation is: libsodium's operations and memory limits.
    struct Limits {
        unsigned long long operations = 0;
        std::size_t memoryBytes = 0;
        // libsodium's MODERATE limits (3 passes over 256 MiB, about a second): set once, typed
        // again only to restore; each guess costs an attacker holding a stolen backup as much.
        [[nodiscard]] static Limits moderate();
        // The least libsodium allows: tests only.
        [[nodiscard]] static Limits minimumForTests();
    };

    // What is kept of a key pair: enough to encrypt for it, and to derive it again.
    struct Public {
        QByteArray salt;      // crypto_pwhash_SALTBYTES
        Limits limits;        // the derivation's
        QByteArray publicKey; // crypto_box_PUBLICKEYBYTES
        [[nodiscard]] bool valid() const;
        friend bool operator==(const Public& a, const Public& b)
        {
            return a.salt == b.salt && a.limits.operations == b.limits.operations
                   && a.limits.memoryBytes == b.limits.memoryBytes && a.publicKey == b.publicKey;
        }
    };

    // A new key pair for `passphrase` (a new salt each time): Validation if the passphrase is
    // shorter than MinimumPassphraseLength.
    [[nodiscard]] static Result<Public> create(const QString& passphrase, Limits limits);
    // The secret key of `key`, if `passphrase` is the one it was made from; WrongPassphrase if
    // not.
    [[nodiscard]] static Result<SecretBytes> unlock(const QString& passphrase, const Public& key);
};

} // namespace needlechart
