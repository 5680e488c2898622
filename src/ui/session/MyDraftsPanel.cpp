#include "needlechart/ui/session/MyDraftsPanel.h"

#include "needlechart/domain/clinic/ClinicProfile.h"
#include "needlechart/domain/common/Clock.h"
#include "needlechart/services/clinic/ClinicService.h"
#include "needlechart/services/common/ChangeNotifier.h"
#include "needlechart/services/session/SessionService.h"
#include "needlechart/ui/session/DraftListModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <spdlog/spdlog.h>

namespace needlechart {

MyDraftsPanel::MyDraftsPanel(UiContext& context, QWidget* parent)
    : QWidget(parent),
      m_context(context),
      m_model(new DraftListModel(this)),
      m_table(new QTableView(this)),
      m_summary(new QLabel(this)),
      m_open(new QPushButton(tr("&Open note"), this))
{
    setObjectName(QStringLiteral("myDraftsPanel"));
    m_summary->setObjectName(QStringLiteral("draftsSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_table->setObjectName(QStringLiteral("draftsTable"));
    m_table->setTabKeyNavigation(false); // Tab moves on; the arrows walk the cells
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("My unsigned notes"));
    m_open->setObjectName(QStringLiteral("openDraftButton"));

    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_open);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_table, &QTableView::activated, this, [this] { openCurrent(); });
    connect(m_open, &QPushButton::clicked, this, [this] { openCurrent(); });
    connect(&m_context.notifier, &ChangeNotifier::changed, this, [this](const ChangeEvent& event) {
        if (event.entity == ChangeEvent::Entity::Session
            || event.entity == ChangeEvent::Entity::Patient)
            reload();
    });
    reload();
}

void MyDraftsPanel::reload()
{
    auto drafts = m_context.sessions.myDrafts(m_context.user);
    if (!drafts) {
        spdlog::warn("drafts list: {}", errorCodeName(drafts.error().code));
        m_summary->setText(
            tr("Your unsigned notes could not be read: %1").arg(drafts.error().message));
        return;
    }
    const auto profile = m_context.clinic.profile();
    const QTime closesAt = profile ? profile->closesAt : ClinicProfile{}.closesAt;
    const SessionId current = m_model->draftAt(m_table->currentIndex().row())
                                  ? m_model->draftAt(m_table->currentIndex().row())->id
                                  : 0;
    m_model->setDrafts(std::move(*drafts), m_context.sessions.clock().nowUtc(), closesAt);
    for (int row = 0; row < m_model->rowCount(); ++row)
        if (m_model->draftAt(row)->id == current)
            m_table->selectRow(row);
    const int count = m_model->rowCount();
    const int overdue = m_model->overdueCount();
    m_open->setEnabled(count > 0);
    if (count == 0)
        m_summary->setText(tr("You have no unsigned notes."));
    else if (overdue == 0)
        m_summary->setText(count == 1 ? tr("1 unsigned note, oldest first. Sign notes on the day "
                                           "of treatment.")
                                      : tr("%1 unsigned notes, oldest first. Sign notes on the "
                                           "day of treatment.")
                                            .arg(count));
    else
        m_summary->setText(tr("%1 unsigned, %2 overdue: not signed on the day of treatment. "
                              "Oldest first.")
                               .arg(count)
                               .arg(overdue));
    Q_EMIT countsChanged(count, overdue);
}

void MyDraftsPanel::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    reload(); // ages move on while the panel is hidden
}

void MyDraftsPanel::openCurrent()
{
    const int row = m_table->currentIndex().isValid() ? m_table->currentIndex().row() : 0;
    if (const DraftNote* draft = m_model->draftAt(row))
        Q_EMIT openSessionRequested(draft->id);
}

} // namespace needlechart
