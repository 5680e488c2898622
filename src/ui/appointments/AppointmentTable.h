#pragma once

#include <QTableView>

namespace needlechart {

class AppointmentListModel;

// The read-only table every appointment list uses: whole rows selected one at a time, compact
// rows, columns sized to their contents with the patient's name (or else the last column)
// taking the room left, elided, no row numbers.
class AppointmentTable : public QTableView {
    Q_OBJECT
public:
    AppointmentTable(AppointmentListModel* model, const QString& objectName,
                     QWidget* parent = nullptr);
};

} // namespace needlechart
