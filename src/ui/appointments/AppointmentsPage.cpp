#include "needlechart/ui/appointments/AppointmentsPage.h"

#include "needlechart/ui/appointments/AppointmentBookView.h"
#include "needlechart/ui/appointments/NotesDuePanel.h"
#include "needlechart/ui/appointments/TodayPanel.h"

#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

namespace needlechart {

AppointmentsPage::AppointmentsPage(UiContext& context, QWidget* parent)
    : QWidget(parent),
      m_book(new AppointmentBookView(context, context.appointments)),
      m_today(new TodayPanel(context)),
      m_notesDue(new NotesDuePanel(context)),
      m_side(new QTabWidget),
      m_splitter(new QSplitter(Qt::Horizontal, this))
{
    setObjectName(QStringLiteral("appointmentsPage"));
    m_side->setObjectName(QStringLiteral("appointmentsSideTabs"));
    m_side->addTab(m_today, tr("&Today"));
    m_side->addTab(m_notesDue, tr("Notes d&ue"));
    m_splitter->setObjectName(QStringLiteral("appointmentsSplitter"));
    m_splitter->addWidget(m_book);
    m_splitter->addWidget(m_side);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addWidget(m_splitter);

    connect(m_today, &TodayPanel::openRequested, m_book, &AppointmentBookView::open);
    connect(m_notesDue, &NotesDuePanel::patientRequested, this,
            &AppointmentsPage::patientRequested);
}

} // namespace needlechart
