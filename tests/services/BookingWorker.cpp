// Not a test on its own: one "workstation" of the two-workstation booking test in
// AppointmentServiceTest. It opens the clinic database (a file or a server) as a separate
// process, says "ready",
// waits for the barrier file to appear, books one slot, and prints "booked" or "refused".
//
//   needlechart_booking_worker DATABASE BARRIER CLINICIAN_ID PATIENT_ID START_UTC_ISO
#include "needlechart/domain/common/SystemClock.h"
#include "needlechart/services/appointments/AppointmentService.h"
#include "needlechart/services/common/ClinicServices.h"

#include "WorkerClinic.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QThread>

#include <spdlog/spdlog.h>

#include <cstdio>

using namespace needlechart;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    spdlog::set_level(spdlog::level::off);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 6) {
        std::fprintf(stderr, "usage: %s DATABASE BARRIER CLINICIAN PATIENT START\n", argv[0]);
        return 2;
    }
    SystemClock clock;
    auto opened = test::openWorkerClinic(args.at(1), clock);
    if (!opened)
        return 2;
    Appointment a;
    a.clinicianId = args.at(3).toLongLong();
    a.patientId = args.at(4).toLongLong();
    a.start = QDateTime::fromString(args.at(5), Qt::ISODate);
    a.durationMinutes = 30;
    a.type = AppointmentType::DryNeedling;
    const User desk{QStringLiteral("desk"), QStringLiteral("Front desk"), StaffRole::FrontDesk};

    std::printf("ready\n");
    std::fflush(stdout);
    while (!QFileInfo::exists(args.at(2)))
        QThread::usleep(200);
    auto booked = opened->appointments().book(a, desk);
    std::printf("%s\n", booked ? "booked" : "refused");
    if (!booked && booked.error().code != ErrorCode::Conflict)
        std::fprintf(stderr, "unexpected: %s\n", qUtf8Printable(booked.error().message));
    return 0;
}
