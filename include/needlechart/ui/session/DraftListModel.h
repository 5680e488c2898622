#pragma once

#include "needlechart/domain/session/DraftNote.h"

#include <QAbstractTableModel>
#include <QTime>

#include <vector>

namespace needlechart {

// A clinician's unsigned notes, oldest treatment first, for "My drafts": the patient, when they
// were treated, how long ago, when the note was last saved, and whether it is overdue (still
// unsigned after the clinic closed on the day of treatment: DraftNote::isOverdue).
class DraftListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { PatientColumn, TreatedColumn, AgeColumn, SavedColumn, StateColumn, ColumnCount };

    explicit DraftListModel(QObject* parent = nullptr);

    // Replaces the list; `nowUtc` and the clinic's closing time decide ages and what is overdue.
    void setDrafts(std::vector<DraftNote> drafts, const QDateTime& nowUtc, QTime closesAt);
    [[nodiscard]] const DraftNote* draftAt(int row) const;
    [[nodiscard]] int overdueCount() const;
    // "3 hours", "2 days": how long ago `from` was at `nowUtc`.
    [[nodiscard]] static QString age(const QDateTime& from, const QDateTime& nowUtc);

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role) const override;

private:
    std::vector<DraftNote> m_drafts;
    QDateTime m_now;
    QTime m_closesAt;
};

} // namespace needlechart
