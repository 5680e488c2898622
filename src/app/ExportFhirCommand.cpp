#include "ExportFhirCommand.h"

#include "needlechart/services/common/ClinicServices.h"
#include "needlechart/services/transfer/FhirExportService.h"

#include <QLocale>
#include <QSaveFile>

#include <unistd.h>

#include <cstdio>

namespace needlechart {
namespace {

constexpr int ExitDone = 0;
constexpr int ExitFailed = 1;

void printError(const QString& line)
{
    std::fprintf(stderr, "needlechart admin: %s\n", qUtf8Printable(line));
}

} // namespace

int ExportFhirCommand::run(ClinicServices& services, const User& user, PatientId patient,
                           const QString& outFile)
{
    const bool terminal = isatty(STDERR_FILENO) == 1;
    const auto progress = [terminal](int done, int total) {
        if (terminal) {
            std::fprintf(
                stderr, "\r\033[K%s",
                qUtf8Printable(tr("Reading the records: %1 of %2 patients")
                                   .arg(QLocale().toString(done), QLocale().toString(total))));
            std::fflush(stderr);
        }
        return true;
    };
    auto exported = patient > 0 ? services.fhirExport().exportPatient(patient, user)
                                : services.fhirExport().exportClinic(user, progress);
    if (terminal && patient == 0)
        std::fprintf(stderr, "\r\033[K");
    if (!exported) {
        printError(exported.error().message);
        return ExitFailed;
    }
    QSaveFile out(outFile);
    if (!out.open(QIODevice::WriteOnly) || out.write(*exported) != exported->size()
        || !out.commit()) {
        printError(tr("Cannot write %1: %2").arg(outFile, out.errorString()));
        return ExitFailed;
    }
    return ExitDone;
}

} // namespace needlechart
