#pragma once

#include "needlechart/services/accounts/AccountService.h"

#include <QDialog>

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace needlechart {

// The window NeedleChart opens on: login and password, checked by AccountService::signIn
// (which applies the lockout). A wrong password empties the password field and says so; a
// locked account says until when. The demo clinic's window names its demo accounts and their
// shared password; no other clinic's does.
class SignInDialog : public QDialog {
    Q_OBJECT
public:
    // `clinicName` is the database shown (file name or server); `demoPassword`, when not
    // empty, is shown with the demo accounts.
    SignInDialog(AccountService& accounts, const QString& clinicName, const QString& demoPassword,
                 QWidget* parent = nullptr);

    [[nodiscard]] QLineEdit* loginEdit() const { return m_login; }
    [[nodiscard]] QLineEdit* passwordEdit() const { return m_password; }
    [[nodiscard]] QLabel* errorLabel() const { return m_error; }
    [[nodiscard]] QLabel* demoHint() const { return m_demoHint; }
    [[nodiscard]] QPushButton* signInButton() const { return m_signIn; }

    // Tries the typed login and password; accepts the dialog on success.
    void signIn();
    // Who signed in (after the dialog was accepted).
    [[nodiscard]] const std::optional<AccountService::SignedIn>& signedIn() const
    {
        return m_signedIn;
    }

private:
    AccountService& m_accounts;
    QLineEdit* m_login = nullptr;
    QLineEdit* m_password = nullptr;
    QLabel* m_error = nullptr;
    QLabel* m_demoHint = nullptr;
    QPushButton* m_signIn = nullptr;
    std::optional<AccountService::SignedIn> m_signedIn;
};

} // namespace needlechart
