#include "needlechart/domain/transfer/ZipWriter.h"

#include <QSet>

#include <zlib.h>

#include <algorithm>
#include <limits>
#include <optional>

namespace needlechart {
namespace {

constexpr quint32 LocalHeaderSignature = 0x04034b50;
constexpr quint32 CentralHeaderSignature = 0x02014b50;
constexpr quint32 EndSignature = 0x06054b50;
constexpr quint16 VersionNeeded = 20;                   // 2.0: deflate
constexpr quint16 VersionMadeBy = (3 << 8) | 20;        // Unix, 2.0: the permissions below apply
constexpr quint16 Utf8Names = 1 << 11;                  // general purpose flag: names are UTF-8
constexpr quint16 Deflated = 8;                         // compression method
constexpr quint32 RegularFileReadable = 0100644u << 16; // external attributes: -rw-r--r--
constexpr qint64 Limit = std::numeric_limits<quint32>::max();

void put16(QByteArray& out, quint16 value)
{
    out.append(char(value & 0xff));
    out.append(char(value >> 8));
}

void put32(QByteArray& out, quint32 value)
{
    for (int shift = 0; shift < 32; shift += 8)
        out.append(char((value >> shift) & 0xff));
}

// MS-DOS date and time, as ZIP stores them: local time, seconds halved, years from 1980.
quint16 dosTime(const QDateTime& at)
{
    const QTime t = at.toLocalTime().time();
    return quint16((t.hour() << 11) | (t.minute() << 5) | (t.second() / 2));
}

quint16 dosDate(const QDateTime& at)
{
    const QDate d = at.toLocalTime().date();
    const int year = std::clamp(d.year(), 1980, 2107);
    return quint16(((year - 1980) << 9) | (d.month() << 5) | d.day());
}

// What the local header and the central directory both say about a file, in the same order.
struct FileFields {
    QDateTime modified;
    quint32 crc = 0;
    quint32 packedSize = 0;
    quint32 size = 0;
    quint16 nameSize = 0;
};

void putFileFields(QByteArray& out, const FileFields& f)
{
    put16(out, VersionNeeded);
    put16(out, Utf8Names);
    put16(out, Deflated);
    put16(out, dosTime(f.modified));
    put16(out, dosDate(f.modified));
    put32(out, f.crc);
    put32(out, f.packedSize);
    put32(out, f.size);
    put16(out, f.nameSize);
}

// Raw deflate (no zlib header), as method 8 stores it.
std::optional<QByteArray> deflated(const QByteArray& bytes)
{
    z_stream stream{};
    if (deflateInit2(&stream, Z_BEST_COMPRESSION, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY)
        != Z_OK)
        return std::nullopt;
    QByteArray out(qsizetype(deflateBound(&stream, uLong(bytes.size()))), Qt::Uninitialized);
    stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(bytes.constData()));
    stream.avail_in = uInt(bytes.size());
    stream.next_out = reinterpret_cast<Bytef*>(out.data());
    stream.avail_out = uInt(out.size());
    const int finished = deflate(&stream, Z_FINISH);
    const auto written = qsizetype(stream.total_out);
    deflateEnd(&stream);
    if (finished != Z_STREAM_END)
        return std::nullopt;
    out.truncate(written);
    return out;
}

bool plainRelativePath(const QString& name)
{
    if (name.isEmpty() || name.startsWith(QLatin1Char('/')) || name.contains(QLatin1Char('\\')))
        return false;
    for (const QString& part : name.split(QLatin1Char('/')))
        if (part.isEmpty() || part == QLatin1String(".") || part == QLatin1String(".."))
            return false;
    return true;
}

} // namespace

void ZipWriter::add(const QString& name, const QByteArray& bytes, const QDateTime& modified)
{
    m_entries.append(Entry{name, bytes, modified});
}

Result<QByteArray> ZipWriter::archive() const
{
    const auto refused = [](const QString& message) {
        return Error{ErrorCode::Validation, message, {}, {}};
    };
    if (m_entries.size() > 0xffff)
        return refused(tr("An archive holds at most 65,535 files."));
    QByteArray out;
    QByteArray directory;
    QSet<QString> names;
    for (const Entry& entry : m_entries) {
        if (!plainRelativePath(entry.name))
            return refused(tr("\"%1\" is not a file name inside an archive.").arg(entry.name));
        if (names.contains(entry.name))
            return refused(tr("\"%1\" is in the archive twice.").arg(entry.name));
        names.insert(entry.name);
        if (entry.bytes.size() > Limit)
            return refused(tr("A file in the archive is larger than 4 GiB."));
        const std::optional<QByteArray> packed = deflated(entry.bytes);
        if (!packed)
            return Error{ErrorCode::Io, tr("A file could not be compressed."), {}, {}};
        const QByteArray name = entry.name.toUtf8();
        const auto crc = quint32(crc32(0L, reinterpret_cast<const Bytef*>(entry.bytes.constData()),
                                       uInt(entry.bytes.size())));
        const qint64 offset = out.size();
        if (offset > Limit)
            return refused(tr("The archive would be larger than 4 GiB."));

        const FileFields fields{entry.modified, crc, quint32(packed->size()),
                                quint32(entry.bytes.size()), quint16(name.size())};
        put32(out, LocalHeaderSignature);
        putFileFields(out, fields);
        put16(out, 0); // no extra field
        out.append(name);
        out.append(*packed);

        put32(directory, CentralHeaderSignature);
        put16(directory, VersionMadeBy);
        putFileFields(directory, fields);
        put16(directory, 0); // extra field
        put16(directory, 0); // comment
        put16(directory, 0); // disk number
        put16(directory, 0); // internal attributes
        put32(directory, RegularFileReadable);
        put32(directory, quint32(offset));
        directory.append(name);
    }
    const qint64 directoryOffset = out.size();
    if (directoryOffset + directory.size() > Limit)
        return refused(tr("The archive would be larger than 4 GiB."));
    out.append(directory);
    put32(out, EndSignature);
    put16(out, 0); // this disk
    put16(out, 0); // the disk the directory starts on
    put16(out, quint16(m_entries.size()));
    put16(out, quint16(m_entries.size()));
    put32(out, quint32(directory.size()));
    put32(out, quint32(directoryOffset));
    put16(out, 0); // no comment
    return out;
}

} // namespace needlechart
