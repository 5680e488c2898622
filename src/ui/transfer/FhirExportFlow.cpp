#include "transfer/FhirExportFlow.h"

#include "needlechart/services/transfer/FhirExportService.h"
#include "needlechart/ui/common/MessagePresenter.h"

#include "transfer/SavedFile.h"

#include <QDir>
#include <QProgressDialog>

namespace needlechart {
namespace {

QString suggestedPath(const QString& name)
{
    return QDir::home().filePath(name);
}

QString filter()
{
    return QCoreApplication::translate("FhirExportFlow", "FHIR JSON files (*.json)");
}

} // namespace

bool FhirExportFlow::exportPatient(UiContext& context, QWidget* parent, PatientId patientId)
{
    const std::optional<QString> path = context.messages.saveFileName(
        parent, tr("Export Patient as FHIR"),
        suggestedPath(QStringLiteral("patient-%1-fhir.json").arg(patientId)), filter());
    if (!path)
        return false;
    auto exported = context.fhirExport.exportPatient(patientId, context.user);
    if (!exported) {
        context.messages.warning(parent, tr("Export Patient as FHIR"), exported.error().message);
        return false;
    }
    return SavedFile::write(context, parent, tr("Export as FHIR"), *path, *exported);
}

bool FhirExportFlow::exportClinic(UiContext& context, QWidget* parent)
{
    const std::optional<QString> path =
        context.messages.saveFileName(parent, tr("Export Clinic as FHIR"),
                                      suggestedPath(QStringLiteral("clinic-fhir.json")), filter());
    if (!path)
        return false;
    QProgressDialog progress(tr("Reading the records\u2026"), tr("Cancel"), 0, 0, parent);
    progress.setWindowTitle(tr("Export Clinic as FHIR"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    auto exported = context.fhirExport.exportClinic(context.user, [&progress](int done, int total) {
        progress.setMaximum(total);
        progress.setValue(done);
        QCoreApplication::processEvents();
        return !progress.wasCanceled();
    });
    progress.reset();
    if (!exported) {
        context.messages.warning(parent, tr("Export Clinic as FHIR"), exported.error().message);
        return false;
    }
    return SavedFile::write(context, parent, tr("Export as FHIR"), *path, *exported);
}

} // namespace needlechart
