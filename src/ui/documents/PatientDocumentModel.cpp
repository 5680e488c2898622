#include "needlechart/ui/documents/PatientDocumentModel.h"

#include "needlechart/domain/common/DisplayText.h"
#include "needlechart/ui/common/DateText.h"

namespace needlechart {

PatientDocumentModel::PatientDocumentModel(QObject* parent) : QAbstractTableModel(parent) {}

void PatientDocumentModel::setDocuments(std::vector<PatientDocument> documents)
{
    beginResetModel();
    m_documents = std::move(documents);
    endResetModel();
}

int PatientDocumentModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_documents.size());
}

int PatientDocumentModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PatientDocumentModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const PatientDocument& d = m_documents[std::size_t(index.row())];
    if (role == DocumentIdRole)
        return d.id;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case DateColumn: return DateText::formatDateTime(d.createdAt);
    case KindColumn: return enumLabel(d.kind);
    case RecipientColumn: return DisplayText::isolate(d.recipient);
    case ByColumn: return DisplayText::isolate(d.createdBy);
    case HowColumn: return enumLabel(d.delivery);
    default: return {};
    }
}

QVariant PatientDocumentModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DateColumn: return tr("Sent or given");
    case KindColumn: return tr("Document");
    case RecipientColumn: return tr("To");
    case ByColumn: return tr("By");
    case HowColumn: return tr("How");
    default: return {};
    }
}

} // namespace needlechart
