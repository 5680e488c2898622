#pragma once

#include "needlechart/domain/common/User.h"

#include <QCoreApplication>
#include <QString>

namespace needlechart {

class ClinicServices;

// `needlechart admin import-patients FILE --database F | --server A --login NAME`: a patient
// list from another system registered from a terminal, through the same PatientImportService
// as File ▸ Import patients…. The file is read (encoding and delimiter detected), its columns
// mapped from the headings (or --columns), every row checked, and a report printed of the rows
// that cannot be registered and of those that may be patients already registered, before
// anything is written. The rows are then registered in one transaction, unless:
//   - a row fails and --skip-invalid was not given (exit 1, nothing written);
//   - a row may be a duplicate and --duplicates skip|register was not given (exit 1);
//   - --dry-run was given (the report only, exit 0).
class ImportPatientsCommand {
    Q_DECLARE_TR_FUNCTIONS(ImportPatientsCommand)

public:
    struct Options {
        QString file;
        QString columns;   // "family-name,given-name,ignore,date-of-birth"; empty: guessed
        QString dateOrder; // "day-month-year", ...; empty: guessed from the dates
        bool noHeader = false;
        bool skipInvalid = false;
        QString duplicates; // "skip", "register" or empty (then any duplicate refuses)
        bool dryRun = false;
    };

    // Exit status as AdminCommand's: 0 done, 1 refused or failed, 2 cannot run.
    [[nodiscard]] static int run(ClinicServices& services, const User& user,
                                 const Options& options);
};

} // namespace needlechart
