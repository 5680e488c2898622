#include "needlechart/ui/appointments/PatientAppointmentsPanel.h"

#include "needlechart/domain/common/Clock.h"
#include "needlechart/services/appointments/AppointmentService.h"
#include "needlechart/services/common/ChangeNotifier.h"
#include "needlechart/services/patients/PatientService.h"
#include "needlechart/ui/appointments/AppointmentDialog.h"
#include "needlechart/ui/appointments/AppointmentListModel.h"
#include "needlechart/ui/common/MessagePresenter.h"
#include "needlechart/ui/paper/AppointmentDocuments.h"

#include "appointments/AppointmentTable.h"
#include "consent/LeafletButton.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace needlechart {
namespace {

using Column = AppointmentListModel::Column;

} // namespace

PatientAppointmentsPanel::PatientAppointmentsPanel(UiContext& context, QWidget* parent)
    : QWidget(parent),
      m_context(context),
      m_upcomingLabel(new QLabel(this)),
      m_pastLabel(new QLabel(this)),
      m_upcoming(new AppointmentListModel(
          {Column::DateTime, Column::Clinician, Column::Type, Column::State}, this)),
      m_past(new AppointmentListModel(
          {Column::DateTime, Column::Clinician, Column::Type, Column::State}, this)),
      m_upcomingTable(
          new AppointmentTable(m_upcoming, QStringLiteral("upcomingAppointments"), this)),
      m_pastTable(new AppointmentTable(m_past, QStringLiteral("pastAppointments"), this)),
      m_book(new QPushButton(tr("&Book\u2026"), this)),
      m_card(new QPushButton(tr("Print ca&rd\u2026"), this)),
      m_ics(new QPushButton(tr("&Save to calendar\u2026"), this)),
      m_leaflet(new LeafletButton(context, this))
{
    setObjectName(QStringLiteral("patientAppointmentsPanel"));
    m_upcomingTable->setAccessibleName(tr("Upcoming appointments"));
    m_pastTable->setAccessibleName(tr("Past appointments"));
    m_book->setObjectName(QStringLiteral("patientBookButton"));
    m_card->setObjectName(QStringLiteral("patientCardButton"));
    m_ics->setObjectName(QStringLiteral("patientIcsButton"));
    m_ics->setToolTip(tr("Save the selected booking as a calendar file for the patient"));
    m_upcomingLabel->setBuddy(m_upcomingTable);
    m_pastLabel->setBuddy(m_pastTable);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_book);
    // The front desk hands the leaflet out before the patient decides on needling.
    buttons->addWidget(m_leaflet);
    buttons->addStretch(1);
    buttons->addWidget(m_card);
    buttons->addWidget(m_ics);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_upcomingLabel);
    layout->addWidget(m_upcomingTable, 1);
    layout->addWidget(m_pastLabel);
    layout->addWidget(m_pastTable, 1);
    layout->addLayout(buttons);

    connect(m_book, &QPushButton::clicked, this, &PatientAppointmentsPanel::book);
    connect(m_card, &QPushButton::clicked, this, [this] {
        if (const AppointmentId id = selectedId())
            AppointmentDocuments(m_context).previewCard(id, this);
    });
    connect(m_ics, &QPushButton::clicked, this, [this] {
        if (const AppointmentId id = selectedId())
            AppointmentDocuments(m_context).saveIcs(id, this);
    });
    for (QTableView* table : {m_upcomingTable, m_pastTable}) {
        auto* model = table == m_upcomingTable ? m_upcoming : m_past;
        connect(table, &QTableView::activated, this, [this, model](const QModelIndex& index) {
            if (const AppointmentEntry* entry = model->entryAt(index.row()))
                Q_EMIT openRequested(entry->appointment);
        });
        connect(table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
                [this, table] {
                    // One selection across both lists: the buttons act on it.
                    QTableView* other = table == m_upcomingTable ? m_pastTable : m_upcomingTable;
                    if (table->selectionModel()->hasSelection()) {
                        const QSignalBlocker block(other->selectionModel());
                        other->clearSelection();
                        other->viewport()->update();
                    }
                    updateButtons();
                });
    }
    connect(&m_context.notifier, &ChangeNotifier::changed, this, [this](const ChangeEvent& event) {
        if (m_patientId > 0
            && (event.entity == ChangeEvent::Entity::Appointment
                || event.entity == ChangeEvent::Entity::Clinic)
            && (event.patientId == 0 || event.patientId == m_patientId))
            reload();
    });
    showPatient(0);
}

void PatientAppointmentsPanel::showPatient(PatientId id)
{
    m_patientId = id;
    reload();
}

void PatientAppointmentsPanel::reload()
{
    const QDateTime now = m_context.patients.clock().nowUtc();
    std::vector<AppointmentEntry> upcoming;
    std::vector<AppointmentEntry> past;
    QString problem;
    if (m_patientId > 0) {
        auto bookings = m_context.appointments.bookingsOf(m_patientId, now, m_context.user);
        if (bookings) {
            auto first = m_context.appointments.entries(bookings->upcoming, m_context.user);
            auto second = m_context.appointments.entries(bookings->past, m_context.user);
            if (first && second) {
                upcoming = std::move(*first);
                past = std::move(*second);
            } else {
                problem = (first ? second.error() : first.error()).message;
            }
        } else {
            problem = bookings.error().message;
        }
    }
    const std::size_t upcomingCount = upcoming.size();
    const std::size_t pastCount = past.size();
    m_upcoming->setEntries(std::move(upcoming), now);
    m_past->setEntries(std::move(past), now);
    if (!problem.isEmpty())
        m_upcomingLabel->setText(tr("The appointments could not be read: %1").arg(problem));
    else if (m_patientId <= 0)
        m_upcomingLabel->setText(tr("Choose a patient to see their appointments."));
    else if (upcomingCount == 0)
        m_upcomingLabel->setText(tr("&Upcoming: none booked"));
    else
        m_upcomingLabel->setText(upcomingCount == 1
                                     ? tr("&Upcoming: 1 booking")
                                     : tr("&Upcoming: %1 bookings").arg(upcomingCount));
    m_pastLabel->setText(pastCount == 0   ? tr("Pas&t: none")
                         : pastCount == 1 ? tr("Pas&t: 1 appointment")
                                          : tr("Pas&t: %1 appointments").arg(pastCount));
    m_book->setEnabled(m_patientId > 0);
    m_leaflet->setPatient(m_patientId);
    updateButtons();
}

AppointmentId PatientAppointmentsPanel::selectedId() const
{
    for (QTableView* table : {m_upcomingTable, m_pastTable}) {
        const QModelIndexList rows = table->selectionModel()->selectedRows();
        auto* model = table == m_upcomingTable ? m_upcoming : m_past;
        if (!rows.isEmpty()) {
            if (const AppointmentEntry* entry = model->entryAt(rows.first().row()))
                return entry->appointment.id;
        }
    }
    return 0;
}

AppointmentDialog* PatientAppointmentsPanel::book()
{
    if (m_patientId <= 0)
        return nullptr;
    auto proposal = m_context.appointments.proposeBooking(m_patientId, m_context.user);
    if (!proposal) {
        m_context.messages.warning(this, tr("Book an appointment"), proposal.error().message);
        return nullptr;
    }
    auto* dialog = new AppointmentDialog(m_context, m_context.appointments, proposal->clinicians,
                                         proposal->appointment, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->show();
    return dialog;
}

void PatientAppointmentsPanel::updateButtons()
{
    const bool selected = selectedId() > 0;
    m_card->setEnabled(selected);
    m_ics->setEnabled(selected);
}

} // namespace needlechart
