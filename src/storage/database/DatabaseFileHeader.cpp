#include "needlechart/storage/database/DatabaseFileHeader.h"

#include <QtEndian>

namespace needlechart {
namespace {

quint32 read32(const QByteArray& bytes, int offset)
{
    return qFromBigEndian<quint32>(bytes.constData() + offset);
}

} // namespace

bool DatabaseFileHeader::hasSqliteMagic(const QByteArray& bytes)
{
    static const QByteArray magic("SQLite format 3\0", 16);
    return bytes.startsWith(magic);
}

std::optional<DatabaseFileHeader> DatabaseFileHeader::parse(const QByteArray& bytes)
{
    if (bytes.size() < Size || !hasSqliteMagic(bytes))
        return std::nullopt;
    DatabaseFileHeader header;
    const quint32 rawPageSize = qFromBigEndian<quint16>(bytes.constData() + 16);
    header.pageSize = rawPageSize == 1 ? 65536 : rawPageSize;
    const bool powerOfTwo = (header.pageSize & (header.pageSize - 1)) == 0;
    if (header.pageSize < 512 || header.pageSize > 65536 || !powerOfTwo)
        return std::nullopt;
    const auto writeVersion = quint8(bytes.at(18));
    const auto readVersion = quint8(bytes.at(19));
    if (writeVersion < 1 || writeVersion > 2 || readVersion < 1 || readVersion > 2)
        return std::nullopt;
    header.writeAheadLog = writeVersion == 2 && readVersion == 2;
    // The in-header size counts only if written by a version that keeps it (offset 92 equals
    // the change counter at offset 24).
    if (read32(bytes, 92) == read32(bytes, 24))
        header.pageCount = read32(bytes, 28);
    header.userVersion = read32(bytes, 60);
    header.applicationId = read32(bytes, 68);
    return header;
}

} // namespace needlechart
