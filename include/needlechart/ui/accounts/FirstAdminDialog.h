#pragma once

#include "needlechart/domain/accounts/StaffAccount.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace needlechart {

class AccountService;

// A new clinic database has no accounts: this dialog creates its first one, an admin (who may
// also be a clinician, as in a one-person practice), through AccountService::createFirstAdmin.
// Everyone else is then added by that admin.
class FirstAdminDialog : public QDialog {
    Q_OBJECT
public:
    explicit FirstAdminDialog(AccountService& accounts, QWidget* parent = nullptr);

    [[nodiscard]] QLineEdit* nameEdit() const { return m_name; }
    [[nodiscard]] QLineEdit* loginEdit() const { return m_login; }
    [[nodiscard]] QLineEdit* registrationEdit() const { return m_registration; }
    [[nodiscard]] QCheckBox* clinicianBox() const { return m_clinician; }
    [[nodiscard]] QLineEdit* passwordEdit() const { return m_password; }
    [[nodiscard]] QLineEdit* repeatEdit() const { return m_repeat; }
    [[nodiscard]] QLabel* errorLabel() const { return m_error; }

    // Creates the account; accepts the dialog on success.
    void create();
    // The account created (after the dialog was accepted).
    [[nodiscard]] const StaffAccount& created() const { return m_created; }
    // The password typed, to sign in with at once; cleared by the caller after use.
    [[nodiscard]] QString password() const;

private:
    AccountService& m_accounts;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_login = nullptr;
    QLineEdit* m_registration = nullptr;
    QCheckBox* m_clinician = nullptr;
    QLineEdit* m_password = nullptr;
    QLineEdit* m_repeat = nullptr;
    QLabel* m_error = nullptr;
    StaffAccount m_created;
};

} // namespace needlechart
