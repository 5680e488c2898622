#include "needlechart/ui/accounts/SignInDialog.h"

#include "common/ErrorLabel.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace needlechart {

SignInDialog::SignInDialog(AccountService& accounts, const QString& clinicName,
                           const QString& demoPassword, QWidget* parent)
    : QDialog(parent), m_accounts(accounts)
{
    setObjectName(QStringLiteral("signInDialog"));
    setWindowTitle(tr("Sign In to NeedleChart"));
    auto* layout = new QVBoxLayout(this);
    auto* title = new QLabel(tr("<b>NeedleChart</b>"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    title->setFont(titleFont);
    layout->addWidget(title);
    auto* where = new QLabel;
    where->setObjectName(QStringLiteral("clinicDatabaseLabel"));
    where->setTextFormat(Qt::PlainText);
    where->setText(tr("Clinic database: %1").arg(clinicName));
    layout->addWidget(where);

    auto* form = new QFormLayout;
    m_login = new QLineEdit;
    m_login->setObjectName(QStringLiteral("loginEdit"));
    m_login->setMaxLength(32);
    m_login->setAccessibleName(tr("Login"));
    m_login->setMinimumWidth(fontMetrics().averageCharWidth() * 36);
    form->addRow(tr("&Login:"), m_login);
    m_password = new QLineEdit;
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Password"));
    form->addRow(tr("&Password:"), m_password);
    layout->addLayout(form);
    m_error = ErrorLabel::create(this);
    m_error->setObjectName(QStringLiteral("signInError"));
    layout->addWidget(m_error);

    m_demoHint = new QLabel;
    m_demoHint->setObjectName(QStringLiteral("demoHint"));
    m_demoHint->setWordWrap(true);
    m_demoHint->setTextFormat(Qt::PlainText);
    m_demoHint->setText(
        tr("This is the demo clinic, with made-up patients. Sign in as alex or jo "
           "(clinicians), desk (front desk) or admin (accounts and settings). Each has the "
           "password %1.")
            .arg(demoPassword));
    m_demoHint->setFrameShape(QFrame::StyledPanel);
    m_demoHint->setMargin(6);
    m_demoHint->setVisible(!demoPassword.isEmpty());
    layout->addWidget(m_demoHint);

    auto* buttons = new QDialogButtonBox;
    m_signIn = buttons->addButton(tr("&Sign In"), QDialogButtonBox::AcceptRole);
    m_signIn->setObjectName(QStringLiteral("signInButton"));
    m_signIn->setDefault(true);
    QPushButton* quit = buttons->addButton(tr("&Quit"), QDialogButtonBox::RejectRole);
    quit->setObjectName(QStringLiteral("quitButton"));
    layout->addWidget(buttons);
    connect(m_signIn, &QPushButton::clicked, this, &SignInDialog::signIn);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->setSizeConstraint(QLayout::SetFixedSize);
    m_login->setFocus();
}

void SignInDialog::signIn()
{
    if (m_login->text().trimmed().isEmpty()) {
        ErrorLabel::show(m_error, tr("Enter your login."));
        m_login->setFocus();
        return;
    }
    // Checking a password takes a noticeable fraction of a second, on purpose.
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    auto result = m_accounts.signIn(m_login->text(), m_password->text());
    QGuiApplication::restoreOverrideCursor();
    m_password->clear();
    if (!result) {
        ErrorLabel::show(m_error, result.error().message);
        m_password->setAccessibleDescription(result.error().message);
        m_password->setFocus();
        return;
    }
    ErrorLabel::show(m_error, QString());
    m_signedIn = std::move(result).value();
    accept();
}

} // namespace needlechart
