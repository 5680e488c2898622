#include "appointments/AppointmentTable.h"

#include "needlechart/ui/appointments/AppointmentListModel.h"

#include <QHeaderView>

namespace needlechart {

AppointmentTable::AppointmentTable(AppointmentListModel* model, const QString& objectName,
                                   QWidget* parent)
    : QTableView(parent)
{
    setObjectName(objectName);
    setModel(model);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setTabKeyNavigation(false); // Tab moves on; the arrows walk the rows
    setAlternatingRowColors(true);
    setWordWrap(false);
    verticalHeader()->hide();
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // The name takes the room the other columns leave, so it is the one elided in a narrow
    // panel, and never pushed out of sight behind a scroll bar.
    const int patient = int(model->columns().indexOf(AppointmentListModel::Column::Patient));
    if (patient >= 0) {
        horizontalHeader()->setSectionResizeMode(patient, QHeaderView::Stretch);
        setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        setTextElideMode(Qt::ElideRight);
    } else {
        horizontalHeader()->setStretchLastSection(true);
    }
}

} // namespace needlechart
