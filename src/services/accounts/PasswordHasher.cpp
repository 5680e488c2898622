#include "needlechart/services/accounts/PasswordHasher.h"

#include <QByteArray>

#include <sodium.h>

#include <array>
#include <cstdint>
#include <mutex>
#include <stdexcept>

namespace needlechart {
namespace {

void initialiseSodium()
{
    static std::once_flag once;
    std::call_once(once, [] {
        if (sodium_init() < 0)
            throw std::runtime_error("libsodium could not be initialised");
    });
}

// The password as UTF-8, wiped when it goes out of scope.
class SecretBytes {
public:
    explicit SecretBytes(const QString& text) : m_bytes(text.toUtf8()) {}
    ~SecretBytes() { sodium_memzero(m_bytes.data(), std::size_t(m_bytes.size())); }
    SecretBytes(const SecretBytes&) = delete;
    SecretBytes& operator=(const SecretBytes&) = delete;

    [[nodiscard]] const char* data() const { return m_bytes.constData(); }
    [[nodiscard]] unsigned long long size() const
    {
        return static_cast<unsigned long long>(m_bytes.size());
    }

private:
    QByteArray m_bytes;
};

} // namespace

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
    initialiseSodium();
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
    if (sodium_init() < 0)
        return {};
    QString password;
    for (int i = 0; i < 12; ++i) {
        if (i > 0 && i % 4 == 0)
            password.append(QLatin1Char('-'));
        password.append(QLatin1Char(Alphabet[randombytes_uniform(Size)]));
    }
    return password;
}

} // namespace needlechart
