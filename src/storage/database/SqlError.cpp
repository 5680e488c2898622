#include "needlechart/storage/database/SqlError.h"

namespace needlechart {
namespace {

// SQLite result codes (sqlite3.h); extended codes carry the primary one in the low byte.
constexpr int SqliteBusy = 5;
constexpr int SqliteLocked = 6;
constexpr int SqliteReadOnly = 8;
constexpr int SqliteIoErr = 10;
constexpr int SqliteCorrupt = 11;
constexpr int SqliteFull = 13;
constexpr int SqliteCantOpen = 14;
constexpr int SqliteNotADatabase = 26;

} // namespace

Error SqlError::from(const QSqlError& error, const QString& what)
{
    Error result;
    result.detail = error.text();
    bool isNumber = false;
    const int native = error.nativeErrorCode().toInt(&isNumber);
    const int primary = isNumber ? (native & 0xff) : -1;
    switch (primary) {
    case SqliteBusy:
    case SqliteLocked:
        result.code = ErrorCode::Locked;
        result.message = tr("%1: the database is in use by another program or workstation. "
                            "Try again in a moment.")
                             .arg(what);
        break;
    case SqliteReadOnly:
        result.code = ErrorCode::ReadOnly;
        result.message = tr("%1: the database file cannot be written (it is read-only).").arg(what);
        break;
    case SqliteCorrupt:
        result.code = ErrorCode::Corrupt;
        result.message =
            tr("%1: the database is damaged. NeedleChart changed nothing in it; restore the file "
               "from a backup, or ask your IT support.")
                .arg(what);
        break;
    case SqliteNotADatabase:
        result.code = ErrorCode::NotADatabase;
        result.message = tr("%1: the file is not a NeedleChart database.").arg(what);
        break;
    case SqliteFull:
        result.code = ErrorCode::Io;
        result.message = tr("%1: the disk is full. Nothing was lost: everything saved before is "
                            "safe, and what you were saving is still on screen. Free some space, "
                            "then save again.")
                             .arg(what);
        break;
    case SqliteIoErr:
    case SqliteCantOpen:
        result.code = ErrorCode::Io;
        result.message = tr("%1: the file system refused (%2).").arg(what, error.driverText());
        break;
    default:
        result.code = ErrorCode::Database;
        result.message =
            tr("%1: the database reported an error (%2).")
                .arg(what, error.databaseText().isEmpty() ? error.text() : error.databaseText());
        break;
    }
    return result;
}

} // namespace needlechart
