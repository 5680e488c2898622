#include "needlechart/domain/transfer/DecodedText.h"

#include <QStringDecoder>

#include <array>

namespace needlechart {
namespace {

// What Windows-1252 gives the bytes 0x80-0x9F (Unicode's mapping table, cp1252.txt); the five
// bytes it leaves undefined keep their Latin-1 control character, as Windows itself does.
constexpr std::array<char16_t, 32> High{
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

QString fromWindows1252(const QByteArray& bytes)
{
    QString text;
    text.reserve(bytes.size());
    for (const char c : bytes) {
        const auto byte = static_cast<unsigned char>(c);
        text.append(byte >= 0x80 && byte <= 0x9F ? QChar(High[byte - 0x80])
                                                 : QChar(char16_t(byte)));
    }
    return text;
}

} // namespace

DecodedText DecodedText::decode(const QByteArray& bytes)
{
    static const QByteArray bom("\xEF\xBB\xBF");
    if (bytes.startsWith(bom)) {
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        return {utf8.decode(bytes.mid(bom.size())), Encoding::Utf8WithBom};
    }
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8.decode(bytes);
    if (!utf8.hasError())
        return {std::move(text), Encoding::Utf8};
    return {fromWindows1252(bytes), Encoding::Windows1252};
}

QString DecodedText::nameOf(Encoding encoding)
{
    switch (encoding) {
    case Encoding::Utf8: return QStringLiteral("UTF-8");
    case Encoding::Utf8WithBom: return QStringLiteral("UTF-8 with BOM");
    case Encoding::Windows1252: return QStringLiteral("Windows-1252");
    }
    return {};
}

} // namespace needlechart
