#include "needlechart/ui/LeafletPrinter.h"

#include "needlechart/domain/Clock.h"
#include "needlechart/services/ClinicService.h"
#include "needlechart/services/PatientService.h"
#include "needlechart/ui/MessagePresenter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QStandardPaths>

namespace needlechart {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("LeafletPrinter", text);
}

void prepare(QPrinter& printer)
{
    printer.setPageMargins(QMarginsF(17, 13.6, 17, 12), QPageLayout::Millimeter);
    printer.setDocName(tr("Dry needling leaflet"));
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
        auto patient = m_context.patients.get(patientId);
        if (!patient)
            return patient.error();
        content.patientName = patient->fullName();
    }
    return content;
}

void LeafletPrinter::preview(PatientId patientId, QWidget* parent) const
{
    auto content = contentFor(patientId);
    if (!content) {
        m_context.messages.warning(parent, tr("Cannot print the leaflet"), content.error().message);
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    prepare(printer);
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(tr("Leaflet \u2014 print preview"));
    const LeafletRenderer renderer(*content);
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog,
                     [&renderer](QPrinter* target) { renderer.render(*target); });
    dialog.exec();
}

void LeafletPrinter::print(PatientId patientId, QWidget* parent) const
{
    auto content = contentFor(patientId);
    if (!content) {
        m_context.messages.warning(parent, tr("Cannot print the leaflet"), content.error().message);
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    prepare(printer);
    QPrintDialog dialog(&printer, parent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    LeafletRenderer(*content).render(printer);
}

void LeafletPrinter::exportPdf(PatientId patientId, QWidget* parent) const
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(parent, tr("Export the leaflet as PDF"),
                                                      QDir(folder).filePath(tr("dry-needling-leaflet.pdf")),
                                                      tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    if (Status written = exportPdfTo(patientId, path); !written.ok())
        m_context.messages.warning(parent, tr("Cannot export the leaflet"), written.error().message);
}

Status LeafletPrinter::exportPdfTo(PatientId patientId, const QString& path) const
{
    auto content = contentFor(patientId);
    if (!content)
        return content.error();
    return LeafletRenderer(*content).exportPdf(path);
}

} // namespace needlechart
