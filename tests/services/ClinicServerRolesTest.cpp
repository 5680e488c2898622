// docs/clinic-server.md's set-up, exactly as the clinic's IT runs it (psql and
// scripts/clinic-server-setup.sql), then NeedleChart as those roles: the owner sets the schema
// up, a workstation's role (no superuser, not the owner) does a day's work and cannot change
// the schema.
#include "needlechart/domain/bodymap/MuscleCatalogue.h"
#include "needlechart/domain/common/FixedClock.h"
#include "needlechart/services/admin/ClinicAdministration.h"
#include "needlechart/services/appointments/AppointmentService.h"
#include "needlechart/services/common/ClinicServices.h"
#include "needlechart/services/patients/PatientService.h"
#include "needlechart/storage/backends/ServerAddress.h"
#include "needlechart/storage/database/Database.h"

#include "ErrorText.h"
#include "QtPrinters.h"
#include "RawConnection.h"
#include "SessionSamples.h"
#include "TestServer.h"

#include <QCoreApplication>
#include <QProcess>

#include <gtest/gtest.h>

using namespace needlechart;

namespace {

using test::describe;

} // namespace

TEST(ClinicServerRolesTest,
     the_documented_roles_set_up_the_schema_and_let_a_workstation_work_but_not_alter_it)
{
    if (!test::TestServer::isConfigured())
        GTEST_SKIP() << "no PostgreSQL test server (run through scripts/test.sh)";
    const QString suffix = QString::number(QCoreApplication::applicationPid());
    const QString database = QStringLiteral("nc_roles_") + suffix;
    const QString login = QStringLiteral("nc_desk_") + suffix;
    ASSERT_EQ(test::TestServer::runAsAdmin(QStringLiteral("CREATE DATABASE %1 ENCODING 'UTF8' "
                                                          "TEMPLATE template0")
                                               .arg(database)),
              QString());
    struct Cleanup {
        QString database;
        QString login;
        ~Cleanup()
        {
            (void)test::TestServer::runAsAdmin(
                QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(database));
            (void)test::TestServer::runAsAdmin(QStringLiteral("DROP ROLE IF EXISTS %1").arg(login));
        }
    } cleanup{database, login};

    const ServerAddress admin = test::TestServer::maintenanceAddress();
    const QString host = admin.option(QStringLiteral("host"));
    const QString port = admin.option(QStringLiteral("port"));
    const QString superuser = QStringLiteral("host=%1 port=%2 user=%3 dbname=%4")
                                  .arg(host, port, admin.option(QStringLiteral("user")), database);
    QProcess psql;
    psql.start(QStringLiteral("psql"),
               {QStringLiteral("--no-psqlrc"), QStringLiteral("--set=ON_ERROR_STOP=1"),
                QStringLiteral("--quiet"), QStringLiteral("--dbname=") + superuser,
                QStringLiteral("--file=") + QStringLiteral(NEEDLECHART_SOURCE_DIR)
                    + QStringLiteral("/scripts/clinic-server-setup.sql")});
    ASSERT_TRUE(psql.waitForFinished(60000));
    ASSERT_EQ(psql.exitCode(), 0) << psql.readAllStandardError().toStdString();
    ASSERT_EQ(test::TestServer::runAsAdmin(
                  QStringLiteral("CREATE ROLE %1 LOGIN IN ROLE needlechart_app").arg(login)),
              QString());

    const QString owner = QStringLiteral("host=%1 port=%2 user=needlechart_owner dbname=%3")
                              .arg(host, port, database);
    const QString workstation =
        QStringLiteral("host=%1 port=%2 user=%3 dbname=%4").arg(host, port, login, database);

    auto refused = ClinicAdministration::initServer(workstation, QString());
    ASSERT_FALSE(refused.ok()) << "the app role cannot create tables";
    auto setUp = ClinicAdministration::initServer(owner, QString());
    ASSERT_TRUE(setUp.ok()) << describe(setUp.error());

    FixedClock clock(QDateTime(QDate(2026, 11, 24), QTime(9, 0), Qt::UTC));
    auto services =
        ClinicServices::openServer(workstation, QString(), clock, MuscleCatalogue::builtIn());
    ASSERT_TRUE(services.ok()) << describe(services.error());
    Patient p;
    p.familyName = QStringLiteral("Nakamura");
    p.givenName = QStringLiteral("Yui");
    p.dateOfBirth = QDate(1988, 2, 2);
    auto created = (*services)->patients().create(p, test::clinicianUser());
    ASSERT_TRUE(created.ok()) << describe(created.error());
    const User alex{QStringLiteral("alex"),
                    QStringLiteral("Alex Doe"),
                    {StaffRole::Clinician, StaffRole::Admin}};
    auto clinician = (*services)->appointments().addClinician(
        Clinician{0, QStringLiteral("Alex Doe"), QStringLiteral("alex"), 0b0011111, true}, alex);
    ASSERT_TRUE(clinician.ok()) << describe(clinician.error());
    Appointment a;
    a.patientId = created->id;
    a.clinicianId = clinician->id;
    a.start = QDateTime(QDate(2026, 11, 25), QTime(10, 0)).toUTC();
    a.durationMinutes = 30;
    a.type = AppointmentType::DryNeedling;
    auto booked = (*services)->appointments().book(a, alex);
    ASSERT_TRUE(booked.ok()) << describe(booked.error());

    Database& db = (*services)->database();
    EXPECT_EQ(
        test::RawConnection::scalar(db.connection(), QStringLiteral("SELECT rolsuper FROM "
                                                                    "pg_roles WHERE rolname = "
                                                                    "current_user"))
            .toBool(),
        false);
    EXPECT_NE(test::RawConnection::run(db.connection(), QStringLiteral("DROP TABLE appointment")),
              QString());
    EXPECT_NE(test::RawConnection::run(db.connection(),
                                       QStringLiteral("ALTER TABLE patient ADD COLUMN x integer")),
              QString());
    EXPECT_NE(
        test::RawConnection::run(db.connection(), QStringLiteral("CREATE TABLE mine (id integer)")),
        QString());
}
