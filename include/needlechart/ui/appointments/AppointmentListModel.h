#pragma once

#include "needlechart/domain/appointments/AppointmentEntry.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>

#include <vector>

namespace needlechart {

// A read-only table of appointments for the lists beside the book: today's list at the front
// desk, a patient's upcoming and past bookings, completed visits still without a signed note.
// Each list picks its columns. The front-desk column is worked out against the time given in
// setNow(), so a booked patient turns "late" as the clock moves on without a reload.
class AppointmentListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum class Column { Time, DateTime, Patient, Phone, Clinician, Type, State, FrontDesk, Note };
    enum Role {
        AppointmentIdRole = Qt::UserRole + 1,
        PatientIdRole,
        FrontDeskStateRole, // the FrontDeskState as an int
    };

    explicit AppointmentListModel(QList<Column> columns, QObject* parent = nullptr);

    void setEntries(std::vector<AppointmentEntry> entries, const QDateTime& nowUtc);
    void setNow(const QDateTime& nowUtc);
    [[nodiscard]] const std::vector<AppointmentEntry>& entries() const { return m_entries; }
    // The entry on `row`, or nullptr.
    [[nodiscard]] const AppointmentEntry* entryAt(int row) const;
    // The row showing `id`, or -1.
    [[nodiscard]] int rowOf(AppointmentId id) const;
    [[nodiscard]] Column columnKind(int column) const { return m_columns.at(column); }
    [[nodiscard]] const QList<Column>& columns() const { return m_columns; }

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role) const override;

private:
    [[nodiscard]] QString text(const AppointmentEntry& entry, Column column) const;

    QList<Column> m_columns;
    std::vector<AppointmentEntry> m_entries;
    QDateTime m_now;
};

} // namespace needlechart
