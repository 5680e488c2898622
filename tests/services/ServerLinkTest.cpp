// Several workstations on one clinic server: what one commits reaches the others' views by
// itself (LISTEN/NOTIFY into the one ChangeNotifier), and a server that goes away and comes back
// is noticed, refused saves lose nothing, and the link reconnects without anyone pressing
// anything. The other workstation is a separate process (needlechart_booking_worker).
#include "needlechart/services/common/ServerLink.h"

#include "needlechart/domain/bodymap/MuscleCatalogue.h"
#include "needlechart/domain/common/FixedClock.h"
#include "needlechart/services/common/ChangeNotifier.h"
#include "needlechart/services/common/ClinicServices.h"
#include "needlechart/storage/backends/ServerAddress.h"
#include "needlechart/storage/database/Database.h"

#include "ErrorText.h"
#include "QtPrinters.h"
#include "RawConnection.h"
#include "SessionSamples.h"
#include "TempDatabase.h"
#include "TestServer.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace needlechart;

namespace {

const QDateTime Now(QDate(2026, 11, 24), QTime(9, 0), Qt::UTC);

using test::describe;

Patient somePatient(const char* family)
{
    Patient p;
    p.familyName = QString::fromUtf8(family);
    p.givenName = QStringLiteral("Ada");
    p.dateOfBirth = QDate(1980, 5, 5);
    return p;
}

// Waits (running the event loop) until `done` holds or `ms` pass.
bool waitFor(const std::function<bool()>& done, int ms)
{
    QElapsedTimer timer;
    timer.start();
    while (!done() && timer.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    return done();
}

// A weekday more than a year ahead (the worker books with the real clock; the clinic opens
// Monday to Friday).
QDateTime weekdayAhead(int days, QTime at)
{
    QDate day = QDate::currentDate().addDays(days);
    day = day.addDays(8 - day.dayOfWeek()); // the next Monday
    return QDateTime(day, at).toUTC();
}

// Another workstation books one appointment at once (the barrier is a file that exists).
QString bookElsewhere(const QString& location, ClinicianId clinician, PatientId patient,
                      const QDateTime& start)
{
    QProcess worker;
    worker.start(QStringLiteral(NEEDLECHART_BOOKING_WORKER),
                 {location, QString::number(clinician), QString::number(patient)});
    worker.write((start.toString(Qt::ISODate) + QLatin1Char(' ')
                  + QCoreApplication::applicationFilePath() + QLatin1Char('\n'))
                     .toUtf8());
    worker.closeWriteChannel();
    if (!worker.waitForFinished(30000))
        return QStringLiteral("timed out");
    return QString::fromUtf8(worker.readAllStandardOutput()).split(QLatin1Char('\n')).value(1);
}

class ServerLinkTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        if (!test::TestServer::isConfigured())
            GTEST_SKIP() << "no PostgreSQL test server (run through scripts/test.sh)";
        temp = std::make_unique<test::TempDatabase>(Backend::PostgreSql);
        db = temp->open();
        ASSERT_NE(db, nullptr);
        services = std::make_unique<ClinicServices>(*db, clock, MuscleCatalogue::builtIn());
        const User desk{QStringLiteral("desk"), QStringLiteral("Front desk"), StaffRole::FrontDesk};
        auto alex = services->appointments().addClinician(
            Clinician{0, QStringLiteral("Alex Doe"), QStringLiteral("alex"), 0b1111111, true},
            clinicianUser);
        ASSERT_TRUE(alex.ok()) << describe(alex.error());
        clinician = alex->id;
        auto created = services->patients().create(somePatient("Okafor"), test::clinicianUser());
        ASSERT_TRUE(created.ok());
        patient = created->id;
        (void)desk;
    }

    const User clinicianUser{QStringLiteral("alex"),
                             QStringLiteral("Alex Doe"),
                             {StaffRole::Clinician, StaffRole::Admin}};
    FixedClock clock{Now};
    std::unique_ptr<test::TempDatabase> temp;
    std::unique_ptr<Database> db;
    std::unique_ptr<ClinicServices> services;
    ClinicianId clinician = 0;
    PatientId patient = 0;
};

} // namespace

