// Not a test on its own: one "workstation" of the two-workstation booking test in
// AppointmentServiceTest. It opens the clinic database (a file or a server) as a separate
// process and stays up for every round: for each line "START_ISO BARRIER" on stdin it says
// "ready", waits for the barrier file to appear, books that slot, and prints "booked" or
// "refused". (Starting a process is what costs, above all under the sanitizers.)
//
//   needlechart_booking_worker DATABASE CLINICIAN_ID PATIENT_ID
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
#include <iostream>
#include <string>

using namespace needlechart;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    spdlog::set_level(spdlog::level::off);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 4) {
        std::fprintf(stderr, "usage: %s DATABASE CLINICIAN PATIENT\n", argv[0]);
        return 2;
    }
    SystemClock clock;
    auto opened = test::openWorkerClinic(args.at(1), clock);
    if (!opened)
        return 2;
    Appointment a;
    a.clinicianId = args.at(2).toLongLong();
    a.patientId = args.at(3).toLongLong();
    a.durationMinutes = 30;
    a.type = AppointmentType::DryNeedling;
    const User desk{QStringLiteral("desk"), QStringLiteral("Front desk"), StaffRole::FrontDesk};

    std::string line;
    while (std::getline(std::cin, line)) {
        const QString round = QString::fromStdString(line).trimmed();
        a.start = QDateTime::fromString(round.section(QLatin1Char(' '), 0, 0), Qt::ISODate);
        const QString barrier = round.section(QLatin1Char(' '), 1);
        std::printf("ready\n");
        std::fflush(stdout);
        while (!QFileInfo::exists(barrier))
            QThread::usleep(200);
        auto booked = opened->appointments().book(a, desk);
        std::printf("%s\n", booked ? "booked" : "refused");
        std::fflush(stdout);
        if (!booked && booked.error().code != ErrorCode::NeedsConfirmation)
            std::fprintf(stderr, "unexpected: %s\n", qUtf8Printable(booked.error().message));
    }
    return 0;
}
