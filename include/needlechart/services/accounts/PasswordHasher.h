#pragma once

#include <QString>

#include <cstddef>

namespace needlechart {

// Passwords as Argon2id hashes through libsodium (crypto_pwhash_str): a self-describing string
// with its own salt and limits, so a hash made under older limits still verifies and can be
// recognised for rehashing. The password's bytes are wiped from memory after use.
class PasswordHasher {
public:
    // How much work one hash is: libsodium's operations and memory limits.
    struct Limits {
        unsigned long long operations;
        std::size_t memoryBytes;

        // libsodium's INTERACTIVE limits (2 passes over 64 MiB): a fraction of a second, what a
        // person signing in waits for. What the app uses.
        [[nodiscard]] static Limits interactive();
        // The least libsodium allows: for tests that sign in many times. Never for real accounts.
        [[nodiscard]] static Limits minimumForTests();
    };

    explicit PasswordHasher(Limits limits = Limits::interactive());

    // The hash to store, or an empty string if hashing failed (out of memory).
    [[nodiscard]] QString hash(const QString& password) const;
    // True if `password` is the one `storedHash` was made from.
    [[nodiscard]] bool verify(const QString& storedHash, const QString& password) const;
    // True if `storedHash` was made under other limits than this hasher's (rehash at sign-in).
    [[nodiscard]] bool needsRehash(const QString& storedHash) const;
    // A new random password for an admin to hand over (a new account, a reset): twelve letters
    // and digits that cannot be mistaken for one another, in groups of four ("k7mq-x2ra-9tpe"),
    // about 59 bits from libsodium's generator. The person must change it at first sign-in.
    [[nodiscard]] static QString temporaryPassword();
    // A hash of no one's password, verified against when a login does not exist so that a
    // wrong login takes as long as a wrong password.
    [[nodiscard]] const QString& decoyHash() const { return m_decoy; }

private:
    Limits m_limits;
    QString m_decoy;
};

} // namespace needlechart
