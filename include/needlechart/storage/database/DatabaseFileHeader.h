#pragma once

#include <QByteArray>

#include <optional>

namespace needlechart {

// The first 100 bytes of an SQLite database file (https://www.sqlite.org/fileformat.html), read
// without SQLite, so that a file can be judged before anything opens it.
struct DatabaseFileHeader {
    static constexpr int Size = 100;
    // NeedleChart's application_id (migration 0008): "NCHT".
    static constexpr quint32 NeedleChartApplicationId = 0x4E434854;

    quint32 pageSize = 0;      // 512 … 65536
    quint32 pageCount = 0;     // the in-header size, if valid (0 otherwise)
    quint32 userVersion = 0;   // NeedleChart's schema version
    quint32 applicationId = 0; // 0 before migration 0008
    bool writeAheadLog = false;

    // Nullopt when `bytes` does not start with a valid SQLite header.
    [[nodiscard]] static std::optional<DatabaseFileHeader> parse(const QByteArray& bytes);
    [[nodiscard]] static bool hasSqliteMagic(const QByteArray& bytes);
};

} // namespace needlechart
