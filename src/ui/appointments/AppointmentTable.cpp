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
    setAlternatingRowColors(true);
    setWordWrap(false);
    verticalHeader()->hide();
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    horizontalHeader()->setStretchLastSection(true);
    horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
}

} // namespace needlechart
