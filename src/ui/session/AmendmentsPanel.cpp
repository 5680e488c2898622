#include "needlechart/ui/session/AmendmentsPanel.h"

#include "needlechart/domain/common/DisplayText.h"
#include "needlechart/ui/common/DateText.h"

#include "common/Theme.h"

#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace needlechart {

AmendmentsPanel::AmendmentsPanel(QWidget* parent)
    : QGroupBox(tr("Amendments"), parent),
      m_list(new QVBoxLayout),
      m_add(new QPushButton(tr("Add amendment\u2026"), this))
{
    setObjectName(QStringLiteral("amendmentsPanel"));
    m_add->setObjectName(QStringLiteral("addAmendmentButton"));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(m_list);
    layout->addWidget(m_add, 0, Qt::AlignLeft);
    connect(m_add, &QPushButton::clicked, this, &AmendmentsPanel::addRequested);
    hide();
}

void AmendmentsPanel::showNote(const Session& session)
{
    setVisible(session.isSigned());
    qDeleteAll(m_items);
    m_items.clear();
    if (session.amendments.isEmpty()) {
        auto* none = new QLabel(tr("None. The note stands as signed."), this);
        m_list->addWidget(none);
        m_items.append(none);
    }
    for (qsizetype i = 0; i < session.amendments.size(); ++i) {
        const Amendment& a = session.amendments.at(i);
        auto* item = new QLabel(this);
        item->setObjectName(QStringLiteral("amendment%1").arg(i));
        item->setWordWrap(true);
        item->setTextFormat(Qt::RichText);
        item->setTextInteractionFlags(Qt::TextSelectableByMouse);
        item->setText(tr("<b>%1, %2</b> \u2014 <i>%3</i><br>%4")
                          .arg(DisplayText::isolate(a.author).toHtmlEscaped(),
                               DateText::formatDateTime(a.writtenAt).toHtmlEscaped(),
                               DisplayText::isolate(a.reason).toHtmlEscaped(),
                               DisplayText::isolate(a.text).toHtmlEscaped()));
        item->setStyleSheet(
            QStringLiteral("QLabel { background: %1; border-left: 3px solid %2; padding: 4px; }")
                .arg(Theme::name(Theme::Role::AmendmentBackground),
                     Theme::name(Theme::Role::Accent)));
        m_list->addWidget(item);
        m_items.append(item);
    }
}

} // namespace needlechart
