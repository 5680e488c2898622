#pragma once

#include "needlechart/domain/common/User.h"
#include "needlechart/domain/patients/Patient.h"

#include <QCoreApplication>
#include <QString>

namespace needlechart {

class ClinicServices;

// `needlechart admin export-fhir --database F | --server A --login NAME --patient ID | --all
// --out FILE`: one patient's record (a clinician) or the whole clinic (an admin) as a FHIR R4
// Bundle in FILE, through FhirExportService, audited as the signed-in account's. The file is
// written whole or not at all (QSaveFile); progress on a terminal for the whole clinic.
class ExportFhirCommand {
    Q_DECLARE_TR_FUNCTIONS(ExportFhirCommand)

public:
    // Exit status as AdminCommand's: 0 done, 1 refused or failed, 2 cannot run.
    [[nodiscard]] static int run(ClinicServices& services, const User& user, PatientId patient,
                                 const QString& outFile);
};

} // namespace needlechart
