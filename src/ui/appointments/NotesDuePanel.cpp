#include "needlechart/ui/appointments/NotesDuePanel.h"

#include "needlechart/domain/common/Clock.h"
#include "needlechart/services/appointments/AppointmentService.h"
#include "needlechart/services/common/ChangeNotifier.h"
#include "needlechart/services/patients/PatientService.h"
#include "needlechart/ui/appointments/AppointmentListModel.h"

#include "appointments/AppointmentTable.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace needlechart {
namespace {

using Column = AppointmentListModel::Column;

} // namespace

NotesDuePanel::NotesDuePanel(UiContext& context, QWidget* parent)
    : QWidget(parent),
      m_context(context),
      m_summary(new QLabel(this)),
      m_model(new AppointmentListModel(
          {Column::DateTime, Column::Patient, Column::Clinician, Column::Type}, this)),
      m_table(new AppointmentTable(m_model, QStringLiteral("notesDueTable"), this))
{
    setObjectName(QStringLiteral("notesDuePanel"));
    m_summary->setObjectName(QStringLiteral("notesDueSummary"));
    m_summary->setWordWrap(true);
    m_table->setAccessibleName(tr("Completed visits without a signed note"));
    auto* open = new QPushButton(tr("Show &patient"), this);
    open->setObjectName(QStringLiteral("notesDueOpenButton"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(open);
    layout->addLayout(buttons);

    const auto requestPatient = [this](int row) {
        if (const AppointmentEntry* entry = m_model->entryAt(row))
            Q_EMIT patientRequested(entry->appointment.patientId);
    };
    connect(m_table, &QTableView::activated, this,
            [requestPatient](const QModelIndex& index) { requestPatient(index.row()); });
    connect(open, &QPushButton::clicked, this, [this, requestPatient] {
        requestPatient(m_table->selectionModel()->selectedRows().value(0).row());
    });
    connect(&m_context.notifier, &ChangeNotifier::changed, this, [this](const ChangeEvent& event) {
        if (event.entity == ChangeEvent::Entity::Appointment
            || event.entity == ChangeEvent::Entity::Session
            || event.entity == ChangeEvent::Entity::Patient)
            reload();
    });
    reload();
}

void NotesDuePanel::reload()
{
    const QDate today = m_context.patients.clock().today();
    auto appointments = m_context.appointments.completedWithoutSignedNote(today.addDays(-DaysBack),
                                                                          today, m_context.user);
    auto entries = appointments ? m_context.appointments.entries(*appointments, m_context.user)
                                : Result<std::vector<AppointmentEntry>>(appointments.error());
    if (!entries) {
        m_model->setEntries({}, m_context.patients.clock().nowUtc());
        m_summary->setText(tr("The list could not be read: %1").arg(entries.error().message));
        return;
    }
    const std::size_t count = entries->size();
    m_model->setEntries(std::move(*entries), m_context.patients.clock().nowUtc());
    if (count == 0)
        m_summary->setText(
            tr("Every completed visit of the last %1 days has a signed note.").arg(DaysBack));
    else if (count == 1)
        m_summary->setText(
            tr("1 completed visit of the last %1 days has no signed note yet.").arg(DaysBack));
    else
        m_summary->setText(tr("%1 completed visits of the last %2 days have no signed note yet.")
                               .arg(count)
                               .arg(DaysBack));
}

} // namespace needlechart
