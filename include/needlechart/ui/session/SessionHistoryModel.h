#pragma once

#include "needlechart/domain/session/SessionSummary.h"

#include <QAbstractTableModel>

#include <vector>

namespace needlechart {

// A patient's sessions, newest first: date, muscles needled, pain before -> after, signed or
// draft, amendments. Filled by whoever owns it (SessionHistoryPanel) from the service.
class SessionHistoryModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        DateColumn,
        MusclesColumn,
        PainColumn,
        StatusColumn,
        ClinicianColumn,
        ColumnCount
    };
    static constexpr int SessionIdRole = Qt::UserRole + 1;

    explicit SessionHistoryModel(QObject* parent = nullptr);

    void setSessions(std::vector<SessionSummary> sessions);
    [[nodiscard]] const std::vector<SessionSummary>& sessions() const { return m_sessions; }

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index,
                                int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

    // "Upper trapezius R, Levator scapulae R, +3 more"
    [[nodiscard]] static QString musclesText(const SessionSummary& summary, int shown = 3);

private:
    std::vector<SessionSummary> m_sessions;
};

} // namespace needlechart
