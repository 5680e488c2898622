#include "settings/ClinicProfilePage.h"

#include "needlechart/services/clinic/ClinicService.h"
#include "needlechart/ui/common/MessagePresenter.h"
#include "needlechart/ui/common/UiContext.h"

#include <QBuffer>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace needlechart {

ClinicProfilePage::ClinicProfilePage(UiContext& context, QWidget* parent)
    : QWidget(parent),
      m_context(context),
      m_name(new QLineEdit(this)),
      m_address(new QPlainTextEdit(this)),
      m_phone(new QLineEdit(this)),
      m_email(new QLineEdit(this)),
      m_logo(new QLabel(this)),
      m_reviewMonths(new QSpinBox(this))
{
    setObjectName(QStringLiteral("clinicProfilePage"));
    m_name->setObjectName(QStringLiteral("clinicName"));
    m_address->setTabChangesFocus(true);
    m_address->setMaximumHeight(fontMetrics().lineSpacing() * 4);
    m_reviewMonths->setRange(1, 60);
    m_reviewMonths->setSuffix(tr(" months"));
    m_reviewMonths->setObjectName(QStringLiteral("reviewMonths"));
    m_idleLock = new QSpinBox(this);
    m_idleLock->setRange(1, ClinicProfile::MaxIdleLockMinutes);
    m_idleLock->setSuffix(tr(" idle minutes"));
    m_idleLock->setObjectName(QStringLiteral("idleLockMinutes"));
    m_idleLock->setToolTip(tr("Every workstation covers its window after this long without "
                              "use; the same person unlocks it with their password."));
    m_logo->setMinimumSize(64, 64);
    m_logo->setAlignment(Qt::AlignCenter);
    m_logo->setFrameShape(QFrame::StyledPanel);

    auto* chooseLogoButton = new QPushButton(tr("Choose logo\u2026"), this);
    chooseLogoButton->setObjectName(QStringLiteral("chooseLogoButton"));
    auto* removeLogoButton = new QPushButton(tr("Remove logo"), this);
    auto* logoRow = new QHBoxLayout;
    logoRow->addWidget(m_logo);
    logoRow->addWidget(chooseLogoButton);
    logoRow->addWidget(removeLogoButton);
    logoRow->addStretch(1);
    auto* saveButton = new QPushButton(tr("Save details"), this);
    saveButton->setObjectName(QStringLiteral("saveDetailsButton"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    layout->addLayout(form);
    layout->addStretch(1); // extra height below the form, not between its rows
    form->addRow(tr("&Name"), m_name);
    form->addRow(tr("&Address"), m_address);
    form->addRow(tr("&Phone"), m_phone);
    form->addRow(tr("&E-mail"), m_email);
    form->addRow(tr("Logo"), logoRow);
    form->addRow(tr("Screening &review"), m_reviewMonths);
    form->addRow(tr("&Lock the screen after"), m_idleLock);
    auto* saveRow = new QHBoxLayout;
    saveRow->addWidget(saveButton);
    saveRow->addStretch(1);
    form->addRow(QString(), saveRow);

    connect(saveButton, &QPushButton::clicked, this, &ClinicProfilePage::saveRequested);
    connect(chooseLogoButton, &QPushButton::clicked, this, &ClinicProfilePage::chooseLogo);
    connect(removeLogoButton, &QPushButton::clicked, this, [this] {
        m_logoPng.clear();
        showLogo();
    });
}

void ClinicProfilePage::load()
{
    if (auto profile = m_context.clinic.profile()) {
        m_name->setText(profile->name);
        m_address->setPlainText(profile->address);
        m_phone->setText(profile->phone);
        m_email->setText(profile->email);
        m_logoPng = profile->logoPng;
        m_reviewMonths->setValue(profile->screeningReviewMonths);
        m_idleLock->setValue(profile->idleLockMinutes);
        m_rowVersion = profile->rowVersion;
    }
    showLogo();
}

Status ClinicProfilePage::save(ClinicProfile profile)
{
    profile.name = m_name->text().trimmed();
    profile.address = m_address->toPlainText().trimmed();
    profile.phone = m_phone->text().trimmed();
    profile.email = m_email->text().trimmed();
    profile.logoPng = m_logoPng;
    profile.screeningReviewMonths = m_reviewMonths->value();
    profile.idleLockMinutes = m_idleLock->value();
    // Saved against the version shown: a save from another workstation in between is refused
    // (and the form keeps what was typed) instead of being overwritten.
    profile.rowVersion = m_rowVersion;
    const Status saved = m_context.clinic.saveProfile(profile, m_context.user);
    if (saved.ok()) {
        if (auto stored = m_context.clinic.profile())
            m_rowVersion = stored->rowVersion;
    }
    return saved;
}

void ClinicProfilePage::chooseLogo()
{
    const auto file = m_context.messages.openFileName(
        this, tr("Choose the clinic's logo"), QString(), tr("Images (*.png *.jpg *.jpeg *.svg)"));
    QImage image;
    if (!file || file->isEmpty() || !image.load(*file))
        return;
    image = image.scaled(400, 400, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    QBuffer buffer(&m_logoPng);
    m_logoPng.clear();
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    showLogo();
}

void ClinicProfilePage::showLogo()
{
    QPixmap pixmap;
    if (!m_logoPng.isEmpty() && pixmap.loadFromData(m_logoPng))
        m_logo->setPixmap(pixmap.scaled(64, 64, Qt::KeepAspectRatio, Qt::SmoothTransformation));
    else
        m_logo->setText(tr("none"));
}

} // namespace needlechart
