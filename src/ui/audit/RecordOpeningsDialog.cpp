#include "needlechart/ui/audit/RecordOpeningsDialog.h"

#include "needlechart/services/audit/AuditTrail.h"
#include "needlechart/ui/audit/AuditEventModel.h"
#include "needlechart/ui/common/MessagePresenter.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace needlechart {

RecordOpeningsDialog::RecordOpeningsDialog(AuditTrail& audit, MessagePresenter& messages,
                                           const User& user, qint64 patientId, QWidget* parent)
    : QDialog(parent), m_model(new AuditEventModel(this)), m_table(new QTableView)
{
    setObjectName(QStringLiteral("recordOpeningsDialog"));
    setWindowTitle(tr("Opened by"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Everyone who opened this patient's notes, newest first. "
                                "Opening the list of notes counts once in ten minutes."));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_table->setObjectName(QStringLiteral("openingsTable"));
    m_table->setTabKeyNavigation(false); // Tab moves on; the arrows walk the cells
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    for (int column : {AuditEventModel::ActionColumn, AuditEventModel::PatientColumn,
                       AuditEventModel::OutcomeColumn, AuditEventModel::DetailColumn})
        m_table->setColumnHidden(column, true);
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(close);
    resize(fontMetrics().averageCharWidth() * 80, fontMetrics().height() * 20);

    auto rows = audit.openingsOf(user, patientId);
    if (rows) {
        m_model->setEvents(std::move(*rows));
        m_table->resizeColumnsToContents();
    } else {
        const QString message = rows.error().message;
        QTimer::singleShot(0, this, [this, &messages, message] {
            messages.critical(this, tr("Cannot say who opened the record"), message);
        });
    }
}

} // namespace needlechart
