#pragma once

#include "needlechart/domain/session/NoteSearchResult.h"

#include <QAbstractTableModel>
#include <QStringList>

namespace needlechart {

// The notes a search found, newest first: when, whose, by whom, draft or signed, and the line
// of the note where the words were found (NoteSearchText::bestExcerpt), with its field.
class NoteSearchModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        TreatedColumn,
        PatientColumn,
        ClinicianColumn,
        StatusColumn,
        FoundColumn,
        ColumnCount
    };

    explicit NoteSearchModel(QObject* parent = nullptr);

    // Replaces the list; `terms` are the folded words searched for (SearchText::queryTerms).
    void setResult(NoteSearchResult result, QStringList terms);
    void clear();
    [[nodiscard]] const NoteSearchHit* hitAt(int row) const;
    [[nodiscard]] const QStringList& terms() const { return m_terms; }
    [[nodiscard]] bool hasMore() const { return m_result.more; }

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role) const override;

private:
    NoteSearchResult m_result;
    QStringList m_terms;
    QStringList m_found; // the best excerpt of each hit, "Field: text"
};

} // namespace needlechart
