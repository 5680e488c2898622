#include "needlechart/ui/settings/ClinicSettingsDialog.h"

#include "needlechart/domain/accounts/Permission.h"

#include "common/ErrorLabel.h"
#include "settings/AppointmentBookPage.h"
#include "settings/BackupPage.h"
#include "settings/ClinicProfilePage.h"
#include "settings/DocumentTemplatesPage.h"
#include "settings/LeafletPage.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

namespace needlechart {

ClinicSettingsDialog::ClinicSettingsDialog(UiContext& context, QWidget* parent)
    : QDialog(parent),
      m_profile(new ClinicProfilePage(context, this)),
      m_leaflet(new LeafletPage(context, this)),
      m_book(new AppointmentBookPage(context, this)),
      m_templates(new DocumentTemplatesPage(context, this)),
      m_error(ErrorLabel::create(this))
{
    setObjectName(QStringLiteral("clinicSettingsDialog"));
    setWindowTitle(tr("Clinic settings"));
    auto* tabs = new QTabWidget(this);
    tabs->addTab(m_profile, tr("Clinic"));
    tabs->addTab(m_leaflet, tr("Leaflet"));
    tabs->addTab(m_templates, tr("Letters and sheets"));
    tabs->addTab(m_book, tr("Appointment book"));
    if (context.user.may(Permission::Backups)) {
        m_backups = new BackupPage(context, this);
        tabs->addTab(m_backups, tr("Backups"));
        m_backups->load();
        connect(m_backups, &BackupPage::problemChanged, this,
                [this](const QString& message) { ErrorLabel::show(m_error, message); });
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(tabs, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(980, 720);

    m_profile->load();
    m_leaflet->load();
    m_templates->load();
    m_book->load();

    const auto showProblem = [this](const QString& message) { ErrorLabel::show(m_error, message); };
    connect(m_leaflet, &LeafletPage::problemChanged, this, showProblem);
    connect(m_templates, &DocumentTemplatesPage::problemChanged, this, showProblem);
    connect(m_book, &AppointmentBookPage::problemChanged, this, showProblem);
    connect(m_profile, &ClinicProfilePage::saveRequested, this, [this] { saveDetails(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

bool ClinicSettingsDialog::saveDetails()
{
    ClinicProfile profile;
    m_book->applyHours(profile);
    const Status saved = m_profile->save(profile);
    ErrorLabel::show(m_error, saved.ok() ? QString() : saved.error().message);
    return saved.ok();
}

} // namespace needlechart
