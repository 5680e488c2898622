#include "CommandLineSignIn.h"

#include "needlechart/services/accounts/AccountService.h"

#include "CommandLinePassword.h"

#include <spdlog/spdlog.h>

namespace needlechart {

Result<User> CommandLineSignIn::signIn(AccountService& accounts, const QString& login,
                                       const QString& passwordFile)
{
    auto password = CommandLinePassword::read(login, passwordFile);
    if (!password)
        return password.error();
    auto signedIn = accounts.signIn(login, *password);
    password->fill(QLatin1Char('\0'));
    if (!signedIn)
        return signedIn.error();
    if (signedIn->mustChangePassword)
        return Error{ErrorCode::SignInRefused,
                     tr("An admin reset the password of %1: sign in once in NeedleChart's window "
                        "to choose a new one.")
                         .arg(login),
                     {},
                     {}};
    spdlog::info("account {} signed in from the command line", signedIn->account.id);
    return signedIn->user;
}

} // namespace needlechart
