#pragma once

#include "needlechart/domain/common/Result.h"

#include <QCoreApplication>
#include <QString>

namespace needlechart {

// Judges an existing database file before anything writes to it, and without creating,
// writing or replaying anything: no -wal, -shm or journal appears beside a refused file, its
// bytes stay as they were, and a write-ahead log that belongs to another database is refused
// before SQLite copies its pages in.
//
// The header is read by hand (DatabaseFileHeader), a -wal beside it too (WriteAheadLog); then
// SQLite reads the schema through a read-only connection: `immutable` when no log is to be
// replayed (so it creates nothing), a plain read-only one when a log holds committed frames
// (another workstation may be writing; SQLite must see its log).
class DatabaseInspector {
    Q_DECLARE_TR_FUNCTIONS(DatabaseInspector)

public:
    enum class State {
        Usable,             // a NeedleChart database (maybe older) that may be opened
        UnfinishedCreation, // empty, with the journal a killed creation by an older version left
        HotJournal,         // a rollback journal to replay first (SQLite does, read-write)
    };
    struct Inspection {
        State state = State::Usable;
        int userVersion = 0;
    };

    [[nodiscard]] static Result<Inspection> inspect(const QString& path, int busyTimeoutMs);
};

} // namespace needlechart