TEST(ServerLinkCodingTest, a_change_travels_as_ids_only_and_reads_back_as_remote)
{
    ChangeEvent event;
    event.entity = ChangeEvent::Entity::Appointment;
    event.kind = ChangeEvent::Kind::Removed;
    event.ids = {3, 4, 5};
    event.patientId = 12;
    const QString payload = ServerLink::encode(event);
    EXPECT_EQ(payload, QStringLiteral("appointment removed 12 3,4,5"));
    ChangeEvent decoded;
    ASSERT_TRUE(ServerLink::decode(payload, &decoded));
    EXPECT_EQ(decoded.entity, event.entity);
    EXPECT_EQ(decoded.kind, event.kind);
    EXPECT_EQ(decoded.ids, event.ids);
    EXPECT_EQ(decoded.patientId, 12);
    EXPECT_TRUE(decoded.remote);
    for (const char* bad : {"", "appointment", "spaceship updated 1 2", "patient exploded 1 2",
                            "patient updated x 2", "patient updated 1 2,y", "a b c d e"}) {
        SCOPED_TRACE(bad);
        EXPECT_FALSE(ServerLink::decode(QString::fromUtf8(bad), &decoded));
    }
}

TEST_F(ServerLinkTest, a_booking_made_at_another_workstation_arrives_within_a_second)
{
    ServerLink& link = services->serverLink();
    link.start(200);
    QSignalSpy changes(&services->notifier(), &ChangeNotifier::changed);
    const QDateTime start = weekdayAhead(400, QTime(10, 0));
    ASSERT_EQ(bookElsewhere(temp->location(), clinician, patient, start), QStringLiteral("booked"));
    // The worker has committed and exited: the announcement is on its way. (How soon it arrives
    // is a speed, measured outside tests; here it must arrive, with no one asking.)
    const auto arrived = [&] {
        for (const QList<QVariant>& signal : changes) {
            const auto event = signal.at(0).value<ChangeEvent>();
            if (event.remote && event.entity == ChangeEvent::Entity::Appointment)
                return true;
        }
        return false;
    };
    ASSERT_TRUE(waitFor(arrived, 5000)) << "no announcement from the other workstation";
    auto day = services->appointments().day(start.toLocalTime().date(), test::clinicianUser());
    ASSERT_TRUE(day.ok());
    EXPECT_EQ(day->size(), 1u);
}

TEST_F(ServerLinkTest, this_workstations_own_changes_are_announced_but_never_come_back_as_remote)
{
    ServerLink& link = services->serverLink();
    link.start(200);
    // A second workstation in this process, listening.
    auto otherDb = temp->open();
    ASSERT_NE(otherDb, nullptr);
    ClinicServices other(*otherDb, clock, MuscleCatalogue::builtIn());
    other.serverLink().start(200);
    QSignalSpy here(&services->notifier(), &ChangeNotifier::changed);
    QSignalSpy there(&other.notifier(), &ChangeNotifier::changed);

    auto created = services->patients().create(somePatient("Lindqvist"), test::clinicianUser());
    ASSERT_TRUE(created.ok());
    ASSERT_TRUE(waitFor([&] { return there.count() >= 1; }, 5000));
    const auto received = there.at(0).at(0).value<ChangeEvent>();
    EXPECT_TRUE(received.remote);
    EXPECT_EQ(received.entity, ChangeEvent::Entity::Patient);
    EXPECT_EQ(received.ids, QList<qint64>{created->id});
    waitFor([] { return false; }, 300);
    ASSERT_EQ(here.count(), 1) << "only the local announcement";
    EXPECT_FALSE(here.at(0).at(0).value<ChangeEvent>().remote);
}

TEST_F(ServerLinkTest, a_connection_the_server_ended_is_noticed_and_restored_by_itself)
{
    ServerLink& link = services->serverLink();
    QSignalSpy online(&link, &ServerLink::onlineChanged);
    link.start(100);
    const qint64 backend =
        test::RawConnection::scalar(db->connection(), QStringLiteral("SELECT pg_backend_pid()"))
            .toLongLong();
    ASSERT_EQ(test::TestServer::runAsAdmin(
                  QStringLiteral("SELECT pg_terminate_backend(%1)").arg(backend)),
              QString());
    ASSERT_TRUE(waitFor([&] { return online.count() >= 2; }, 10000)) << "offline then online again";
    EXPECT_FALSE(online.at(0).at(0).toBool());
    EXPECT_TRUE(online.at(1).at(0).toBool());
    EXPECT_TRUE(link.isOnline());
    // Listening again: another workstation's booking still arrives.
    QSignalSpy changes(&services->notifier(), &ChangeNotifier::changed);
    const QDateTime start = weekdayAhead(410, QTime(11, 0));
    ASSERT_EQ(bookElsewhere(temp->location(), clinician, patient, start), QStringLiteral("booked"));
    EXPECT_TRUE(waitFor(
        [&] {
            for (const QList<QVariant>& signal : changes)
                if (signal.at(0).value<ChangeEvent>().entity == ChangeEvent::Entity::Appointment)
                    return true;
            return false;
        },
        5000));
}

