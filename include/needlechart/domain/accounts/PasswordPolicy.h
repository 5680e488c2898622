#pragma once

#include "needlechart/domain/common/Result.h"

#include <QCoreApplication>
#include <QString>

namespace needlechart {

// What a new password must be: at least MinimumLength characters, not one of the passwords
// people commonly choose (the list is compiled in), and not the login or the person's name.
// Checked when a password is set or changed, never at sign-in.
class PasswordPolicy {
    Q_DECLARE_TR_FUNCTIONS(PasswordPolicy)

public:
    static constexpr int MinimumLength = 10;

    // A Validation error saying what is wrong, in words for the person choosing it.
    [[nodiscard]] static Status check(const QString& password, const QString& login,
                                      const QString& displayName);
    // True if `password` (compared without case) is on the list of common passwords.
    [[nodiscard]] static bool isCommon(const QString& password);
};

} // namespace needlechart
