#pragma once

#include "needlechart/domain/session/MuscleVisit.h"

#include <QAbstractTableModel>

#include <vector>

namespace needlechart {

// One muscle's history for one patient, newest visit first (SessionService::muscleHistory):
// date, twitch response, whether the pain (and its referral) was reproduced, depth, technique,
// pain before -> after at that visit, clinician and the point's notes.
class MuscleHistoryModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        DateColumn,
        TwitchColumn,
        ReproducedColumn,
        DepthColumn,
        TechniqueColumn,
        PainColumn,
        ClinicianColumn,
        NotesColumn,
        ColumnCount
    };
    static constexpr int SessionIdRole = Qt::UserRole + 1;

    explicit MuscleHistoryModel(QObject* parent = nullptr);

    void setVisits(std::vector<MuscleVisit> visits);
    [[nodiscard]] const std::vector<MuscleVisit>& visits() const { return m_visits; }
    // How many different visits the lines come from.
    [[nodiscard]] int visitCount() const;

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index,
                                int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

private:
    std::vector<MuscleVisit> m_visits;
};

} // namespace needlechart
