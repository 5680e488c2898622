#include "needlechart/ui/settings/ClinicianDialog.h"

#include "needlechart/services/appointments/AppointmentService.h"

#include "common/ErrorLabel.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QVBoxLayout>

namespace needlechart {

ClinicianDialog::ClinicianDialog(UiContext& context, Clinician clinician, QWidget* parent)
    : QDialog(parent),
      m_context(context),
      m_original(std::move(clinician)),
      m_name(new QLineEdit(m_original.name, this)),
      m_login(new QLineEdit(m_original.login, this)),
      m_active(new QCheckBox(tr("Takes bookings"), this)),
      m_error(ErrorLabel::create(this))
{
    setObjectName(QStringLiteral("clinicianDialog"));
    setWindowTitle(tr("Clinician"));
    m_name->setObjectName(QStringLiteral("clinicianName"));
    m_login->setPlaceholderText(tr("the login they chart under (optional)"));
    auto* daysRow = new QHBoxLayout;
    for (int day = 1; day <= 7; ++day) {
        auto* check = new QCheckBox(QLocale().dayName(day, QLocale::ShortFormat), this);
        check->setChecked(m_original.worksOn(day));
        m_days.append(check);
        daysRow->addWidget(check);
    }
    daysRow->addStretch(1);
    m_active->setChecked(m_original.active);
    m_active->setToolTip(tr("Untick when they leave: their column goes from the day view and "
                            "their past bookings stay on record."));

    auto* form = new QFormLayout;
    form->addRow(tr("&Name"), m_name);
    form->addRow(tr("&Login"), m_login);
    form->addRow(tr("Works on"), daysRow);
    form->addRow(QString(), m_active);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &ClinicianDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

Clinician ClinicianDialog::clinician() const
{
    Clinician c = m_original;
    c.name = m_name->text().trimmed();
    c.login = m_login->text().trimmed();
    c.workingDays = 0;
    for (int day = 1; day <= 7; ++day) {
        if (m_days.at(day - 1)->isChecked())
            c.workingDays |= 1 << (day - 1);
    }
    c.active = m_active->isChecked();
    return c;
}

bool ClinicianDialog::save()
{
    const Status saved = m_context.appointments.updateClinician(clinician(), m_context.user);
    ErrorLabel::show(m_error, saved.ok() ? QString() : saved.error().message);
    if (saved.ok())
        accept();
    return saved.ok();
}

} // namespace needlechart
