#include "needlechart/ui/documents/PatientDocumentsPanel.h"

#include "needlechart/services/clinic/ClinicService.h"
#include "needlechart/services/common/ChangeNotifier.h"
#include "needlechart/services/documents/DocumentService.h"
#include "needlechart/services/patients/PatientService.h"
#include "needlechart/ui/documents/KeptDocumentDialog.h"
#include "needlechart/ui/documents/LetterDialog.h"
#include "needlechart/ui/documents/PatientDocumentModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace needlechart {

PatientDocumentsPanel::PatientDocumentsPanel(UiContext& context, QWidget* parent)
    : QWidget(parent),
      m_context(context),
      m_model(new PatientDocumentModel(this)),
      m_table(new QTableView(this)),
      m_message(new QLabel(this)),
      m_write(new QPushButton(tr("&Write letter\u2026"), this)),
      m_open(new QPushButton(tr("&Open\u2026"), this))
{
    setObjectName(QStringLiteral("patientDocumentsPanel"));
    m_table->setObjectName(QStringLiteral("patientDocuments"));
    m_table->setTabKeyNavigation(false); // Tab moves on; the arrows walk the cells
    m_table->setAccessibleName(tr("Letters and sheets kept on the record"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(PatientDocumentModel::RecipientColumn,
                                                      QHeaderView::Stretch);
    m_message->setWordWrap(true);
    m_write->setObjectName(QStringLiteral("writeLetter"));
    m_open->setObjectName(QStringLiteral("openDocument"));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_message, 1);
    buttons->addWidget(m_open);
    buttons->addWidget(m_write);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_write, &QPushButton::clicked, this, &PatientDocumentsPanel::writeLetter);
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (m_table->currentIndex().isValid())
            openRow(m_table->currentIndex().row());
    });
    connect(m_table, &QTableView::activated, this,
            [this](const QModelIndex& index) { openRow(index.row()); });
    connect(&context.notifier, &ChangeNotifier::changed, this, [this](const ChangeEvent& event) {
        if (event.entity == ChangeEvent::Entity::Document && m_patientId > 0
            && (event.patientId == m_patientId || event.remote))
            reload();
    });
    showPatient(0);
}

void PatientDocumentsPanel::showPatient(PatientId id)
{
    m_patientId = id;
    reload();
}

void PatientDocumentsPanel::reload()
{
    m_write->setEnabled(m_patientId > 0);
    if (m_patientId <= 0) {
        m_model->setDocuments({});
        m_message->setText(tr("Select a patient to see their letters and sheets."));
        m_open->setEnabled(false);
        return;
    }
    auto documents = m_context.documents.documents(m_patientId, m_context.user);
    if (!documents) {
        m_model->setDocuments({});
        m_message->setText(documents.error().message);
        m_open->setEnabled(false);
        return;
    }
    const bool none = documents->empty();
    m_model->setDocuments(std::move(*documents));
    m_message->setText(none ? tr("No letter or after-care sheet was sent or given yet.")
                            : QString());
    m_open->setEnabled(!none);
    if (!none)
        m_table->selectRow(0);
}

LetterDialog* PatientDocumentsPanel::writeLetter()
{
    if (m_patientId <= 0)
        return nullptr;
    auto* dialog = new LetterDialog(m_context, m_patientId, 0, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

void PatientDocumentsPanel::openRow(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    auto* dialog =
        new KeptDocumentDialog(m_context, m_model->documents()[std::size_t(row)].id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

} // namespace needlechart
