#pragma once

#include "needlechart/domain/patients/Patient.h"
#include "needlechart/ui/common/UiContext.h"

#include <QCoreApplication>

class QWidget;

namespace needlechart {

// File ▸ Export whole record…, for a patient's right of access: WholeRecordService gathers
// everything held about the patient (permission, one consistent read), where to save is asked
// (MessagePresenter), WholeRecordRenderer typesets the PDF, the service packs it with the FHIR
// Bundle into one ZIP archive and audits it, and the file is written whole or not at all.
class WholeRecordFlow {
    Q_DECLARE_TR_FUNCTIONS(WholeRecordFlow)

public:
    // True when the archive was written.
    static bool exportRecord(UiContext& context, QWidget* parent, PatientId patientId);
};

} // namespace needlechart
