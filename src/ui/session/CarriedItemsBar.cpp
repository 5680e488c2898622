#include "needlechart/ui/session/CarriedItemsBar.h"

#include "needlechart/domain/session/CarryForward.h"
#include "needlechart/ui/common/DateText.h"

#include "common/Theme.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace needlechart {

CarriedItemsBar::CarriedItemsBar(QWidget* parent)
    : QWidget(parent),
      m_text(new QLabel(this)),
      m_copy(new QPushButton(tr("S&tart from the last session"), this)),
      m_confirm(new QPushButton(tr("Con&firm all as done today"), this)),
      m_remove(new QPushButton(tr("Remove the &unconfirmed"), this))
{
    setObjectName(QStringLiteral("carriedItemsBar"));
    m_text->setObjectName(QStringLiteral("carriedItemsText"));
    m_text->setWordWrap(true);
    m_copy->setObjectName(QStringLiteral("copyLastSessionButton"));
    m_copy->setToolTip(tr("Copy the last signed note's points (with their technique and depth), "
                          "needle sizes and other care. Each copy is marked until you record "
                          "today's findings or confirm it."));
    m_confirm->setObjectName(QStringLiteral("confirmCarriedButton"));
    m_remove->setObjectName(QStringLiteral("removeCarriedButton"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_copy);
    layout->addWidget(m_confirm);
    layout->addWidget(m_remove);
    connect(m_copy, &QPushButton::clicked, this, &CarriedItemsBar::copyRequested);
    connect(m_confirm, &QPushButton::clicked, this, &CarriedItemsBar::confirmAllRequested);
    connect(m_remove, &QPushButton::clicked, this, &CarriedItemsBar::removeUnconfirmedRequested);
    hide();
}

void CarriedItemsBar::showFor(const Session& session, bool readOnly, QDate lastNote)
{
    const int unconfirmed = CarryForward::unconfirmedCount(session);
    const bool canCopy = !readOnly && lastNote.isValid() && CarryForward::canCarryInto(session);
    if (readOnly || (unconfirmed == 0 && !canCopy)) {
        hide();
        return;
    }
    if (unconfirmed > 0) {
        m_text->setText(
            unconfirmed == 1
                ? tr("1 item is copied and not yet confirmed (shown in italics). Record today's "
                     "findings, or confirm or remove it before signing.")
                : tr("%1 items are copied and not yet confirmed (shown in italics). Record "
                     "today's findings, or confirm or remove them before signing.")
                      .arg(unconfirmed));
        m_text->setStyleSheet(Theme::labelStyleSheet(Theme::Role::CautionText));
    } else {
        m_text->setText(tr("The last signed note is from %1.").arg(DateText::format(lastNote)));
        m_text->setStyleSheet(QString());
    }
    m_copy->setVisible(unconfirmed == 0 && canCopy);
    m_confirm->setVisible(unconfirmed > 0);
    m_remove->setVisible(unconfirmed > 0);
    show();
}

} // namespace needlechart
