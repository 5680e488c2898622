#pragma once

#include "needlechart/domain/common/Result.h"
#include "needlechart/domain/common/User.h"

#include <QCoreApplication>
#include <QString>

namespace needlechart {

class AccountService;

// `--login NAME [--password-file FILE]` for a command run without the sign-in window (the
// app's paper commands, `needlechart admin backup`): the staff account signed in through
// AccountService (audited, locked out after repeated failures like the window), the password
// read by CommandLinePassword and wiped after use. An account whose password an admin reset is
// refused: it must choose its own in the sign-in window first.
class CommandLineSignIn {
    Q_DECLARE_TR_FUNCTIONS(CommandLineSignIn)

public:
    [[nodiscard]] static Result<User> signIn(AccountService& accounts, const QString& login,
                                             const QString& passwordFile);
};

} // namespace needlechart
