#include "needlechart/ui/accounts/FirstAdminDialog.h"

#include "needlechart/domain/accounts/PasswordPolicy.h"
#include "needlechart/services/accounts/AccountService.h"

#include "common/ErrorLabel.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace needlechart {

FirstAdminDialog::FirstAdminDialog(AccountService& accounts, QWidget* parent)
    : QDialog(parent), m_accounts(accounts)
{
    setObjectName(QStringLiteral("firstAdminDialog"));
    setWindowTitle(tr("Create the First Account"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(
        tr("This clinic database has no staff accounts yet. Create the first one: an admin, "
           "who then adds the clinicians and the front desk. If you also treat patients, tick "
           "the box below so that you can chart too."));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* form = new QFormLayout;
    m_name = new QLineEdit;
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setMaxLength(120);
    m_name->setPlaceholderText(tr("as printed on notes, e.g. Alex Morgan"));
    form->addRow(tr("&Name:"), m_name);
    m_login = new QLineEdit;
    m_login->setObjectName(QStringLiteral("loginEdit"));
    m_login->setMaxLength(32);
    m_login->setPlaceholderText(tr("e.g. alex"));
    form->addRow(tr("&Login:"), m_login);
    m_clinician = new QCheckBox(tr("I am also a &clinician who charts treatment"));
    m_clinician->setObjectName(QStringLiteral("clinicianBox"));
    form->addRow(QString(), m_clinician);
    m_registration = new QLineEdit;
    m_registration->setObjectName(QStringLiteral("registrationEdit"));
    m_registration->setMaxLength(40);
    m_registration->setPlaceholderText(tr("professional registration, if any"));
    form->addRow(tr("&Registration:"), m_registration);
    m_password = new QLineEdit;
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("at least %1 characters").arg(PasswordPolicy::MinimumLength));
    form->addRow(tr("&Password:"), m_password);
    m_repeat = new QLineEdit;
    m_repeat->setObjectName(QStringLiteral("repeatEdit"));
    m_repeat->setEchoMode(QLineEdit::Password);
    form->addRow(tr("Password &again:"), m_repeat);
    layout->addLayout(form);
    m_error = ErrorLabel::create(this);
    m_error->setObjectName(QStringLiteral("firstAdminError"));
    layout->addWidget(m_error);
    auto* buttons = new QDialogButtonBox;
    QPushButton* create = buttons->addButton(tr("C&reate Account"), QDialogButtonBox::AcceptRole);
    create->setObjectName(QStringLiteral("createButton"));
    create->setDefault(true);
    buttons->addButton(tr("&Quit"), QDialogButtonBox::RejectRole);
    layout->addWidget(buttons);
    connect(create, &QPushButton::clicked, this, &FirstAdminDialog::create);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(fontMetrics().averageCharWidth() * 64);
}

QString FirstAdminDialog::password() const
{
    return m_password->text();
}

void FirstAdminDialog::create()
{
    if (m_password->text() != m_repeat->text()) {
        ErrorLabel::show(m_error, tr("The two passwords differ. Type the same one twice."));
        m_repeat->clear();
        m_repeat->setFocus();
        return;
    }
    StaffAccount account;
    account.displayName = m_name->text().trimmed();
    account.login = m_login->text().trimmed().toLower();
    account.registrationNumber = m_registration->text().trimmed();
    account.roles = StaffRole::Admin;
    if (m_clinician->isChecked())
        account.roles.insert(StaffRole::Clinician);
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    auto created = m_accounts.createFirstAdmin(account, m_password->text());
    QGuiApplication::restoreOverrideCursor();
    if (!created) {
        ErrorLabel::show(m_error, created.error().message);
        const QString field = created.error().fieldErrors.empty()
                                  ? QString()
                                  : created.error().fieldErrors.front().field;
        QLineEdit* focus = field == QStringLiteral("login")         ? m_login
                           : field == QStringLiteral("displayName") ? m_name
                                                                    : m_password;
        focus->setFocus();
        return;
    }
    m_created = *created;
    accept();
}

} // namespace needlechart
