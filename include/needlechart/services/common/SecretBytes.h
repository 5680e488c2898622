#pragma once

#include <QByteArray>
#include <QString>

#include <cstddef>

namespace needlechart {

// A password, passphrase or key in memory, wiped (sodium_memzero) when it goes out of scope.
// Movable, not copyable, so a secret exists in one place at a time.
class SecretBytes {
public:
    SecretBytes() = default;
    // `size` zero bytes, to be filled by a key derivation or the random generator.
    explicit SecretBytes(std::size_t size);
    // The text as UTF-8.
    explicit SecretBytes(const QString& text);
    ~SecretBytes();
    SecretBytes(SecretBytes&& other) noexcept;
    SecretBytes& operator=(SecretBytes&& other) noexcept;
    SecretBytes(const SecretBytes&) = delete;
    SecretBytes& operator=(const SecretBytes&) = delete;

    [[nodiscard]] const char* data() const { return m_bytes.constData(); }
    [[nodiscard]] unsigned char* bytes()
    {
        return reinterpret_cast<unsigned char*>(m_bytes.data());
    }
    [[nodiscard]] const unsigned char* bytes() const
    {
        return reinterpret_cast<const unsigned char*>(m_bytes.constData());
    }
    [[nodiscard]] std::size_t size() const { return std::size_t(m_bytes.size()); }
    [[nodiscard]] bool isEmpty() const { return m_bytes.isEmpty(); }

    // libsodium, initialised once for the process (thread-safe); every user of it calls this.
    static void initialiseSodium();

private:
    void wipe();

    QByteArray m_bytes;
};

} // namespace needlechart
