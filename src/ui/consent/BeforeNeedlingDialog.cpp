#include "needlechart/ui/consent/BeforeNeedlingDialog.h"

#include "needlechart/domain/common/DisplayText.h"
#include "needlechart/domain/common/EnumText.h"
#include "needlechart/domain/consent/ConsentTerms.h"
#include "needlechart/domain/consent/NeedlingClearance.h"
#include "needlechart/services/common/ChangeNotifier.h"
#include "needlechart/services/consent/ConsentService.h"
#include "needlechart/ui/common/DateText.h"
#include "needlechart/ui/consent/ConsentDialog.h"
#include "needlechart/ui/consent/ScreeningDialog.h"

#include "common/Theme.h"

#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace needlechart {

namespace {

QLabel* wrappedLabel(QWidget* parent, const QString& objectName)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

// A group with its status text on the left and its button on the right.
QGroupBox* statusGroup(const QString& title, QLabel* text, QPushButton* button, QWidget* parent)
{
    auto* group = new QGroupBox(title, parent);
    auto* layout = new QHBoxLayout(group);
    layout->addWidget(text, 1);
    layout->addWidget(button, 0, Qt::AlignTop);
    return group;
}

} // namespace

BeforeNeedlingDialog::BeforeNeedlingDialog(UiContext& context, PatientId patientId,
                                           const QString& patientName, QWidget* parent)
    : QDialog(parent),
      m_context(context),
      m_patientId(patientId),
      m_patientName(patientName),
      m_consentText(wrappedLabel(this, QStringLiteral("beforeNeedlingConsent"))),
      m_screeningText(wrappedLabel(this, QStringLiteral("beforeNeedlingScreening"))),
      m_clearanceText(wrappedLabel(this, QStringLiteral("beforeNeedlingClearance"))),
      m_recordConsent(new QPushButton(tr("Record &consent\u2026"), this)),
      m_recordScreening(new QPushButton(tr("Record sc&reening\u2026"), this)),
      m_start(new QPushButton(tr("&Start charting"), this)),
      m_notNeedled(new QPushButton(tr("&Not needling this visit"), this))
{
    setObjectName(QStringLiteral("beforeNeedlingDialog"));
    setWindowTitle(tr("Before needling \u2014 %1").arg(patientName));
    m_recordConsent->setObjectName(QStringLiteral("beforeNeedlingRecordConsent"));
    m_recordScreening->setObjectName(QStringLiteral("beforeNeedlingRecordScreening"));
    m_start->setObjectName(QStringLiteral("beforeNeedlingStart"));
    m_notNeedled->setObjectName(QStringLiteral("beforeNeedlingNotNeedled"));
    m_notNeedled->setToolTip(tr("Chart this visit without needling (for example soft tissue work "
                                "instead), with the reason."));
    m_start->setDefault(true);

    auto* intro = new QLabel(
        tr("%1: the consent and the precaution screening this session relies on. Record what is "
           "missing now, or chart the visit without needling.")
            .arg(patientName),
        this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);

    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_start, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_notNeedled, QDialogButtonBox::ActionRole);
    QPushButton* cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setText(tr("&Don't start the session"));
    cancel->setObjectName(QStringLiteral("beforeNeedlingCancel"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(statusGroup(tr("Consent"), m_consentText, m_recordConsent, this));
    layout->addWidget(
        statusGroup(tr("Precaution screening"), m_screeningText, m_recordScreening, this));
    layout->addWidget(m_clearanceText);
    layout->addStretch(1);
    layout->addWidget(buttons);

    connect(m_start, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_notNeedled, &QPushButton::clicked, this, [this] { done(NotNeedled); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_recordConsent, &QPushButton::clicked, this, &BeforeNeedlingDialog::recordConsent);
    connect(m_recordScreening, &QPushButton::clicked, this, &BeforeNeedlingDialog::recordScreening);
    connect(&m_context.notifier, &ChangeNotifier::changed, this, [this](const ChangeEvent& event) {
        if (event.entity == ChangeEvent::Entity::Consent
            && (event.patientId == m_patientId || event.remote))
            refresh();
    });
    refresh();
    // As tall as the wrapped texts need at this width, no taller.
    resize(620, layout->totalHeightForWidth(620));
}

void BeforeNeedlingDialog::refresh()
{
    const auto clearance = m_context.consent.clearance(m_patientId, m_context.user);
    if (!clearance) {
        m_clearanceText->setText(
            tr("Consent and screening could not be read: %1").arg(clearance.error().message));
        m_clearanceText->setStyleSheet(Theme::alertStyleSheet());
        return;
    }
    const NeedlingClearance& c = *clearance;

    // Consent: the one in force, or why there is none.
    QStringList consentLines;
    const auto consent = m_context.consent.consentInForce(m_patientId, m_context.user);
    if (consent && consent->has_value()) {
        const Consent& given = **consent;
        consentLines << tr("Given on %1 (%2) after leaflet version %3, recorded by %4.")
                            .arg(DateText::format(given.recordedAt.toLocalTime().date()),
                                 DisplayText::inSentence(enumLabel(given.form)),
                                 QString::number(given.leafletVersion), given.clinician);
        if (!given.scope.isEmpty())
            consentLines << tr("Covers: %1").arg(given.scope);
    }
    for (const NeedlingClearance::Reason& reason : c.blocks) {
        if (reason.block == NeedlingClearance::Block::NoConsent
            || reason.block == NeedlingClearance::Block::ConsentDeclined
            || reason.block == NeedlingClearance::Block::ConsentWithdrawn)
            consentLines << reason.message;
    }
    m_consentText->setText(consentLines.join(QLatin1Char('\n')));
    m_recordConsent->setText(c.hasConsentInForce() ? tr("Record a new &consent\u2026")
                                                   : tr("Record &consent\u2026"));

    // Screening: the latest, whether it still counts, and what it found.
    QStringList screeningLines;
    const auto screening = m_context.consent.latestScreening(m_patientId, m_context.user);
    if (screening && screening->has_value()) {
        const Screening& latest = **screening;
        screeningLines << tr("Screened on %1 by %2.")
                              .arg(DateText::format(latest.screenedAt.toLocalTime().date()),
                                   latest.clinician);
    }
    for (const NeedlingClearance::Reason& reason : c.blocks) {
        if (reason.block == NeedlingClearance::Block::NoScreening
            || reason.block == NeedlingClearance::Block::ScreeningExpired
            || reason.block == NeedlingClearance::Block::Contraindicated)
            screeningLines << reason.message;
    }
    if (!c.warnings.isEmpty())
        screeningLines
            << tr("Precautions to keep in mind: %1.").arg(c.warnings.join(QStringLiteral("; ")));
    else if (screening && screening->has_value()
             && !c.isBlockedBy(NeedlingClearance::Block::Contraindicated))
        screeningLines << tr("No precautions found.");
    m_screeningText->setText(screeningLines.join(QLatin1Char('\n')));
    m_recordScreening->setText(screening && screening->has_value() ? tr("Screen &again\u2026")
                                                                   : tr("Record sc&reening\u2026"));

    if (c.isCleared() && c.warnings.isEmpty()) {
        m_clearanceText->setText(tr("Cleared to needle."));
        m_clearanceText->setStyleSheet(Theme::successStyleSheet());
    } else if (c.isCleared()) {
        m_clearanceText->setText(
            tr("Cleared to needle with care: a precaution at a site you needle is acknowledged "
               "in the note before it is signed."));
        m_clearanceText->setStyleSheet(Theme::labelStyleSheet(Theme::Role::CautionText, true));
    } else {
        m_clearanceText->setText(
            tr("Not cleared to needle yet. You can start the note, but a note with needling "
               "cannot be signed until the above is recorded."));
        m_clearanceText->setStyleSheet(Theme::alertStyleSheet());
    }
    m_start->setText(c.isCleared() ? tr("&Start charting") : tr("&Start the note anyway"));
}

void BeforeNeedlingDialog::recordConsent()
{
    auto* dialog = new ConsentDialog(m_context.consent, m_context.clinic, m_patientId,
                                     m_patientName, m_context.user, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->show();
}

void BeforeNeedlingDialog::recordScreening()
{
    auto* dialog =
        new ScreeningDialog(m_context.consent, m_patientId, m_patientName, m_context.user, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->show();
}

} // namespace needlechart
