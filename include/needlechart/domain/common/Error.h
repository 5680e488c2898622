#pragma once

#include <QList>
#include <QString>

namespace needlechart {

// What went wrong, in terms a caller can act on. Storage and services return these as values
// (see Result); nothing below the UI shows a dialog or swallows an error into a log line.
enum class ErrorCode {
    Validation,      // the input breaks a domain rule; fieldErrors says which fields
    NotFound,        // the row asked for does not exist
    Conflict,        // someone else saved the row since it was read (optimistic lock)
    Locked,          // another program holds the database file
    ReadOnly,        // the database file or its folder cannot be written
    NotADatabase,    // the file exists but is not an SQLite database
    Corrupt,         // SQLite reports the file as malformed
    NewerSchema,     // the file was written by a newer NeedleChart
    Io,              // the file system refused (missing folder, disk full, copy failed)
    Database,        // any other error reported by the database driver
    NoteSigned,      // the session note is signed: it can be amended, never changed or deleted
    NotPermitted,    // the user's role may not do this (the front desk reading clinical notes)
    Unreachable,     // the clinic server cannot be reached (stopped, network lost); try again later
    Authentication,  // the clinic server refused the sign-in (password needed or wrong)
    SchemaNotReady,  // the server database is empty or older: its administrator must set it up
    SignInRefused,   // a staff sign-in: unknown login or wrong password (the same for both)
    AccountLocked,   // too many wrong passwords: the account is locked for a while
    BackupDamaged,   // a backup file was changed, cut short or is not a backup at all
    WrongPassphrase, // the clinic's backup passphrase typed does not open the backup
    NeedsConfirmation, // allowed once the person confirms it (a double booking, a time gone by);
                       // `detail` names what is to be confirmed, `message` why it is asked
};

// One broken rule on one input field. `field` is a stable key (see PatientFields) that the UI
// maps to the widget beside which the message is shown.
struct FieldError {
    QString field;
    QString message;

    friend bool operator==(const FieldError&, const FieldError&) = default;
};

struct Error {
    ErrorCode code = ErrorCode::Database;
    QString message;               // for a person: what happened and what to do
    QString detail;                // driver text; may go to logs, never holds patient data
    QList<FieldError> fieldErrors; // only for ErrorCode::Validation

    // True if any field error is about `field`.
    [[nodiscard]] bool hasFieldError(const QString& field) const;
    // The message for `field`, or an empty string.
    [[nodiscard]] QString fieldMessage(const QString& field) const;
};

// Short stable name of a code, for logs and tests ("conflict", "not-a-database", ...).
[[nodiscard]] const char* errorCodeName(ErrorCode code);

} // namespace needlechart
