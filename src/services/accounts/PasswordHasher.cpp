#include "needlechart/services/accounts/PasswordHasher.h"

#include "needlechart/services/common/SecretBytes.h"

#include <QByteArray>

#include <sodium.h>

#include <array>
#include <cstdint>

namespace needlechart {

PasswordHasher::Limits PasswordHasher::Limits::interactive()
{
    return {crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE};
}

PasswordHasher::Limits PasswordHasher::Limits::minimumForTests()
{
    return {crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN};
}

PasswordHasher::PasswordHasher(Limits limits) : m_limits(limits)
{
    SecretBytes::initialiseSodium();
    std::array<unsigned char, 32> random{};
    randombytes_buf(random.data(), random.size());
    m_decoy = hash(QString::fromLatin1(
        QByteArray(reinterpret_cast<const char*>(random.data()), int(random.size())).toHex()));
}

QString PasswordHasher::hash(const QString& password) const
{
    const SecretBytes secret(password);
    std::array<char, crypto_pwhash_STRBYTES> out{};
    if (crypto_pwhash_str(out.data(), secret.data(), secret.size(), m_limits.operations,
                          m_limits.memoryBytes)
        != 0)
        return {};
    return QString::fromLatin1(out.data());
}

bool PasswordHasher::verify(const QString& storedHash, const QString& password) const
{
    const SecretBytes secret(password);
    const QByteArray stored = storedHash.toLatin1();
    return crypto_pwhash_str_verify(stored.constData(), secret.data(), secret.size()) == 0;
}

bool PasswordHasher::needsRehash(const QString& storedHash) const
{
    const QByteArray stored = storedHash.toLatin1();
    return crypto_pwhash_str_needs_rehash(stored.constData(), m_limits.operations,
                                          m_limits.memoryBytes)
           != 0;
}

QString PasswordHasher::temporaryPassword()
{
    // No 0/o, 1/l/i: read aloud or copied by hand without doubt.
    static constexpr char Alphabet[] = "abcdefghjkmnpqrstuvwxyz23456789";
    constexpr std::uint32_t Size = sizeof(Alphabet) - 1;
    SecretBytes::initialiseSodium();
    QString password;
    for (int i = 0; i < 12; ++i) {
        if (i > 0 && i % 4 == 0)
            password.append(QLatin1Char('-'));
        password.append(QLatin1Char(Alphabet[randombytes_uniform(Size)]));
    }
    return password;
}

} // namespace needlechart
