#pragma once

#include "needlechart/domain/common/User.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableView;

namespace needlechart {

class AccountListModel;
class AccountService;
class Clock;
class MessagePresenter;

// File > Staff Accounts... (admins): every account of the clinic, with buttons to add one,
// edit one (roles, registration, needling authorisation, deactivating), reset a forgotten
// password to a temporary one shown once, and unlock an account locked by wrong passwords.
// Every rule is the account service's; this dialog only asks and shows.
class AccountsDialog : public QDialog {
    Q_OBJECT
public:
    AccountsDialog(AccountService& accounts, const Clock& clock, MessagePresenter& messages,
                   User admin, QWidget* parent = nullptr);

    [[nodiscard]] QTableView* table() const { return m_table; }
    [[nodiscard]] AccountListModel* model() const { return m_model; }
    [[nodiscard]] QPushButton* resetButton() const { return m_reset; }
    [[nodiscard]] QPushButton* unlockButton() const { return m_unlock; }

    void reload();
    void addAccount();
    void editSelected();
    void resetSelected();
    void unlockSelected();

private:
    [[nodiscard]] int selectedRow() const;
    void updateButtons();
    void showTemporaryPassword(const QString& name, const QString& password);

    AccountService& m_accounts;
    const Clock& m_clock;
    MessagePresenter& m_messages;
    User m_admin;
    AccountListModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_reset = nullptr;
    QPushButton* m_unlock = nullptr;
};

} // namespace needlechart
