#include "needlechart/storage/database/WriteAheadLog.h"

#include <QFile>
#include <QtEndian>

namespace needlechart {
namespace {

constexpr int HeaderSize = 32;
constexpr int FrameHeaderSize = 24;
constexpr quint32 MagicLittleEndian = 0x377f0682;
constexpr quint32 MagicBigEndian = 0x377f0683;
constexpr quint32 FormatVersion = 3007000;

quint32 read32(const char* at)
{
    return qFromBigEndian<quint32>(at);
}

// SQLite's WAL checksum: pairs of 32-bit words in the byte order the magic names, folded into
// the running (s0, s1).
struct Checksum {
    bool bigEndian = false;
    quint32 s0 = 0;
    quint32 s1 = 0;

    void add(const char* data, qsizetype size)
    {
        for (qsizetype i = 0; i + 8 <= size; i += 8) {
            const quint32 x0 = bigEndian ? qFromBigEndian<quint32>(data + i)
                                         : qFromLittleEndian<quint32>(data + i);
            const quint32 x1 = bigEndian ? qFromBigEndian<quint32>(data + i + 4)
                                         : qFromLittleEndian<quint32>(data + i + 4);
            s0 += x0 + s1;
            s1 += x1 + s0;
        }
    }
    [[nodiscard]] bool matches(const char* at) const
    {
        return read32(at) == s0 && read32(at + 4) == s1;
    }
};

} // namespace

WriteAheadLog WriteAheadLog::read(const QString& path)
{
    WriteAheadLog log;
    QFile file(path);
    if (!file.exists())
        return log;
    log.m_exists = true;
    if (!file.open(QIODevice::ReadOnly))
        return log;
    const QByteArray bytes = file.readAll();
    if (bytes.size() < HeaderSize)
        return log;
    const char* data = bytes.constData();
    const quint32 magic = read32(data);
    if ((magic != MagicLittleEndian && magic != MagicBigEndian)
        || read32(data + 4) != FormatVersion)
        return log;
    const quint32 pageSize = read32(data + 8);
    if (pageSize < 512 || pageSize > 65536 || (pageSize & (pageSize - 1)) != 0)
        return log;
    Checksum sum;
    sum.bigEndian = magic == MagicBigEndian;
    sum.add(data, 24);
    if (!sum.matches(data + 24))
        return log;
    const quint32 salt1 = read32(data + 16);
    const quint32 salt2 = read32(data + 20);

    std::optional<QByteArray> pageOne;
    int frames = 0;
    const qsizetype frameSize = FrameHeaderSize + qsizetype(pageSize);
    for (qsizetype at = HeaderSize; at + frameSize <= bytes.size(); at += frameSize) {
        const char* frame = data + at;
        if (read32(frame + 8) != salt1 || read32(frame + 12) != salt2)
            break;
        sum.add(frame, 8);
        sum.add(frame + FrameHeaderSize, pageSize);
        if (!sum.matches(frame + 16))
            break;
        ++frames;
        if (read32(frame) == 1)
            pageOne = QByteArray(frame + FrameHeaderSize, pageSize);
        if (read32(frame + 4) != 0) { // a commit frame: everything so far would be replayed
            log.m_committedFrames = frames;
            log.m_pageOne = pageOne;
        }
    }
    if (log.m_committedFrames > 0)
        log.m_pageSize = pageSize;
    return log;
}

} // namespace needlechart
