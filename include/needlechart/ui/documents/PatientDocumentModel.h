#pragma once

#include "needlechart/domain/documents/PatientDocument.h"

#include <QAbstractTableModel>

#include <vector>

namespace needlechart {

// The letters and sheets kept on a patient's record, newest first (DocumentService::documents):
// when, what, to whom, by whom and how it went out.
class PatientDocumentModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { DateColumn, KindColumn, RecipientColumn, ByColumn, HowColumn, ColumnCount };
    static constexpr int DocumentIdRole = Qt::UserRole + 1;

    explicit PatientDocumentModel(QObject* parent = nullptr);

    void setDocuments(std::vector<PatientDocument> documents);
    [[nodiscard]] const std::vector<PatientDocument>& documents() const { return m_documents; }

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index,
                                int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

private:
    std::vector<PatientDocument> m_documents;
};

} // namespace needlechart
