#include "needlechart/domain/common/Error.h"

#include <algorithm>

namespace needlechart {

bool Error::hasFieldError(const QString& field) const
{
    return std::any_of(fieldErrors.cbegin(), fieldErrors.cend(),
                       [&field](const FieldError& e) { return e.field == field; });
}

QString Error::fieldMessage(const QString& field) const
{
    for (const FieldError& e : fieldErrors) {
        if (e.field == field)
            return e.message;
    }
    return {};
}

const char* errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::Validation: return "validation";
    case ErrorCode::NotFound: return "not-found";
    case ErrorCode::Conflict: return "conflict";
    case ErrorCode::Locked: return "locked";
    case ErrorCode::ReadOnly: return "read-only";
    case ErrorCode::NotADatabase: return "not-a-database";
    case ErrorCode::Corrupt: return "corrupt";
    case ErrorCode::NewerSchema: return "newer-schema";
    case ErrorCode::Io: return "io";
    case ErrorCode::Database: return "database";
    case ErrorCode::NoteSigned: return "note-signed";
    case ErrorCode::NotPermitted: return "not-permitted";
    case ErrorCode::Unreachable: return "unreachable";
    case ErrorCode::Authentication: return "authentication";
    case ErrorCode::SignInRefused: return "sign-in-refused";
    case ErrorCode::AccountLocked: return "account-locked";
    case ErrorCode::SchemaNotReady: return "schema-not-ready";
    case ErrorCode::BackupDamaged: return "backup-damaged";
    case ErrorCode::WrongPassphrase: return "wrong-passphrase";
    case ErrorCode::NeedsConfirmation: return "needs-confirmation";
    }
    return "unknown";
}

} // namespace needlechart
