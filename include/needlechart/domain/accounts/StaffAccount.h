#pragma once

#include "needlechart/domain/accounts/NeedlingAuthorisation.h"
#include "needlechart/domain/accounts/StaffRoles.h"

#include <QDateTime>
#include <QString>

namespace needlechart {

using AccountId = qint64;

// A member of staff who signs in. Accounts are deactivated, never deleted: notes, bookings and
// the audit trail refer to them. The password is not part of this type; only its Argon2id hash
// is stored, and only the account service reads it.
struct StaffAccount {
    AccountId id = 0;    // 0 until created
    QString login;       // what is typed at sign-in: lower-case letters, digits, '.', '-', '_'
    QString displayName; // as printed on notes: "Alex Morgan"
    StaffRoles roles;
    QString registrationNumber;     // professional registration, printed with the signature
    NeedlingAuthorisation needling; // clinicians who needle
    bool active = true;
    bool mustChangePassword = false; // set by an admin's reset; cleared by the user's change
    int failedSignIns = 0;           // since the last successful sign-in
    QDateTime lockedUntil;           // UTC; invalid or past: not locked
    qint64 rowVersion = 0;

    [[nodiscard]] bool isStored() const { return id > 0; }
    [[nodiscard]] bool isLockedAt(const QDateTime& nowUtc) const
    {
        return lockedUntil.isValid() && nowUtc < lockedUntil;
    }

    friend bool operator==(const StaffAccount&, const StaffAccount&) = default;
};

} // namespace needlechart
