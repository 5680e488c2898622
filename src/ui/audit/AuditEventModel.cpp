#include "needlechart/ui/audit/AuditEventModel.h"

#include "needlechart/domain/common/EnumText.h"
#include "needlechart/ui/common/DateText.h"

#include "common/Theme.h"

#include <QBrush>

namespace needlechart {

AuditEventModel::AuditEventModel(QObject* parent) : QAbstractTableModel(parent) {}

void AuditEventModel::setEvents(std::vector<AuditEvent> events, QHash<qint64, QString> patientNames)
{
    beginResetModel();
    m_events = std::move(events);
    m_patientNames = std::move(patientNames);
    endResetModel();
}

const AuditEvent* AuditEventModel::eventAt(int row) const
{
    if (row < 0 || row >= int(m_events.size()))
        return nullptr;
    return &m_events[std::size_t(row)];
}

int AuditEventModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int AuditEventModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AuditEventModel::patientText(qint64 patientId) const
{
    if (patientId <= 0)
        return {};
    const QString name = m_patientNames.value(patientId);
    return name.isEmpty() ? tr("No. %1").arg(patientId)
                          : tr("%1 (no. %2)").arg(name).arg(patientId);
}

QVariant AuditEventModel::data(const QModelIndex& index, int role) const
{
    const AuditEvent* e = eventAt(index.row());
    if (!e)
        return {};
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case TimeColumn: return DateText::formatDateTime(e->atUtc.toLocalTime());
        case AccountColumn: return e->login.isEmpty() ? tr("(unknown login)") : e->login;
        case WorkstationColumn: return e->workstation;
        case ActionColumn: return enumLabel(e->action);
        case PatientColumn: return patientText(e->patientId);
        case ObjectColumn:
            return e->objectId > 0 ? QStringLiteral("%1 %2").arg(e->objectType).arg(e->objectId)
                                   : e->objectType;
        case OutcomeColumn: return enumLabel(e->outcome);
        case DetailColumn: return e->detail;
        default: return {};
        }
    }
    if (role == SortRole) {
        switch (index.column()) {
        case TimeColumn: return e->id; // the chain's order is the order of time
        case PatientColumn: return e->patientId;
        default: return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::ForegroundRole && e->outcome != AuditEvent::Outcome::Done)
        return QBrush(Theme::color(Theme::Role::ErrorText));
    return {};
}

QVariant AuditEventModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn: return tr("When");
    case AccountColumn: return tr("Account");
    case WorkstationColumn: return tr("Workstation");
    case ActionColumn: return tr("Action");
    case PatientColumn: return tr("Patient");
    case ObjectColumn: return tr("Object");
    case OutcomeColumn: return tr("Outcome");
    case DetailColumn: return tr("Detail");
    default: return {};
    }
}

} // namespace needlechart
