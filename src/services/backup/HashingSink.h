#pragma once

#include <QCryptographicHash>
#include <QIODevice>

namespace needlechart {

// Private to services/backup: a write-only device that keeps nothing but the SHA-256 of what was
// written to it, so a backup is read back whole without a second copy on the disk.
class HashingSink final : public QIODevice {
public:
    [[nodiscard]] QByteArray result() const { return m_hash.result(); }

protected:
    qint64 readData(char*, qint64) override { return -1; }
    qint64 writeData(const char* data, qint64 length) override
    {
        m_hash.addData(QByteArrayView(data, length));
        return length;
    }

private:
    QCryptographicHash m_hash{QCryptographicHash::Sha256};
};

} // namespace needlechart
