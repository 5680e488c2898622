#include "needlechart/ui/settings/ClinicServerDialog.h"

#include "needlechart/services/common/ClinicServices.h"
#include "needlechart/ui/settings/AppSettings.h"

#include "common/Theme.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace needlechart {

ClinicServerDialog::ClinicServerDialog(AppSettings& settings, QWidget* parent)
    : QDialog(parent), m_settings(settings)
{
    setObjectName(QStringLiteral("clinicServerDialog"));
    setWindowTitle(tr("Connect to Clinic Server"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(
        tr("Several workstations (the front desk, the treatment rooms) can share one clinic "
           "database on a PostgreSQL server that your IT support set up. Enter its address; "
           "NeedleChart connects to it from the next start on.\n\nPasswords are never stored: "
           "they come from ~/.pgpass or a service file, or NeedleChart asks for one."));
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* form = new QFormLayout;
    m_address = new QLineEdit(settings.clinicServer());
    m_address->setObjectName(QStringLiteral("serverAddressEdit"));
    m_address->setPlaceholderText(
        QStringLiteral("postgresql://alex@clinic-server/needlechart?sslmode=verify-full"));
    m_address->setMinimumWidth(fontMetrics().averageCharWidth() * 60);
    m_address->setAccessibleName(tr("Server address"));
    form->addRow(tr("Server &address:"), m_address);
    layout->addLayout(form);
    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("serverAddressError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(Theme::labelStyleSheet(Theme::Role::ErrorText));
    m_error->hide();
    layout->addWidget(m_error);

    auto* buttons = new QDialogButtonBox;
    QPushButton* connectButton =
        buttons->addButton(tr("&Connect at Next Start"), QDialogButtonBox::AcceptRole);
    connectButton->setObjectName(QStringLiteral("connectButton"));
    connectButton->setDefault(true);
    m_useFile = buttons->addButton(tr("Use This Computer's &File"), QDialogButtonBox::ResetRole);
    m_useFile->setObjectName(QStringLiteral("useFileButton"));
    m_useFile->setEnabled(!settings.clinicServer().isEmpty());
    buttons->addButton(QDialogButtonBox::Cancel);
    layout->addWidget(buttons);
    connect(connectButton, &QPushButton::clicked, this, &ClinicServerDialog::connectToServer);
    connect(m_useFile, &QPushButton::clicked, this, &ClinicServerDialog::useFile);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void ClinicServerDialog::connectToServer()
{
    auto text = ClinicServices::serverAddressText(m_address->text());
    if (!text) {
        m_error->setText(text.error().message);
        m_error->show();
        m_address->setAccessibleDescription(text.error().message);
        m_address->setFocus();
        return;
    }
    m_settings.setClinicServer(*text);
    m_settings.sync();
    accept();
}

void ClinicServerDialog::useFile()
{
    m_settings.setClinicServer(QString());
    m_settings.sync();
    accept();
}

} // namespace needlechart
