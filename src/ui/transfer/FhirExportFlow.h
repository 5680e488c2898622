#pragma once

#include "needlechart/domain/patients/Patient.h"
#include "needlechart/ui/common/UiContext.h"

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace needlechart {

// File ▸ Export patient as FHIR… and File ▸ Export clinic as FHIR…: where to save is asked
// (MessagePresenter), FhirExportService makes the Bundle (permission, one consistent read,
// audit), and the file is written whole or not at all (QSaveFile). What went wrong is said in a
// box; nothing is left half-written. The whole clinic shows progress with Cancel.
class FhirExportFlow {
    Q_DECLARE_TR_FUNCTIONS(FhirExportFlow)

public:
    // True when the file was written.
    static bool exportPatient(UiContext& context, QWidget* parent, PatientId patientId);
    static bool exportClinic(UiContext& context, QWidget* parent);
};

} // namespace needlechart
