#pragma once

#include "needlechart/domain/accounts/StaffAccount.h"
#include "needlechart/domain/common/User.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QDateEdit;
class QGroupBox;
class QLabel;
class QLineEdit;

namespace needlechart {

class AccountService;

// An admin adds a staff account or edits one: name, login (fixed once created), roles,
// professional registration, the authorisation to needle (body, number, last valid day) and
// whether the account is active. A new account gets a random temporary password, which the
// dialog's caller shows once; the person chooses their own at first sign-in.
class AccountEditDialog : public QDialog {
    Q_OBJECT
public:
    // `existing` empty: a new account.
    AccountEditDialog(AccountService& accounts, User admin, std::optional<StaffAccount> existing,
                      QWidget* parent = nullptr);

    [[nodiscard]] QLineEdit* nameEdit() const { return m_name; }
    [[nodiscard]] QLineEdit* loginEdit() const { return m_login; }
    [[nodiscard]] QCheckBox* clinicianBox() const { return m_clinician; }
    [[nodiscard]] QCheckBox* frontDeskBox() const { return m_frontDesk; }
    [[nodiscard]] QCheckBox* adminBox() const { return m_adminBox; }
    [[nodiscard]] QLineEdit* registrationEdit() const { return m_registration; }
    [[nodiscard]] QGroupBox* needlingGroup() const { return m_needling; }
    [[nodiscard]] QLineEdit* needlingBodyEdit() const { return m_body; }
    [[nodiscard]] QLineEdit* needlingNumberEdit() const { return m_number; }
    [[nodiscard]] QDateEdit* needlingExpiryEdit() const { return m_expires; }
    [[nodiscard]] QCheckBox* activeBox() const { return m_active; }
    [[nodiscard]] QLabel* errorLabel() const { return m_error; }

    // Saves through AccountService (create or update); accepts the dialog on success.
    void save();
    // The account as saved, after the dialog was accepted.
    [[nodiscard]] const StaffAccount& saved() const { return m_saved; }
    // A new account's temporary password (empty when editing).
    [[nodiscard]] const QString& temporaryPassword() const { return m_temporaryPassword; }

private:
    [[nodiscard]] StaffAccount accountFromForm() const;

    AccountService& m_accounts;
    User m_signedIn; // the admin making the change
    std::optional<StaffAccount> m_existing;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_login = nullptr;
    QCheckBox* m_clinician = nullptr;
    QCheckBox* m_frontDesk = nullptr;
    QCheckBox* m_adminBox = nullptr;
    QLineEdit* m_registration = nullptr;
    QGroupBox* m_needling = nullptr;
    QLineEdit* m_body = nullptr;
    QLineEdit* m_number = nullptr;
    QDateEdit* m_expires = nullptr;
    QCheckBox* m_active = nullptr;
    QLabel* m_error = nullptr;
    StaffAccount m_saved;
    QString m_temporaryPassword;
};

} // namespace needlechart
