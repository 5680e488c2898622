#pragma once

#include "needlechart/domain/audit/AuditEvent.h"

#include <QAbstractTableModel>
#include <QHash>

#include <vector>

namespace needlechart {

// Audit rows as a table: when (local time), who (login), workstation, action, patient (number
// and name where known), object, outcome and detail. Qt::UserRole holds each column's value
// to sort by (the time as UTC, numbers as numbers), for a QSortFilterProxyModel.
class AuditEventModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        TimeColumn,
        AccountColumn,
        WorkstationColumn,
        ActionColumn,
        PatientColumn,
        ObjectColumn,
        OutcomeColumn,
        DetailColumn,
        ColumnCount
    };
    static constexpr int SortRole = Qt::UserRole;

    explicit AuditEventModel(QObject* parent = nullptr);

    // Replaces the rows; `patientNames` names the patients it can (by id).
    void setEvents(std::vector<AuditEvent> events, QHash<qint64, QString> patientNames = {});
    [[nodiscard]] const AuditEvent* eventAt(int row) const;

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role) const override;

private:
    [[nodiscard]] QString patientText(qint64 patientId) const;

    std::vector<AuditEvent> m_events;
    QHash<qint64, QString> m_patientNames;
};

} // namespace needlechart
