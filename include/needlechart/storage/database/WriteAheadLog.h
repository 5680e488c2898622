#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace needlechart {

// What SQLite would replay from a -wal file, worked out without SQLite
// (https://www.sqlite.org/fileformat.html#the_write_ahead_log): the header, then frames whose
// salts match it and whose running checksums hold, up to the last commit frame. Used to refuse
// a write-ahead log that belongs to another database before SQLite copies its pages into ours.
class WriteAheadLog {
public:
    // Reads the file at `path`; a missing, empty or invalid file has no committed frames.
    [[nodiscard]] static WriteAheadLog read(const QString& path);

    [[nodiscard]] bool exists() const { return m_exists; }
    // Frames SQLite would replay (0: it would ignore the file).
    [[nodiscard]] int committedFrames() const { return m_committedFrames; }
    [[nodiscard]] quint32 pageSize() const { return m_pageSize; }
    // The newest committed image of page 1 (the database header and the schema table's root),
    // if the log holds one.
    [[nodiscard]] const std::optional<QByteArray>& lastPageOne() const { return m_pageOne; }

private:
    bool m_exists = false;
    int m_committedFrames = 0;
    quint32 m_pageSize = 0;
    std::optional<QByteArray> m_pageOne;
};

} // namespace needlechart
