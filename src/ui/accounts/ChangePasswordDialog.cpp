#include "needlechart/ui/accounts/ChangePasswordDialog.h"

#include "needlechart/domain/accounts/PasswordPolicy.h"
#include "needlechart/services/accounts/AccountService.h"

#include "common/ErrorLabel.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace needlechart {
namespace {

QLineEdit* passwordEdit(const char* objectName, const QString& accessibleName)
{
    auto* edit = new QLineEdit;
    edit->setObjectName(QString::fromLatin1(objectName));
    edit->setEchoMode(QLineEdit::Password);
    edit->setAccessibleName(accessibleName);
    return edit;
}

} // namespace

ChangePasswordDialog::ChangePasswordDialog(AccountService& accounts, User user, bool forced,
                                           QWidget* parent)
    : QDialog(parent), m_accounts(accounts), m_user(std::move(user))
{
    setObjectName(QStringLiteral("changePasswordDialog"));
    setWindowTitle(tr("Change My Password"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(
        forced ? tr("An admin has reset your password. Choose a password of your own before "
                    "going on: at least %1 characters, not a common one. Three or four "
                    "unrelated words are easy to remember and hard to guess.")
                     .arg(PasswordPolicy::MinimumLength)
               : tr("A new password needs at least %1 characters and must not be a common "
                    "one. Three or four unrelated words are easy to remember and hard to "
                    "guess.")
                     .arg(PasswordPolicy::MinimumLength));
    intro->setObjectName(QStringLiteral("changePasswordIntro"));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* form = new QFormLayout;
    m_current = passwordEdit("currentPasswordEdit", tr("Current password"));
    m_new = passwordEdit("newPasswordEdit", tr("New password"));
    m_repeat = passwordEdit("repeatPasswordEdit", tr("New password again"));
    form->addRow(forced ? tr("&Temporary password:") : tr("&Current password:"), m_current);
    form->addRow(tr("&New password:"), m_new);
    form->addRow(tr("New password &again:"), m_repeat);
    layout->addLayout(form);
    m_error = ErrorLabel::create(this);
    m_error->setObjectName(QStringLiteral("changePasswordError"));
    layout->addWidget(m_error);
    auto* buttons = new QDialogButtonBox;
    QPushButton* save = buttons->addButton(tr("&Change Password"), QDialogButtonBox::AcceptRole);
    save->setObjectName(QStringLiteral("changePasswordButton"));
    save->setDefault(true);
    buttons->addButton(forced ? tr("Sign &Out") : tr("Cancel"), QDialogButtonBox::RejectRole);
    layout->addWidget(buttons);
    connect(save, &QPushButton::clicked, this, &ChangePasswordDialog::change);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
}

void ChangePasswordDialog::change()
{
    if (m_new->text() != m_repeat->text()) {
        ErrorLabel::show(m_error, tr("The two new passwords differ. Type the same one twice."));
        m_repeat->clear();
        m_repeat->setFocus();
        return;
    }
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const Status changed = m_accounts.changeOwnPassword(m_user, m_current->text(), m_new->text());
    QGuiApplication::restoreOverrideCursor();
    if (!changed) {
        ErrorLabel::show(m_error, changed.error().message);
        const bool currentWrong = changed.error().code == ErrorCode::SignInRefused
                                  || changed.error().code == ErrorCode::AccountLocked;
        QLineEdit* field = currentWrong ? m_current : m_new;
        field->setAccessibleDescription(changed.error().message);
        field->selectAll();
        field->setFocus();
        return;
    }
    accept();
}

} // namespace needlechart
