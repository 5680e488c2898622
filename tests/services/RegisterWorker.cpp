// Not a test on its own: another workstation that keeps writing while a backup is taken
// (BackupWriterTest). It opens the clinic database (a file or a server) as a separate process,
// registers made-up patients one transaction at a time, says "ready" after the first, and stops
// when the stop file appears, printing how many it registered.
//
//   needlechart_register_worker DATABASE STOPFILE
#include "needlechart/domain/common/SystemClock.h"
#include "needlechart/services/common/ClinicServices.h"
#include "needlechart/services/demo/DemoClinic.h"
#include "needlechart/services/patients/PatientService.h"

#include "WorkerClinic.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <spdlog/spdlog.h>

#include <cstdio>

using namespace needlechart;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    spdlog::set_level(spdlog::level::off);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 3) {
        std::fprintf(stderr, "usage: %s DATABASE STOPFILE\n", argv[0]);
        return 2;
    }
    SystemClock clock;
    auto opened = test::openWorkerClinic(args.at(1), clock);
    if (!opened)
        return 2;
    const User desk{QStringLiteral("desk"), QStringLiteral("Front desk"), StaffRole::FrontDesk};
    const std::vector<Patient> patients = DemoClinic::generatePatients(5000, 99, clock.today());
    int registered = 0;
    for (const Patient& patient : patients) {
        if (QFileInfo::exists(args.at(2)))
            break;
        auto created = opened->patients().create(patient, desk);
        if (!created && created.error().code != ErrorCode::Locked) {
            std::fprintf(stderr, "unexpected: %s\n", qUtf8Printable(created.error().message));
            return 1;
        }
        if (created && ++registered == 1) {
            std::printf("ready\n");
            std::fflush(stdout);
        }
    }
    std::printf("%d\n", registered);
    return 0;
}
