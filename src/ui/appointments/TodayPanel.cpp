#include "needlechart/ui/appointments/TodayPanel.h"

#include "needlechart/domain/appointments/AppointmentRules.h"
#include "needlechart/domain/common/Clock.h"
#include "needlechart/services/appointments/AppointmentService.h"
#include "needlechart/services/common/ChangeNotifier.h"
#include "needlechart/services/patients/PatientService.h"
#include "needlechart/ui/appointments/AppointmentListModel.h"
#include "needlechart/ui/common/DateText.h"
#include "needlechart/ui/common/MessagePresenter.h"
#include "needlechart/ui/paper/AppointmentDocuments.h"

#include "appointments/AppointmentTable.h"

#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <map>

namespace needlechart {
namespace {

constexpr int ClockCheckMs = 30 * 1000;
constexpr int MinimumTableChars = 62;

using Column = AppointmentListModel::Column;

} // namespace

TodayPanel::TodayPanel(UiContext& context, QWidget* parent)
    : QWidget(parent),
      m_context(context),
      m_heading(new QLabel(this)),
      m_summary(new QLabel(this)),
      m_model(new AppointmentListModel(
          {Column::Time, Column::FrontDesk, Column::Patient, Column::Clinician}, this)),
      m_table(new AppointmentTable(m_model, QStringLiteral("todayTable"), this)),
      m_arrived(new QPushButton(tr("Arri&ved"), this)),
      m_inTreatment(new QPushButton(tr("&In treatment"), this)),
      m_completed(new QPushButton(tr("&Completed"), this)),
      m_noShow(new QPushButton(tr("&No-show"), this)),
      m_card(new QPushButton(tr("Ca&rd\u2026"), this)),
      m_clockTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("todayPanel"));
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_summary->setObjectName(QStringLiteral("todaySummary"));
    m_summary->setWordWrap(true);
    m_table->setAccessibleName(tr("Today's appointments"));
    // Room for the time, the state, the clinician and about 18 letters of the patient's name.
    m_table->setMinimumWidth(m_table->fontMetrics().averageCharWidth() * MinimumTableChars);
    m_arrived->setObjectName(QStringLiteral("arrivedButton"));
    m_arrived->setToolTip(tr("The selected patient has arrived and is waiting"));
    m_inTreatment->setObjectName(QStringLiteral("inTreatmentButton"));
    m_completed->setObjectName(QStringLiteral("completedButton"));
    m_noShow->setObjectName(QStringLiteral("noShowButton"));
    m_card->setObjectName(QStringLiteral("todayCardButton"));
    m_card->setToolTip(tr("Print the selected patient's appointment card"));

    auto* buttons = new QGridLayout;
    buttons->addWidget(m_arrived, 0, 0);
    buttons->addWidget(m_inTreatment, 0, 1);
    buttons->addWidget(m_completed, 0, 2);
    buttons->addWidget(m_noShow, 1, 0);
    buttons->addWidget(m_card, 1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_heading);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_arrived, &QPushButton::clicked, this,
            [this] { setSelectedStatus(AppointmentStatus::Arrived); });
    connect(m_inTreatment, &QPushButton::clicked, this,
            [this] { setSelectedStatus(AppointmentStatus::InTreatment); });
    connect(m_completed, &QPushButton::clicked, this,
            [this] { setSelectedStatus(AppointmentStatus::Completed); });
    connect(m_noShow, &QPushButton::clicked, this,
            [this] { setSelectedStatus(AppointmentStatus::NoShow); });
    connect(m_card, &QPushButton::clicked, this, [this] {
        if (const AppointmentId id = selectedId())
            AppointmentDocuments(m_context).previewCard(id, this);
    });
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex& index) {
        if (const AppointmentEntry* entry = m_model->entryAt(index.row()))
            Q_EMIT openRequested(entry->appointment);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &TodayPanel::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &TodayPanel::updateButtons);
    connect(&m_context.notifier, &ChangeNotifier::changed, this, [this](const ChangeEvent& event) {
        if (event.entity == ChangeEvent::Entity::Appointment
            || event.entity == ChangeEvent::Entity::Patient)
            reload();
    });
    connect(m_clockTimer, &QTimer::timeout, this, &TodayPanel::refreshTimes);
    m_clockTimer->start(ClockCheckMs);
    reload();
}

