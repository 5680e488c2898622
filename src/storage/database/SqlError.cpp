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

// SQLite's extended codes for a broken UNIQUE or PRIMARY KEY constraint.
constexpr int SqliteConstraintPrimaryKey = 1555;
constexpr int SqliteConstraintUnique = 2067;

// PostgreSQL reports SQLSTATEs: five characters, the first two the class. SQLite's codes are
// numbers below 10000 (at most four digits), so the two cannot be mistaken for each other.
bool isSqlState(const QString& code)
{
    return code.size() == 5;
}

} // namespace

QString SqlError::unreachableMessage(const QString& what)
{
    return tr("%1: the clinic server cannot be reached. Nothing was saved; what you were saving is "
              "still on screen. NeedleChart keeps trying to reconnect; save again once it is "
              "back.")
        .arg(what);
}

Error SqlError::fromPostgres(const QSqlError& error, const QString& what)
{
    Error result;
    result.detail = error.text();
    const QString state = error.nativeErrorCode();
    const QString stateClass = state.left(2);
    if (state.isEmpty() || stateClass == QStringLiteral("08") || state == QStringLiteral("57P01")
        || state == QStringLiteral("57P02") || state == QStringLiteral("57P03")) {
        // No SQLSTATE: libpq's own failure (the connection broke); class 08: connection
        // exception; 57P01..03: the server is shutting down or restarting.
        result.code = ErrorCode::Unreachable;
        result.message = unreachableMessage(what);
    } else if (state == QStringLiteral("40001") || state == QStringLiteral("40P01")
               || state == QStringLiteral("55P03")) {
        // Serialization failure, deadlock, lock not available: another workstation's write.
        result.code = ErrorCode::Locked;
        result.message = tr("%1: another workstation was saving at the same moment. Nothing was "
                            "saved; try again.")
                             .arg(what);
    } else if (state == QStringLiteral("23505")) {
        result.code = ErrorCode::Conflict;
        result.message = tr("%1: another workstation saved the same record at the same moment. "
                            "Nothing was saved; try again.")
                             .arg(what);
    } else if (state == QStringLiteral("25006")) {
        result.code = ErrorCode::ReadOnly;
        result.message = tr("%1: the clinic server accepts no changes at the moment (it is "
                            "read-only, for example a standby server).")
                             .arg(what);
    } else if (state == QStringLiteral("53100")) {
        result.code = ErrorCode::Io;
        result.message = tr("%1: the clinic server's disk is full. Nothing was lost: everything "
                            "saved before is safe, and what you were saving is still on screen. "
                            "Ask your IT support to free some space, then save again.")
                             .arg(what);
    } else if (state == QStringLiteral("42501")) {
        result.code = ErrorCode::Database;
        result.message = tr("%1: the clinic server's database account lacks a permission "
                            "NeedleChart needs (see the GRANTs in docs/clinic-server.md).")
                             .arg(what);
    } else {
        result.code = ErrorCode::Database;
        result.message =
            tr("%1: the database reported an error (%2).")
                .arg(what, error.databaseText().isEmpty() ? error.text() : error.databaseText());
    }
    return result;
}

Error SqlError::from(const QSqlError& error, const QString& what)
{
    if (isSqlState(error.nativeErrorCode())
        || error.driverText().startsWith(QStringLiteral("QPSQL")))
        return fromPostgres(error, what);
    Error result;
    result.detail = error.text();
    bool isNumber = false;
    const int native = error.nativeErrorCode().toInt(&isNumber);
    const int primary = isNumber ? (native & 0xff) : -1;
    if (isNumber && (native == SqliteConstraintUnique || native == SqliteConstraintPrimaryKey)) {
        result.code = ErrorCode::Conflict;
        result.message = tr("%1: another workstation saved the same record at the same moment. "
                            "Nothing was saved; try again.")
                             .arg(what);
        return result;
    }
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
