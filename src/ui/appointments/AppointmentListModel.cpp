#include "needlechart/ui/appointments/AppointmentListModel.h"

#include "needlechart/domain/appointments/AppointmentRules.h"
#include "needlechart/domain/common/DisplayText.h"
#include "needlechart/ui/common/DateText.h"

#include "common/Theme.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>

namespace needlechart {

AppointmentListModel::AppointmentListModel(QList<Column> columns, QObject* parent)
    : QAbstractTableModel(parent), m_columns(std::move(columns))
{}

void AppointmentListModel::setEntries(std::vector<AppointmentEntry> entries,
                                      const QDateTime& nowUtc)
{
    beginResetModel();
    m_entries = std::move(entries);
    m_now = nowUtc;
    endResetModel();
}

void AppointmentListModel::setNow(const QDateTime& nowUtc)
{
    m_now = nowUtc;
    if (!m_entries.empty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

const AppointmentEntry* AppointmentListModel::entryAt(int row) const
{
    return row >= 0 && row < rowCount() ? &m_entries.at(std::size_t(row)) : nullptr;
}

int AppointmentListModel::rowOf(AppointmentId id) const
{
    for (std::size_t i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).appointment.id == id)
            return int(i);
    }
    return -1;
}

int AppointmentListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AppointmentListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

// Names and free text are isolated (DisplayText): a right-to-left or legacy name cannot reorder
// what a cell or a copied row shows beside it.
QString AppointmentListModel::text(const AppointmentEntry& entry, Column column) const
{
    const Appointment& a = entry.appointment;
    switch (column) {
    case Column::Time:
        return DateText::formatTime(a.start) + QChar(0x2013) + DateText::formatTime(a.end());
    case Column::DateTime:
        return DateText::shortWeekday(a.start.toLocalTime().date()) + QLatin1Char(' ')
               + DateText::formatDateTime(a.start);
    case Column::Patient: return DisplayText::isolate(entry.patientName);
    case Column::Phone: return DisplayText::isolate(entry.patientPhone);
    case Column::Clinician: return DisplayText::isolate(entry.clinicianName);
    case Column::Type: return enumLabel(a.type);
    case Column::State:
        return a.status == AppointmentStatus::Cancelled && !a.cancelReason.isEmpty()
                   ? tr("Cancelled: %1").arg(DisplayText::isolate(a.cancelReason))
                   : enumLabel(a.status);
    case Column::FrontDesk: {
        const FrontDeskState state = AppointmentRules::frontDeskState(a, m_now);
        if (state == FrontDeskState::Late) {
            const qint64 minutes = a.start.secsTo(m_now) / 60;
            return minutes == 1 ? tr("Late (1 minute)") : tr("Late (%1 minutes)").arg(minutes);
        }
        if (state == FrontDeskState::NotArrived)
            return tr("Not arrived (ended %1)").arg(DateText::formatTime(a.end()));
        return enumLabel(state);
    }
    case Column::Note: return DisplayText::isolate(a.note);
    }
    return {};
}

QVariant AppointmentListModel::data(const QModelIndex& index, int role) const
{
    const AppointmentEntry* entry = entryAt(index.row());
    if (!entry || index.column() < 0 || index.column() >= columnCount())
        return {};
    const Column column = m_columns.at(index.column());
    const FrontDeskState state = AppointmentRules::frontDeskState(entry->appointment, m_now);
    switch (role) {
    case Qt::DisplayRole: return text(*entry, column);
    case Qt::ToolTipRole:
        // Whatever a narrow column may cut short.
        return column == Column::Note || column == Column::State || column == Column::Patient
                   ? text(*entry, column)
                   : QVariant();
    case Qt::ForegroundRole:
        if (state == FrontDeskState::Late || state == FrontDeskState::NotArrived)
            return QBrush(Theme::color(Theme::Role::LateText));
        if (state == FrontDeskState::Cancelled || state == FrontDeskState::NoShow)
            return QBrush(Theme::color(Theme::Role::FadedText));
        return {};
    case Qt::FontRole:
        if (column == Column::FrontDesk
            && (state == FrontDeskState::Late || state == FrontDeskState::NotArrived
                || state == FrontDeskState::Waiting)) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        if (entry->appointment.status == AppointmentStatus::Cancelled) {
            QFont struck;
            struck.setStrikeOut(true);
            return struck;
        }
        return {};
    case AppointmentIdRole: return entry->appointment.id;
    case PatientIdRole: return entry->appointment.patientId;
    case FrontDeskStateRole: return int(state);
    default: return {};
    }
}

QVariant AppointmentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0
        || section >= columnCount())
        return {};
    switch (m_columns.at(section)) {
    case Column::Time: return tr("Time");
    case Column::DateTime: return tr("When");
    case Column::Patient: return tr("Patient");
    case Column::Phone: return tr("Phone");
    case Column::Clinician: return tr("Clinician");
    case Column::Type: return tr("Type");
    case Column::State: return tr("Status");
    case Column::FrontDesk: return tr("Now");
    case Column::Note: return tr("Note");
    }
    return {};
}

} // namespace needlechart