// A server of its own, stopped and started again as a real one would be (a restart, a power cut
// in the server room): saves are refused with that reason and leave nothing half-done, and once
// the server is back the link reconnects and the same save goes through.
TEST(ServerLossTest, a_stopped_server_refuses_saves_cleanly_and_the_link_reconnects_when_it_is_back)
{
    if (!test::TestServer::isConfigured())
        GTEST_SKIP() << "no PostgreSQL test server (run through scripts/test.sh)";
    const QString script =
        QStringLiteral(NEEDLECHART_SOURCE_DIR) + QStringLiteral("/scripts/test-server.sh");
    QProcess starter;
    starter.start(script, {QStringLiteral("start")});
    ASSERT_TRUE(starter.waitForFinished(120000));
    ASSERT_EQ(starter.exitCode(), 0) << starter.readAllStandardError().toStdString();
    QString dir;
    QString address;
    for (const QString& line :
         QString::fromUtf8(starter.readAllStandardOutput()).split(QLatin1Char('\n'))) {
        const QString value = line.section(QLatin1Char('='), 1).remove(QLatin1Char('\''));
        if (line.startsWith(QStringLiteral("export NEEDLECHART_TEST_POSTGRES_DIR=")))
            dir = value;
        else if (line.startsWith(QStringLiteral("export NEEDLECHART_TEST_POSTGRES=")))
            address = line.section(QLatin1Char('='), 1).chopped(1).mid(1);
    }
    ASSERT_FALSE(dir.isEmpty());
    ASSERT_FALSE(address.isEmpty());
    const auto server = [&script, &dir](const char* command) {
        QProcess control;
        control.start(script, {QString::fromLatin1(command), dir});
        return control.waitForFinished(120000) && control.exitCode() == 0;
    };
    struct StopAtEnd {
        std::function<bool(const char*)> server;
        ~StopAtEnd() { server("stop"); }
    } stopAtEnd{server};

    auto parsed = ServerAddress::parse(address);
    ASSERT_TRUE(parsed.ok());
    auto opened = Database::openServer(*parsed);
    ASSERT_TRUE(opened.ok()) << describe(opened.error());
    Database& db = **opened;
    FixedClock clock{Now};
    ClinicServices services(db, clock, MuscleCatalogue::builtIn());
    ServerLink& link = services.serverLink();
    QSignalSpy online(&link, &ServerLink::onlineChanged);
    link.start(100);
    ASSERT_TRUE(services.patients().create(somePatient("Before"), test::clinicianUser()).ok());

    ASSERT_TRUE(server("pause"));
    const Patient typed = somePatient("Typed while the server was away");
    auto refused = services.patients().create(typed, test::clinicianUser());
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::Unreachable) << describe(refused.error());
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("cannot be reached")));
    EXPECT_EQ(db.transactionDepth(), 0);
    ASSERT_TRUE(waitFor([&] { return !link.isOnline(); }, 10000));
    // Refused again while it is away, on what is already known (the connection is closed), not
    // by sending the save into the network and waiting.
    EXPECT_FALSE(db.isConnected());
    auto again = services.patients().create(typed, test::clinicianUser());
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().code, ErrorCode::Unreachable);
    EXPECT_EQ(db.transactionDepth(), 0);

    ASSERT_TRUE(server("resume"));
    ASSERT_TRUE(waitFor([&] { return link.isOnline(); }, 20000)) << "reconnected by itself";
    auto saved = services.patients().create(typed, test::clinicianUser());
    ASSERT_TRUE(saved.ok()) << describe(saved.error());
    auto count = services.patients().count({}, test::clinicianUser());
    ASSERT_TRUE(count.ok());
    EXPECT_EQ(*count, 2) << "the one before and the one saved after: nothing half-done";
    EXPECT_GE(online.count(), 2);
}
