#include "needlechart/ui/session/NoteSearchModel.h"

#include "needlechart/domain/session/NoteSearchText.h"
#include "needlechart/ui/common/DateText.h"

#include "common/Theme.h"

#include <QBrush>

namespace needlechart {

NoteSearchModel::NoteSearchModel(QObject* parent) : QAbstractTableModel(parent) {}

void NoteSearchModel::setResult(NoteSearchResult result, QStringList terms)
{
    beginResetModel();
    m_result = std::move(result);
    m_terms = std::move(terms);
    m_found.clear();
    for (const NoteSearchHit& hit : m_result.hits) {
        const auto excerpt = NoteSearchText::bestExcerpt(hit.document, m_terms);
        m_found.append(excerpt ? tr("%1: %2").arg(enumLabel(excerpt->field), excerpt->text)
                               : QString());
    }
    endResetModel();
}

void NoteSearchModel::clear()
{
    setResult({}, {});
}

const NoteSearchHit* NoteSearchModel::hitAt(int row) const
{
    if (row < 0 || row >= int(m_result.hits.size()))
        return nullptr;
    return &m_result.hits[std::size_t(row)];
}

int NoteSearchModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_result.hits.size());
}

int NoteSearchModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant NoteSearchModel::data(const QModelIndex& index, int role) const
{
    const NoteSearchHit* hit = hitAt(index.row());
    if (!hit)
        return {};
    if (role == Qt::ForegroundRole && index.column() == StatusColumn)
        return QBrush(Theme::color(hit->status == SessionStatus::Draft ? Theme::Role::PendingText
                                                                       : Theme::Role::Accent));
    if (role == Qt::ToolTipRole && index.column() == FoundColumn)
        return m_found.at(index.row());
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case TreatedColumn: return DateText::formatDateTime(hit->treatedAt);
    case PatientColumn: return hit->patient.displayName();
    case ClinicianColumn: return hit->clinician;
    case StatusColumn: return enumLabel(hit->status);
    case FoundColumn: return m_found.at(index.row());
    default: return {};
    }
}

QVariant NoteSearchModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TreatedColumn: return tr("Treated");
    case PatientColumn: return tr("Patient");
    case ClinicianColumn: return tr("Clinician");
    case StatusColumn: return tr("Note");
    case FoundColumn: return tr("Found in");
    default: return {};
    }
}

} // namespace needlechart
