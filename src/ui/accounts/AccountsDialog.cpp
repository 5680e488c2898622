#include "needlechart/ui/accounts/AccountsDialog.h"

#include "needlechart/domain/common/Clock.h"
#include "needlechart/services/accounts/AccountService.h"
#include "needlechart/services/accounts/PasswordHasher.h"
#include "needlechart/ui/accounts/AccountEditDialog.h"
#include "needlechart/ui/accounts/AccountListModel.h"
#include "needlechart/ui/common/MessagePresenter.h"

#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace needlechart {

AccountsDialog::AccountsDialog(AccountService& accounts, const Clock& clock,
                               MessagePresenter& messages, User admin, QWidget* parent)
    : QDialog(parent),
      m_accounts(accounts),
      m_clock(clock),
      m_messages(messages),
      m_admin(std::move(admin))
{
    setObjectName(QStringLiteral("accountsDialog"));
    setWindowTitle(tr("Staff Accounts"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Who may sign in, and what each may do. Accounts are never "
                                "deleted: deactivate one when someone leaves."));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_model = new AccountListModel(this);
    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("accountsTable"));
    m_table->setTabKeyNavigation(false); // Tab moves on; the arrows walk the cells
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);
    layout->addWidget(m_table);

    auto* actions = new QHBoxLayout;
    auto* add = new QPushButton(tr("&Add\u2026"));
    add->setObjectName(QStringLiteral("addAccountButton"));
    m_edit = new QPushButton(tr("&Edit\u2026"));
    m_edit->setObjectName(QStringLiteral("editAccountButton"));
    m_reset = new QPushButton(tr("&Reset Password\u2026"));
    m_reset->setObjectName(QStringLiteral("resetPasswordButton"));
    m_unlock = new QPushButton(tr("&Unlock"));
    m_unlock->setObjectName(QStringLiteral("unlockButton"));
    for (QPushButton* button : {add, m_edit, m_reset, m_unlock})
        actions->addWidget(button);
    actions->addStretch();
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close);
    actions->addWidget(close);
    layout->addLayout(actions);
    connect(add, &QPushButton::clicked, this, &AccountsDialog::addAccount);
    connect(m_edit, &QPushButton::clicked, this, &AccountsDialog::editSelected);
    connect(m_reset, &QPushButton::clicked, this, &AccountsDialog::resetSelected);
    connect(m_unlock, &QPushButton::clicked, this, &AccountsDialog::unlockSelected);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table, &QTableView::doubleClicked, this, &AccountsDialog::editSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AccountsDialog::updateButtons);
    resize(fontMetrics().averageCharWidth() * 120, fontMetrics().height() * 22);
    reload();
}

void AccountsDialog::reload()
{
    auto list = m_accounts.accounts(m_admin);
    if (!list) {
        m_messages.critical(this, tr("Cannot read the staff accounts"), list.error().message);
        return;
    }
    m_model->setAccounts(std::move(list).value(), m_clock.nowUtc());
    m_table->resizeColumnsToContents();
    updateButtons();
}

int AccountsDialog::selectedRow() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void AccountsDialog::updateButtons()
{
    const StaffAccount* a = m_model->accountAt(selectedRow());
    m_edit->setEnabled(a != nullptr);
    m_reset->setEnabled(a != nullptr && a->active);
    m_unlock->setEnabled(a != nullptr && a->isLockedAt(m_clock.nowUtc()));
}

void AccountsDialog::showTemporaryPassword(const QString& name, const QString& password)
{
    m_messages.information(
        this, tr("Temporary password"),
        tr("The temporary password of %1 is:\n\n%2\n\nGive it to them in person. It is shown "
           "only now; they choose their own password when they first sign in with it.")
            .arg(name, password));
}

void AccountsDialog::addAccount()
{
    AccountEditDialog dialog(m_accounts, m_admin, std::nullopt, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    showTemporaryPassword(dialog.saved().displayName, dialog.temporaryPassword());
}

void AccountsDialog::editSelected()
{
    const StaffAccount* a = m_model->accountAt(selectedRow());
    if (!a)
        return;
    AccountEditDialog dialog(m_accounts, m_admin, *a, this);
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

void AccountsDialog::resetSelected()
{
    const StaffAccount* a = m_model->accountAt(selectedRow());
    if (!a)
        return;
    const StaffAccount account = *a;
    if (!m_messages.question(this, tr("Reset password"),
                             tr("Give %1 a new temporary password? Their present password stops "
                                "working at once.")
                                 .arg(account.displayName)))
        return;
    const QString password = PasswordHasher::temporaryPassword();
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const Status reset = m_accounts.resetPassword(m_admin, account.id, password);
    QGuiApplication::restoreOverrideCursor();
    if (!reset) {
        m_messages.warning(this, tr("Password not reset"), reset.error().message);
        return;
    }
    reload();
    showTemporaryPassword(account.displayName, password);
}

void AccountsDialog::unlockSelected()
{
    const StaffAccount* a = m_model->accountAt(selectedRow());
    if (!a)
        return;
    if (const Status unlocked = m_accounts.unlock(m_admin, a->id); !unlocked) {
        m_messages.warning(this, tr("Account not unlocked"), unlocked.error().message);
        return;
    }
    reload();
}

} // namespace needlechart
