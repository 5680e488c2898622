#include "needlechart/ui/accounts/SignInFlow.h"

#include "needlechart/services/clinic/ClinicService.h"
#include "needlechart/services/demo/DemoAccounts.h"
#include "needlechart/ui/accounts/ChangePasswordDialog.h"
#include "needlechart/ui/accounts/FirstAdminDialog.h"
#include "needlechart/ui/accounts/SignInDialog.h"
#include "needlechart/ui/common/MessagePresenter.h"

#include <QLineEdit>
#include <QLocale>

#include <spdlog/spdlog.h>

namespace needlechart {

SignInFlow::SignInFlow(AccountService& accounts, ClinicService& clinic, MessagePresenter& messages)
    : m_accounts(accounts), m_clinic(clinic), m_messages(messages)
{}

std::optional<AccountService::SignedIn> SignInFlow::run(const QString& databaseName)
{
    auto first = m_accounts.needsFirstAdmin();
    if (!first) {
        m_messages.critical(nullptr, tr("Cannot read the staff accounts"), first.error().message);
        return std::nullopt;
    }
    if (*first) {
        auto created = createFirstAdmin();
        if (created)
            mentionAuthorisation(*created);
        return created;
    }
    auto demo = m_clinic.isDemoClinic();
    const QString demoPassword = demo.ok() && *demo ? DemoAccounts::password() : QString();
    for (;;) {
        SignInDialog dialog(m_accounts, databaseName, demoPassword);
        if (m_hook)
            m_hook(dialog);
        if (dialog.exec() != QDialog::Accepted || !dialog.signedIn())
            return std::nullopt;
        const AccountService::SignedIn& signedIn = *dialog.signedIn();
        if (signedIn.mustChangePassword && !changeForcedPassword(signedIn))
            continue; // signed out instead: back to the sign-in window
        mentionAuthorisation(signedIn);
        return signedIn;
    }
}

std::optional<AccountService::SignedIn> SignInFlow::createFirstAdmin()
{
    FirstAdminDialog dialog(m_accounts);
    if (m_hook)
        m_hook(dialog);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    auto signedIn = m_accounts.signIn(dialog.created().login, dialog.password());
    dialog.passwordEdit()->clear();
    dialog.repeatEdit()->clear();
    if (!signedIn) {
        m_messages.critical(nullptr, tr("Cannot sign in"), signedIn.error().message);
        return std::nullopt;
    }
    return *signedIn;
}

bool SignInFlow::changeForcedPassword(const AccountService::SignedIn& signedIn)
{
    ChangePasswordDialog dialog(m_accounts, signedIn.user, true);
    if (m_hook)
        m_hook(dialog);
    return dialog.exec() == QDialog::Accepted;
}

void SignInFlow::mentionAuthorisation(const AccountService::SignedIn& signedIn)
{
    if (!signedIn.needlingAuthorisationEnds)
        return;
    const NeedlingAuthorisation& n = signedIn.account.needling;
    m_messages.warning(
        nullptr, tr("Needling authorisation runs out soon"),
        tr("Your authorisation to needle (%1, %2) runs out on %3. Renew it in "
           "time: from the day after, NeedleChart cannot let you sign dry "
           "needling notes. An admin records the new expiry date in your "
           "account.")
            .arg(n.body, n.number, QLocale().toString(n.expiresOn, QLocale::LongFormat)));
}

} // namespace needlechart
