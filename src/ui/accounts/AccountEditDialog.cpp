#include "needlechart/ui/accounts/AccountEditDialog.h"

#include "needlechart/services/accounts/AccountService.h"
#include "needlechart/services/accounts/PasswordHasher.h"

#include "common/ErrorLabel.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace needlechart {

AccountEditDialog::AccountEditDialog(AccountService& accounts, User admin,
                                     std::optional<StaffAccount> existing, QWidget* parent)
    : QDialog(parent),
      m_accounts(accounts),
      m_signedIn(std::move(admin)),
      m_existing(std::move(existing))
{
    setObjectName(QStringLiteral("accountEditDialog"));
    setWindowTitle(m_existing ? tr("Edit Staff Account") : tr("New Staff Account"));
    const StaffAccount shown = m_existing.value_or(StaffAccount{});
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_name = new QLineEdit(shown.displayName);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setMaxLength(120);
    m_name->setPlaceholderText(tr("as printed on notes, e.g. Alex Morgan"));
    form->addRow(tr("&Name:"), m_name);
    m_login = new QLineEdit(shown.login);
    m_login->setObjectName(QStringLiteral("loginEdit"));
    m_login->setMaxLength(32);
    m_login->setReadOnly(m_existing.has_value());
    m_login->setToolTip(m_existing ? tr("A login cannot change: notes and the audit trail name it.")
                                   : tr("Lower-case letters, digits, '.', '-' or '_'."));
    form->addRow(tr("&Login:"), m_login);

    auto* roles = new QHBoxLayout;
    m_clinician = new QCheckBox(tr("&Clinician"));
    m_clinician->setObjectName(QStringLiteral("clinicianBox"));
    m_clinician->setToolTip(tr("Charts treatment, signs their own notes and amends them."));
    m_frontDesk = new QCheckBox(tr("&Front desk"));
    m_frontDesk->setObjectName(QStringLiteral("frontDeskBox"));
    m_frontDesk->setToolTip(tr("Patients' details, the appointment book, leaflets; no notes."));
    m_adminBox = new QCheckBox(tr("&Admin"));
    m_adminBox->setObjectName(QStringLiteral("adminBox"));
    m_adminBox->setToolTip(tr("Staff accounts, clinic settings, the audit trail, backups."));
    m_clinician->setChecked(shown.roles.has(StaffRole::Clinician));
    m_frontDesk->setChecked(shown.roles.has(StaffRole::FrontDesk));
    m_adminBox->setChecked(shown.roles.has(StaffRole::Admin));
    roles->addWidget(m_clinician);
    roles->addWidget(m_frontDesk);
    roles->addWidget(m_adminBox);
    roles->addStretch();
    form->addRow(tr("Roles:"), roles);
    m_registration = new QLineEdit(shown.registrationNumber);
    m_registration->setObjectName(QStringLiteral("registrationEdit"));
    m_registration->setMaxLength(40);
    m_registration->setPlaceholderText(tr("professional registration, printed with signatures"));
    form->addRow(tr("&Registration:"), m_registration);
    layout->addLayout(form);

    m_needling = new QGroupBox(tr("Authorised to &needle"));
    m_needling->setObjectName(QStringLiteral("needlingGroup"));
    m_needling->setCheckable(true);
    m_needling->setChecked(shown.needling.isRecorded());
    auto* needlingForm = new QFormLayout(m_needling);
    m_body = new QLineEdit(shown.needling.body);
    m_body->setObjectName(QStringLiteral("needlingBodyEdit"));
    m_body->setMaxLength(120);
    m_body->setPlaceholderText(tr("the register or the course, e.g. AACP register"));
    needlingForm->addRow(tr("&Body:"), m_body);
    m_number = new QLineEdit(shown.needling.number);
    m_number->setObjectName(QStringLiteral("needlingNumberEdit"));
    m_number->setMaxLength(60);
    needlingForm->addRow(tr("N&umber:"), m_number);
    m_expires = new QDateEdit(shown.needling.isRecorded() ? shown.needling.expiresOn
                                                          : QDate::currentDate().addYears(1));
    m_expires->setObjectName(QStringLiteral("needlingExpiryEdit"));
    m_expires->setCalendarPopup(true);
    needlingForm->addRow(tr("Valid &until:"), m_expires);
    layout->addWidget(m_needling);

    m_active = new QCheckBox(tr("Ac&tive: may sign in"));
    m_active->setObjectName(QStringLiteral("activeBox"));
    m_active->setChecked(shown.active);
    m_active->setToolTip(tr("Accounts are never deleted, only deactivated: the notes they signed "
                            "keep naming them."));
    layout->addWidget(m_active);
    if (!m_existing) {
        auto* note = new QLabel(tr("A temporary password is made for the new account and shown "
                                   "once; the person chooses their own at their first sign-in."));
        note->setWordWrap(true);
        layout->addWidget(note);
    }
    m_error = ErrorLabel::create(this);
    m_error->setObjectName(QStringLiteral("accountError"));
    layout->addWidget(m_error);
    auto* buttons = new QDialogButtonBox;
    QPushButton* saveButton = buttons->addButton(m_existing ? tr("&Save") : tr("C&reate Account"),
                                                 QDialogButtonBox::AcceptRole);
    saveButton->setObjectName(QStringLiteral("saveButton"));
    saveButton->setDefault(true);
    buttons->addButton(QDialogButtonBox::Cancel);
    layout->addWidget(buttons);
    connect(saveButton, &QPushButton::clicked, this, &AccountEditDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(fontMetrics().averageCharWidth() * 70);
}

StaffAccount AccountEditDialog::accountFromForm() const
{
    StaffAccount a = m_existing.value_or(StaffAccount{});
    a.displayName = m_name->text().trimmed();
    a.login = m_login->text().trimmed().toLower();
    a.roles = StaffRoles{};
    if (m_clinician->isChecked())
        a.roles.insert(StaffRole::Clinician);
    if (m_frontDesk->isChecked())
        a.roles.insert(StaffRole::FrontDesk);
    if (m_adminBox->isChecked())
        a.roles.insert(StaffRole::Admin);
    a.registrationNumber = m_registration->text().trimmed();
    a.needling = m_needling->isChecked()
                     ? NeedlingAuthorisation{m_body->text().trimmed(), m_number->text().trimmed(),
                                             m_expires->date()}
                     : NeedlingAuthorisation{};
    a.active = m_active->isChecked();
    return a;
}

void AccountEditDialog::save()
{
    const StaffAccount account = accountFromForm();
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    Result<StaffAccount> result = [&]() -> Result<StaffAccount> {
        if (m_existing)
            return m_accounts.updateAccount(m_signedIn, account);
        m_temporaryPassword = PasswordHasher::temporaryPassword();
        return m_accounts.createAccount(m_signedIn, account, m_temporaryPassword);
    }();
    QGuiApplication::restoreOverrideCursor();
    if (!result) {
        m_temporaryPassword.clear();
        ErrorLabel::show(m_error, result.error().message);
        return;
    }
    m_saved = *result;
    accept();
}

} // namespace needlechart
