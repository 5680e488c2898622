#include "needlechart/ui/paper/LeafletPrinter.h"

#include "needlechart/domain/audit/AuditAction.h"
#include "needlechart/domain/common/Clock.h"
#include "needlechart/services/audit/AuditTrail.h"
#include "needlechart/services/clinic/ClinicService.h"
#include "needlechart/services/patients/PatientService.h"
#include "needlechart/ui/common/MessagePresenter.h"
#include "needlechart/ui/paper/PrintDialogs.h"

#include "paper/ConsentFormRenderer.h"
#include "paper/PagedTextPrinter.h"

#include <QDir>
#include <QStandardPaths>

#include <memory>

namespace needlechart {
namespace {

PrintDialogs::Paper paper()
{
    PrintDialogs::Paper paper;
    paper.documentName = LeafletPrinter::tr("Dry needling leaflet");
    return paper;
}

} // namespace

LeafletPrinter::LeafletPrinter(UiContext& context) : m_context(context) {}

Result<LeafletContent> LeafletPrinter::contentFor(PatientId patientId) const
{
    LeafletContent content;
    auto profile = m_context.clinic.profile();
    if (!profile)
        return profile.error();
    auto leaflet = m_context.clinic.currentLeaflet();
    if (!leaflet)
        return leaflet.error();
    content.clinic = *profile;
    content.leaflet = *leaflet;
    content.date = m_context.patients.clock().today();
    if (patientId > 0) {
        auto patient = m_context.patients.get(patientId, m_context.user);
        if (!patient)
            return patient.error();
        content.patientName = patient->fullName();
    }
    return content;
}

Result<LeafletPrinter::Painter> LeafletPrinter::painterFor(PatientId patientId,
                                                           Document document) const
{
    auto content = contentFor(patientId);
    if (!content)
        return content.error();
    if (document == Document::Leaflet) {
        auto renderer = std::make_shared<LeafletRenderer>(*content);
        return Painter([renderer](QPagedPaintDevice& device) { renderer->render(device); });
    }
    auto patient = m_context.patients.get(patientId, m_context.user);
    if (!patient)
        return patient.error();
    auto renderer = std::make_shared<ConsentFormRenderer>(
        ConsentFormContent{content->clinic, content->leaflet, *patient, content->date});
    return Painter([renderer](QPagedPaintDevice& device) { renderer->render(device); });
}

void LeafletPrinter::preview(PatientId patientId, QWidget* parent, Document document) const
{
    auto paint = painterFor(patientId, document);
    if (!paint) {
        m_context.messages.warning(parent, tr("Cannot print"), paint.error().message);
        return;
    }
    if (PrintDialogs::preview(*paint, paper(), parent))
        recordOutput(AuditAction::Print, patientId, document);
}

void LeafletPrinter::print(PatientId patientId, QWidget* parent, Document document) const
{
    auto paint = painterFor(patientId, document);
    if (!paint) {
        m_context.messages.warning(parent, tr("Cannot print"), paint.error().message);
        return;
    }
    if (PrintDialogs::print(*paint, paper(), parent))
        recordOutput(AuditAction::Print, patientId, document);
}

void LeafletPrinter::recordOutput(AuditAction action, PatientId patientId, Document document) const
{
    if (patientId <= 0)
        return; // the clinic's leaflet names nobody
    const auto leaflet = m_context.clinic.currentLeaflet();
    m_context.audit.recordOutput(
        m_context.user, action,
        {patientId,
         document == Document::Leaflet ? QStringLiteral("leaflet") : QStringLiteral("consent-form"),
         0},
        leaflet ? QStringLiteral("version %1").arg(leaflet->version) : QString());
}

void LeafletPrinter::exportPdf(PatientId patientId, QWidget* parent, Document document) const
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name = document == Document::Leaflet ? tr("dry-needling-leaflet.pdf")
                                                       : tr("dry-needling-consent-form.pdf");
    const std::optional<QString> path = m_context.messages.saveFileName(
        parent, tr("Export as PDF"), QDir(folder).filePath(name), tr("PDF files (*.pdf)"));
    if (!path || path->isEmpty())
        return;
    if (Status written = exportPdfTo(patientId, *path, document); !written.ok())
        m_context.messages.warning(parent, tr("Cannot export the PDF"), written.error().message);
}

Status LeafletPrinter::exportPdfTo(PatientId patientId, const QString& path,
                                   Document document) const
{
    auto paint = painterFor(patientId, document);
    if (!paint)
        return paint.error();
    Status written = PagedTextPrinter::exportPdf(path, QPageSize::A4,
                                                 document == Document::Leaflet
                                                     ? tr("Dry needling: information for patients")
                                                     : tr("Consent to dry needling"),
                                                 *paint);
    if (written.ok())
        recordOutput(AuditAction::Export, patientId, document);
    return written;
}

} // namespace needlechart
