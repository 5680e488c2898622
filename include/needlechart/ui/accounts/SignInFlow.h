#pragma once

#include "needlechart/services/accounts/AccountService.h"

#include <QCoreApplication>

#include <functional>
#include <optional>

class QDialog;

namespace needlechart {

class ClinicService;
class MessagePresenter;

// What happens between opening a clinic database and its main window: a new database creates
// its first admin (FirstAdminDialog), any other asks who is signing in (SignInDialog, with the
// demo accounts named on the demo clinic only), and an account whose password an admin reset
// chooses its own first (ChangePasswordDialog). A needling authorisation about to run out is
// mentioned once signed in.
class SignInFlow {
    Q_DECLARE_TR_FUNCTIONS(SignInFlow)

public:
    // Called with each dialog just before it is shown (main uses it to take a screenshot or to
    // time start-up to the first paint).
    using DialogHook = std::function<void(QDialog&)>;

    SignInFlow(AccountService& accounts, ClinicService& clinic, MessagePresenter& messages);

    void setDialogHook(DialogHook hook) { m_hook = std::move(hook); }

    // Runs the dialogs until someone is signed in (returned), or the person quits (nothing).
    // `databaseName` is shown in the sign-in window.
    [[nodiscard]] std::optional<AccountService::SignedIn> run(const QString& databaseName);

private:
    [[nodiscard]] std::optional<AccountService::SignedIn> createFirstAdmin();
    [[nodiscard]] bool changeForcedPassword(const AccountService::SignedIn& signedIn);
    void mentionAuthorisation(const AccountService::SignedIn& signedIn);

    AccountService& m_accounts;
    ClinicService& m_clinic;
    MessagePresenter& m_messages;
    DialogHook m_hook;
};

} // namespace needlechart
