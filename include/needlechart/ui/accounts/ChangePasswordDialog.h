#pragma once

#include "needlechart/domain/common/User.h"

#include <QDialog>

class QLabel;
class QLineEdit;

namespace needlechart {

class AccountService;

// Changing one's own password: the current one, the new one twice. The new one must meet the
// password policy (AccountService says what is wrong). Shown by the user's choice (File >
// Change My Password...), or before anything else after an admin reset it (`forced`: the
// dialog then says why, and cancelling it signs out).
class ChangePasswordDialog : public QDialog {
    Q_OBJECT
public:
    ChangePasswordDialog(AccountService& accounts, User user, bool forced,
                         QWidget* parent = nullptr);

    [[nodiscard]] QLineEdit* currentEdit() const { return m_current; }
    [[nodiscard]] QLineEdit* newEdit() const { return m_new; }
    [[nodiscard]] QLineEdit* repeatEdit() const { return m_repeat; }
    [[nodiscard]] QLabel* errorLabel() const { return m_error; }

    // Checks and saves the new password; accepts the dialog on success.
    void change();

private:
    AccountService& m_accounts;
    User m_user;
    QLineEdit* m_current = nullptr;
    QLineEdit* m_new = nullptr;
    QLineEdit* m_repeat = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace needlechart