void TodayPanel::reload()
{
    const AppointmentId selected = selectedId();
    m_day = m_context.patients.clock().today();
    m_heading->setText(tr("Today, %1").arg(DateText::weekdayDayMonth(m_day)));
    std::vector<AppointmentEntry> entries;
    auto appointments = m_context.appointments.day(m_day, m_context.user);
    auto described = appointments ? m_context.appointments.entries(*appointments, m_context.user)
                                  : Result<std::vector<AppointmentEntry>>(appointments.error());
    if (described)
        entries = std::move(*described);
    else
        m_summary->setText(tr("Today's list could not be read: %1").arg(described.error().message));
    m_model->setEntries(std::move(entries), m_context.patients.clock().nowUtc());
    if (described)
        m_summary->setText(summary());
    select(selected);
}

void TodayPanel::refreshTimes()
{
    if (m_context.patients.clock().today() != m_day) {
        reload();
        return;
    }
    m_model->setNow(m_context.patients.clock().nowUtc());
    m_summary->setText(summary());
}

QString TodayPanel::summary() const
{
    std::map<FrontDeskState, int> counts;
    const QDateTime now = m_context.patients.clock().nowUtc();
    for (const AppointmentEntry& entry : m_model->entries())
        ++counts[AppointmentRules::frontDeskState(entry.appointment, now)];
    if (counts.empty())
        return tr("Nobody is booked today.");
    // Spelled out per state so each reads right in English without a plural form.
    QStringList parts;
    const auto add = [&parts, &counts](FrontDeskState state, const QString& text) {
        if (const int n = counts[state]; n > 0)
            parts << text.arg(n);
    };
    add(FrontDeskState::Expected, tr("%1 expected"));
    add(FrontDeskState::Late, tr("%1 late"));
    add(FrontDeskState::NotArrived, tr("%1 not arrived"));
    add(FrontDeskState::Waiting, tr("%1 waiting"));
    add(FrontDeskState::InTreatment, tr("%1 in treatment"));
    add(FrontDeskState::Done, tr("%1 done"));
    add(FrontDeskState::NoShow, tr("%1 not come"));
    add(FrontDeskState::Cancelled, tr("%1 cancelled"));
    return parts.join(QStringLiteral("  \u00b7  "));
}

AppointmentId TodayPanel::selectedId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return 0;
    const AppointmentEntry* entry = m_model->entryAt(rows.first().row());
    return entry ? entry->appointment.id : 0;
}

void TodayPanel::select(AppointmentId id)
{
    const int row = id > 0 ? m_model->rowOf(id) : -1;
    if (row < 0) {
        m_table->clearSelection();
        return;
    }
    m_table->selectRow(row);
}

bool TodayPanel::setSelectedStatus(AppointmentStatus status)
{
    const AppointmentId id = selectedId();
    if (id == 0)
        return false;
    auto changed = m_context.appointments.setStatus(id, status, QString(), m_context.user);
    if (!changed) {
        m_context.messages.warning(this, tr("Cannot change the appointment"),
                                   changed.error().message);
        return false;
    }
    return true;
}

void TodayPanel::updateButtons()
{
    const int row = m_table->selectionModel()->selectedRows().value(0).row();
    const AppointmentEntry* entry =
        m_table->selectionModel()->hasSelection() ? m_model->entryAt(row) : nullptr;
    const auto allowed = [entry](AppointmentStatus to) {
        return entry && entry->appointment.status != to
               && AppointmentRules::canMove(entry->appointment.status, to);
    };
    m_arrived->setEnabled(allowed(AppointmentStatus::Arrived));
    m_inTreatment->setEnabled(allowed(AppointmentStatus::InTreatment));
    m_completed->setEnabled(allowed(AppointmentStatus::Completed));
    m_noShow->setEnabled(allowed(AppointmentStatus::NoShow));
    m_card->setEnabled(entry != nullptr);
}

} // namespace needlechart
