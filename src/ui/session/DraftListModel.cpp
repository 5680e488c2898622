#include "needlechart/ui/session/DraftListModel.h"

#include "needlechart/ui/common/DateText.h"

#include "common/Theme.h"

#include <QBrush>

#include <algorithm>

namespace needlechart {

DraftListModel::DraftListModel(QObject* parent) : QAbstractTableModel(parent) {}

void DraftListModel::setDrafts(std::vector<DraftNote> drafts, const QDateTime& nowUtc,
                               QTime closesAt)
{
    beginResetModel();
    m_drafts = std::move(drafts);
    m_now = nowUtc;
    m_closesAt = closesAt;
    endResetModel();
}

const DraftNote* DraftListModel::draftAt(int row) const
{
    return row >= 0 && row < int(m_drafts.size()) ? &m_drafts[std::size_t(row)] : nullptr;
}

int DraftListModel::overdueCount() const
{
    return int(std::count_if(m_drafts.begin(), m_drafts.end(), [this](const DraftNote& d) {
        return d.isOverdue(m_now, m_closesAt);
    }));
}

QString DraftListModel::age(const QDateTime& from, const QDateTime& nowUtc)
{
    const qint64 minutes = std::max<qint64>(0, from.secsTo(nowUtc) / 60);
    if (minutes < 60)
        return minutes == 1 ? tr("1 minute") : tr("%1 minutes").arg(minutes);
    const qint64 hours = minutes / 60;
    if (hours < 24)
        return hours == 1 ? tr("1 hour") : tr("%1 hours").arg(hours);
    const qint64 days = hours / 24;
    return days == 1 ? tr("1 day") : tr("%1 days").arg(days);
}

int DraftListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_drafts.size());
}

int DraftListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DraftListModel::data(const QModelIndex& index, int role) const
{
    const DraftNote* draft = draftAt(index.row());
    if (!draft)
        return {};
    const bool overdue = draft->isOverdue(m_now, m_closesAt);
    if (role == Qt::ForegroundRole && index.column() == StateColumn)
        return QBrush(Theme::color(overdue ? Theme::Role::ErrorText : Theme::Role::PendingText));
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case PatientColumn: return draft->patient.displayName();
    case TreatedColumn: return DateText::formatDateTime(draft->treatedAt);
    case AgeColumn: return age(draft->treatedAt, m_now);
    case SavedColumn: return DateText::formatDateTime(draft->updatedAt);
    case StateColumn:
        return overdue ? tr("Overdue: not signed on the day of treatment") : tr("To sign today");
    default: return {};
    }
}

QVariant DraftListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case PatientColumn: return tr("Patient");
    case TreatedColumn: return tr("Treated");
    case AgeColumn: return tr("Age");
    case SavedColumn: return tr("Last saved");
    case StateColumn: return tr("Signing");
    default: return {};
    }
}

} // namespace needlechart
