#include "needlechart/services/common/SecretBytes.h"

#include <sodium.h>

#include <mutex>
#include <stdexcept>
#include <utility>

namespace needlechart {

void SecretBytes::initialiseSodium()
{
    static std::once_flag once;
    std::call_once(once, [] {
        if (sodium_init() < 0)
            throw std::runtime_error("libsodium could not be initialised");
    });
}

SecretBytes::SecretBytes(std::size_t size) : m_bytes(qsizetype(size), '\0') {}

SecretBytes::SecretBytes(const QString& text) : m_bytes(text.toUtf8()) {}

SecretBytes::~SecretBytes()
{
    wipe();
}

SecretBytes::SecretBytes(SecretBytes&& other) noexcept : m_bytes(std::exchange(other.m_bytes, {}))
{}

SecretBytes& SecretBytes::operator=(SecretBytes&& other) noexcept
{
    if (this != &other) {
        wipe();
        m_bytes = std::exchange(other.m_bytes, {});
    }
    return *this;
}

void SecretBytes::wipe()
{
    if (!m_bytes.isEmpty())
        sodium_memzero(m_bytes.data(), std::size_t(m_bytes.size()));
    m_bytes.clear();
}

} // namespace needlechart
