#pragma once

#include <QByteArray>
#include <QString>

namespace needlechart {

// The text of a file brought in from another system (a patient list exported as CSV), whatever
// encoding it was saved in: UTF-8 with a byte order mark, UTF-8 without one, or, when the bytes
// are not valid UTF-8, Windows-1252 (what Excel and most Windows programs write by default).
// Windows-1252 is a superset of Latin-1 for every byte but 0x80-0x9F, which it gives to curly
// quotes, dashes, the euro sign and a few letters (Š, Ž, Œ, ...).
struct DecodedText {
    enum class Encoding { Utf8, Utf8WithBom, Windows1252 };

    QString text;
    Encoding encoding = Encoding::Utf8;

    [[nodiscard]] static DecodedText decode(const QByteArray& bytes);
    // "UTF-8", "UTF-8 with BOM", "Windows-1252": for the import's preview.
    [[nodiscard]] static QString nameOf(Encoding encoding);
};

} // namespace needlechart
