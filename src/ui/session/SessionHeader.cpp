#include "needlechart/ui/session/SessionHeader.h"

#include "needlechart/domain/common/DisplayText.h"
#include "needlechart/domain/consent/NeedlingClearance.h"
#include "needlechart/domain/session/SitePrecautions.h"
#include "needlechart/services/session/SessionChart.h"
#include "needlechart/ui/common/DateText.h"

#include "common/Theme.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace needlechart {

SessionHeader::SessionHeader(QWidget* parent)
    : QWidget(parent),
      m_name(new QLabel(this)),
      m_details(new QLabel(this)),
      m_status(new QLabel(this)),
      m_alerts(new QLabel(this)),
      m_entered(new QLabel(this)),
      m_clearance(new QLabel(this)),
      m_precautions(new QWidget(this))
{
    m_precautions->setObjectName(QStringLiteral("sitePrecautions"));
    m_precautions->setAccessibleName(tr("Precautions at the sites needled"));
    auto* precautionLayout = new QVBoxLayout(m_precautions);
    precautionLayout->setContentsMargins(0, 0, 0, 0);
    precautionLayout->setSpacing(2);
    m_precautions->hide();
    m_clearance->setObjectName(QStringLiteral("sessionClearance"));
    m_clearance->setTextFormat(Qt::PlainText);
    m_clearance->setWordWrap(true);
    m_clearance->hide();
    m_entered->setObjectName(QStringLiteral("sessionEntered"));
    m_entered->setTextFormat(Qt::PlainText);
    m_entered->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_name->setObjectName(QStringLiteral("sessionPatientName"));
    m_name->setTextFormat(Qt::PlainText);
    QFont font = m_name->font();
    font.setPointSizeF(font.pointSizeF() * 1.3);
    font.setBold(true);
    m_name->setFont(font);
    m_details->setTextFormat(Qt::PlainText);
    m_status->setObjectName(QStringLiteral("sessionStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_alerts->setObjectName(QStringLiteral("sessionAlerts"));
    m_alerts->setTextFormat(Qt::PlainText);
    m_alerts->setWordWrap(true);
    m_alerts->setStyleSheet(Theme::alertStyleSheet());
    m_alerts->hide();

    auto* who = new QVBoxLayout;
    who->setSpacing(0);
    who->addWidget(m_name);
    who->addWidget(m_details);
    auto* state = new QVBoxLayout;
    state->setSpacing(0);
    state->addWidget(m_status);
    state->addWidget(m_entered);
    auto* top = new QHBoxLayout;
    top->addLayout(who, 1);
    top->addLayout(state);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_alerts);
    layout->addWidget(m_clearance);
    layout->addWidget(m_precautions);
}

void SessionHeader::showPatient(const Patient& patient, QDate today)
{
    m_name->setText(patient.isolatedDisplayName());
    QStringList details;
    if (const auto age = patient.ageOn(today))
        // Spelled out per count rather than with %n so English reads right without a translation.
        details << (*age == 1 ? tr("1 year old") : tr("%1 years old").arg(*age));
    details << tr("born %1").arg(DateText::format(patient.dateOfBirth));
    details << tr("record %1").arg(patient.id);
    m_details->setText(details.join(QStringLiteral(" \u00b7 ")));
}

void SessionHeader::showNote(const Session& session)
{
    QString text;
    if (session.isSigned()) {
        // The name and registration number as the signer's account held them when signing.
        const QString signer = session.signedByRegistration.isEmpty()
                                   ? DisplayText::isolate(session.signedBy)
                                   : tr("%1 (registration %2)")
                                         .arg(DisplayText::isolate(session.signedBy),
                                              DisplayText::isolate(session.signedByRegistration));
        text = tr("Signed by %1, %2").arg(signer, DateText::formatDateTime(session.signedAt));
        if (!session.amendments.isEmpty())
            text += session.amendments.size() == 1
                        ? tr(" \u00b7 1 amendment")
                        : tr(" \u00b7 %1 amendments").arg(session.amendments.size());
        m_status->setStyleSheet(Theme::labelStyleSheet(Theme::Role::Accent, true));
    } else if (session.isStored()) {
        text = tr("Draft \u00b7 saved %1").arg(DateText::formatTime(session.updatedAt));
        m_status->setStyleSheet(Theme::labelStyleSheet(Theme::Role::PendingText, true));
    } else {
        text = tr("New draft \u00b7 not saved yet");
        m_status->setStyleSheet(Theme::labelStyleSheet(Theme::Role::PendingText, true));
    }
    m_status->setText(text);
    // When the entry was written, apart from when the treatment took place.
    m_status->setToolTip(session.isStored() ? tr("Entry started %1 by %2")
                                                  .arg(DateText::formatDateTime(session.createdAt),
                                                       DisplayText::isolate(session.clinician))
                                            : QString());
    m_status->setAccessibleDescription(m_status->toolTip());
    m_entered->setText(session.isStored()
                           ? tr("entry started %1").arg(DateText::formatDateTime(session.createdAt))
                           : QString());
}

void SessionHeader::showAlerts(const SessionChart& chart)
{
    QStringList alerts;
    for (const SessionSummary& s : chart.history) {
        if (s.hasSeriousAdverseEvent)
            alerts << tr("Serious adverse event on %1: see that note's follow-up.")
                          .arg(DateText::format(s.treatedAt.toLocalTime().date()));
    }
    m_alerts->setText(tr("Alert: %1").arg(alerts.join(QLatin1Char(' '))));
    m_alerts->setVisible(!alerts.isEmpty());
}

void SessionHeader::showClearance(const NeedlingClearance& clearance, int openPrecautions)
{
    QStringList lines;
    if (clearance.isCleared() && openPrecautions > 0) {
        lines << (openPrecautions == 1
                      ? tr("Cleared to needle with care: 1 precaution at a site needled is still "
                           "to be acknowledged (below).")
                      : tr("Cleared to needle with care: %1 precautions at the sites needled are "
                           "still to be acknowledged (below).")
                            .arg(openPrecautions));
        m_clearance->setStyleSheet(Theme::labelStyleSheet(Theme::Role::CautionText, true));
    } else if (clearance.isCleared()) {
        lines << tr("Cleared to needle: consent in force (leaflet version %1), screening current.")
                     .arg(clearance.leafletVersion);
        m_clearance->setStyleSheet(Theme::successStyleSheet());
    } else {
        for (const NeedlingClearance::Reason& reason : clearance.blocks)
            lines << reason.message;
        m_clearance->setStyleSheet(Theme::alertStyleSheet());
    }
    if (!clearance.warnings.isEmpty())
        lines << tr("Precautions: %1.").arg(clearance.warnings.join(QStringLiteral("; ")));
    m_clearance->setText(lines.join(QLatin1Char(' ')));
    m_clearance->setVisible(true);
}

void SessionHeader::showSitePrecautions(const QList<SitePrecaution>& found,
                                        const QStringList& acknowledged, bool readOnly)
{
    QList<QCheckBox*> boxes = m_precautions->findChildren<QCheckBox*>(Qt::FindDirectChildrenOnly);
    boxes.removeIf(
        [](QCheckBox* box) { return box->isHidden() && box->property("gone").toBool(); });
    QStringList shown;
    for (QCheckBox* box : boxes)
        shown << box->objectName();
    QStringList wanted;
    for (const SitePrecaution& precaution : found)
        wanted << QStringLiteral("precaution:") + precaution.key();
    if (shown == wanted) {
        // The same precautions: only the ticks and whether they can change (a box may be the
        // one whose toggle led here, so none is deleted).
        for (QCheckBox* box : boxes) {
            const QSignalBlocker block(box);
            box->setChecked(acknowledged.contains(box->property("precautionKey").toString()));
            box->setEnabled(!readOnly);
        }
        m_precautions->setVisible(!found.isEmpty());
        return;
    }
    for (QCheckBox* old : boxes) {
        old->setProperty("gone", true);
        old->hide();
        m_precautions->layout()->removeWidget(old);
        old->deleteLater();
    }
    for (const SitePrecaution& precaution : found) {
        auto* box = new QCheckBox(tr("Acknowledged, needled with care: %1").arg(precaution.message),
                                  m_precautions);
        box->setObjectName(QStringLiteral("precaution:") + precaution.key());
        box->setProperty("precautionKey", precaution.key());
        box->setChecked(acknowledged.contains(precaution.key()));
        box->setEnabled(!readOnly);
        box->setStyleSheet(Theme::labelStyleSheet(Theme::Role::CautionText));
        m_precautions->layout()->addWidget(box);
        connect(box, &QCheckBox::toggled, this, [this, key = precaution.key()](bool on) {
            Q_EMIT precautionAcknowledged(key, on);
        });
    }
    m_precautions->setVisible(!found.isEmpty());
}

} // namespace needlechart
