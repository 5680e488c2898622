#include "needlechart/ui/documents/KeptDocumentDialog.h"

#include "needlechart/services/audit/AuditTrail.h"
#include "needlechart/services/clinic/ClinicService.h"
#include "needlechart/services/documents/DocumentService.h"
#include "needlechart/services/patients/PatientService.h"
#include "needlechart/ui/common/DateText.h"
#include "needlechart/ui/paper/DocumentRenderer.h"
#include "needlechart/ui/paper/PrintDialogs.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QTextBrowser>
#include <QTextDocument>
#include <QVBoxLayout>

#include <memory>

namespace needlechart {

KeptDocumentDialog::KeptDocumentDialog(UiContext& context, PatientDocumentId id, QWidget* parent)
    : QDialog(parent), m_context(context), m_about(new QLabel(this)), m_view(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("keptDocumentDialog"));
    m_view->setObjectName(QStringLiteral("keptDocumentText"));
    m_view->setAccessibleName(tr("The document as it was sent"));
    m_about->setWordWrap(true);
    m_about->setTextFormat(Qt::PlainText);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* print = buttons->addButton(tr("&Print again\u2026"), QDialogButtonBox::ActionRole);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_about);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    resize(720, 760);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(print, &QPushButton::clicked, this, &KeptDocumentDialog::printAgain);

    auto found = context.documents.document(id, context.user);
    if (!found) {
        setWindowTitle(tr("Document"));
        m_about->setText(found.error().message);
        print->setEnabled(false);
        return;
    }
    m_document = *found;
    if (auto patient = context.patients.get(m_document.patientId, context.user))
        m_patientName = patient->fullName();
    setWindowTitle(tr("%1 \u2014 %2").arg(enumLabel(m_document.kind), m_patientName));
    m_about->setText(
        tr("%1 %2 by %3%4, from template version %5. Shown as it was sent.")
            .arg(enumLabel(m_document.delivery), DateText::formatDateTime(m_document.createdAt),
                 m_document.createdBy,
                 isLetter(m_document.kind) ? tr(", to %1").arg(m_document.recipient) : QString())
            .arg(m_document.templateVersion));
    auto profile = context.clinic.profile();
    std::unique_ptr<QTextDocument> doc =
        DocumentRenderer(
            DocumentContent{profile ? *profile : ClinicProfile{}, m_document, m_patientName})
            .buildDocument();
    doc->setParent(m_view);
    m_view->setDocument(doc.release());
}

void KeptDocumentDialog::printAgain()
{
    auto profile = m_context.clinic.profile();
    auto renderer = std::make_shared<DocumentRenderer>(
        DocumentContent{profile ? *profile : ClinicProfile{}, m_document, m_patientName});
    PrintDialogs::Paper paper;
    paper.documentName = renderer->title();
    if (PrintDialogs::print([renderer](QPagedPaintDevice& device) { renderer->render(device); },
                            paper, this))
        m_context.audit.recordOutput(
            m_context.user, AuditAction::Print,
            {m_document.patientId, QStringLiteral("document"), m_document.id},
            QStringLiteral("reprint"));
}

} // namespace needlechart
