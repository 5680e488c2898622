#pragma once

#include "needlechart/domain/accounts/AccessPolicy.h"
#include "needlechart/domain/accounts/StaffRoles.h"

#include <QString>

namespace needlechart {

// The person using the application: the account signed in, passed explicitly to every service
// call that records authorship or needs a permission (there is no global "current user").
struct User {
    QString login;       // the account's login, e.g. "alex"
    QString displayName; // as written on notes: "Alex Morgan"
    StaffRoles roles = StaffRole::Clinician;
    qint64 accountId = 0; // the staff account signed in; 0 for tools and tests without accounts

    [[nodiscard]] bool canChart() const { return roles.has(StaffRole::Clinician); }
    [[nodiscard]] bool isAdmin() const { return roles.has(StaffRole::Admin); }
    [[nodiscard]] bool may(Permission permission) const
    {
        return AccessPolicy::allows(roles, permission);
    }

    friend bool operator==(const User&, const User&) = default;
};

} // namespace needlechart
