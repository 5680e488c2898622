// Issue 12, the fault suite's I/O errors: the n-th write, sync or truncate fails (FailingVfs),
// for n = 1, 2, … until the operation completes, during save draft, sign, amend, book and a
// migration. Each time the result is a value or a typed error, never a crash, and the file
// reopened afterwards holds exactly the state before or exactly the state after.
#include "needlechart/domain/bodymap/MuscleCatalogue.h"
#include "needlechart/domain/common/FixedClock.h"
#include "needlechart/services/appointments/AppointmentService.h"
#include "needlechart/services/clinic/ClinicService.h"
#include "needlechart/services/common/ClinicServices.h"
#include "needlechart/services/consent/ConsentService.h"
#include "needlechart/services/patients/PatientService.h"
#include "needlechart/services/session/SessionService.h"
#include "needlechart/storage/database/Database.h"
#include "needlechart/storage/database/Migrator.h"

#include "ClearedPatient.h"
#include "FailingVfs.h"
#include "RawConnection.h"
#include "SessionSamples.h"
#include "SigningClinician.h"
#include "TempDatabase.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlQuery>
#include <QSqlRecord>

#include <gtest/gtest.h>

#include <functional>

using namespace needlechart;
using test::FailingVfs;
using test::RawConnection;

namespace {

const QDateTime Now(QDate(2026, 12, 2), QTime(9, 30), Qt::UTC);
// The limits the signing account's hash was made under: confirming the password then writes
// nothing (a stronger limit would rehash it, one more write than the operation's own).
const PasswordHasher::Limits TestLimits = PasswordHasher::Limits::minimumForTests();

// Every row of every table and the schema version, hashed: equal hashes, equal contents
// (the clinic's random export id apart).
QByteArray contentHash(const QString& path)
{
    RawConnection raw(path);
    EXPECT_TRUE(raw.isOpen()) << raw.openError().toStdString();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(raw.scalar(QStringLiteral("PRAGMA user_version")).toString().toUtf8());
    QStringList tables;
    {
        QSqlQuery query(raw.db());
        EXPECT_TRUE(query.exec(
            QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")));
        while (query.next())
            tables << query.value(0).toString();
    }
    for (const QString& table : tables) {
        hash.addData(table.toUtf8());
        QSqlQuery rows(raw.db());
        // A table name read from the file's own schema, quoted as an identifier: names cannot
        // be bound as parameters.
        QString quoted = table;
        quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        EXPECT_TRUE(rows.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(quoted)))
            << table.toStdString();
        // Sorted here: some tables have no rowid to order by.
        QStringList lines;
        while (rows.next()) {
            QStringList values;
            // The clinic's export id is random, made by the upgrade: whether it is there
            // counts, not its value.
            const bool random = table == QLatin1String("clinic_identity");
            for (int column = 0; column < rows.record().count(); ++column)
                values << (random ? QStringLiteral("present") : rows.value(column).toString());
            lines << values.join(QChar(0x1f));
        }
        lines.sort();
        hash.addData(lines.join(QChar(0x1e)).toUtf8());
    }
    return hash.result();
}

struct Prepared {
    PatientId patientId = 0;
    ClinicianId clinicianId = 0;
    Session draft; // as saved, so signing it needs no read (a read is an audited use case)
    SessionId signedId = 0;
};

// The operation under test, on services of a database that already holds `prepared`.
using Operation = std::function<Status(ClinicServices&, const Prepared&)>;

class IoErrorTest : public ::testing::Test {
protected:
    static void SetUpTestSuite() { FailingVfs::install(); }
    void TearDown() override { FailingVfs::disarm(); }

    // A closed database with a patient cleared for needling, a clinician, a draft and a signed
    // note; the file every trial starts from.
    Prepared prepareBase()
    {
        Prepared prepared;
        auto db = Database::open(basePath());
        EXPECT_TRUE(db.ok());
        FixedClock clock(Now);
        ClinicServices services(**db, clock, MuscleCatalogue::builtIn(), TestLimits);
        const User alex = test::signingClinician(services);
        prepared.patientId =
            test::clearedPatient(services, alex, QStringLiteral("Okafor"), QStringLiteral("Ada"),
                                 QDate(1984, 5, 6), QStringLiteral("Lower back"));
        Clinician clinician;
        clinician.name = QStringLiteral("Alex Morgan");
        clinician.login = QStringLiteral("amorgan");
        clinician.workingDays = 0b1111111;
        prepared.clinicianId = services.appointments().addClinician(clinician, alex)->id;
        const Session draft =
            *services.sessions().saveDraft(test::richSession(prepared.patientId, Now), alex);
        prepared.draft = draft;
        Session other = test::richSession(prepared.patientId, Now.addDays(-7));
        prepared.signedId = services.sessions().sign(other, alex, test::SigningPassword)->id;
        return prepared;
    }

    QString basePath() const { return temp.dir() + QStringLiteral("/base.db"); }
    QString trialPath() const { return temp.dir() + QStringLiteral("/trial.db"); }

    void copyBase()
    {
        for (const char* suffix : {"", "-wal", "-shm"})
            QFile::remove(trialPath() + QLatin1String(suffix));
        ASSERT_TRUE(QFile::copy(basePath(), trialPath()));
    }

    // Runs `operation` once on a copy of the base with the n-th `kind` failing; returns whether
    // the failure happened (false: the operation needs fewer than n such calls).
    bool trial(const Operation& operation, FailingVfs::Operation kind, int n,
               const QByteArray& before, const QByteArray& after, const Prepared& prepared)
    {
        copyBase();
        bool triggered = false;
        Status result;
        {
            auto db = Database::open(trialPath());
            EXPECT_TRUE(db.ok());
            if (!db.ok())
                return false;
            FixedClock clock(Now);
            ClinicServices services(**db, clock, MuscleCatalogue::builtIn(), TestLimits);
            FailingVfs::arm(kind, n);
            result = operation(services, prepared);
            triggered = FailingVfs::triggered();
            // The services and connection close on a disk that still fails.
        }
        FailingVfs::disarm();
        if (!result.ok()) {
            EXPECT_FALSE(result.error().message.isEmpty());
            EXPECT_TRUE(triggered)
                << "failed without an injected error: " << result.error().message.toStdString();
        }
        const QByteArray state = contentHash(trialPath());
        EXPECT_TRUE(state == before || state == after) << "a state half-way, n = " << n;
        if (result.ok()) {
            EXPECT_EQ(state, after) << "reported as saved, but not there; n = " << n;
        }
        ++m_trials;
        if (!result.ok())
            ++m_errors;
        return triggered;
    }

    // Fails the 1st, 2nd, … write, sync and truncate until the operation runs to the end.
    void failEveryStep(const Operation& operation)
    {
        const Prepared prepared = prepareBase();
        const QByteArray before = contentHash(basePath());
        copyBase();
        {
            auto db = Database::open(trialPath());
            ASSERT_TRUE(db.ok());
            FixedClock clock(Now);
            ClinicServices services(**db, clock, MuscleCatalogue::builtIn(), TestLimits);
            const Status done = operation(services, prepared);
            ASSERT_TRUE(done.ok()) << done.error().message.toStdString();
        }
        const QByteArray after = contentHash(trialPath());
        ASSERT_NE(before, after);
        for (auto kind : {FailingVfs::Operation::Write, FailingVfs::Operation::Sync,
                          FailingVfs::Operation::Truncate}) {
            for (int n = 1; n <= 400; ++n) {
                SCOPED_TRACE(n);
                if (!trial(operation, kind, n, before, after, prepared))
                    break;
            }
        }
        RecordProperty("trials", m_trials);
        RecordProperty("typed_errors", m_errors);
        std::printf("%d trials, %d typed errors, 0 half-way states, 0 crashes\n", m_trials,
                    m_errors);
    }

    test::TempDatabase temp;
    int m_trials = 0;
    int m_errors = 0;
};

Status status(const auto& result)
{
    if (result.ok())
        return {};
    return result.error();
}

} // namespace

TEST_F(IoErrorTest, saving_a_draft_on_a_failing_disk_keeps_the_old_state_or_the_new)
{
    failEveryStep([](ClinicServices& services, const Prepared& prepared) {
        Session draft = test::richSession(prepared.patientId, Now.addSecs(-3600));
        return status(services.sessions().saveDraft(draft, test::clinicianUser()));
    });
}

TEST_F(IoErrorTest, signing_on_a_failing_disk_keeps_the_old_state_or_the_new)
{
    failEveryStep([](ClinicServices& services, const Prepared& prepared) {
        return status(services.sessions().sign(prepared.draft, test::signingClinician(services),
                                               test::SigningPassword));
    });
}

TEST_F(IoErrorTest, amending_on_a_failing_disk_keeps_the_old_state_or_the_new)
{
    failEveryStep([](ClinicServices& services, const Prepared& prepared) {
        return status(
            services.sessions().amend(prepared.signedId, QStringLiteral("Wrong side recorded"),
                                      QStringLiteral("The points were on the left."),
                                      test::signingClinician(services), test::SigningPassword));
    });
}

TEST_F(IoErrorTest, booking_on_a_failing_disk_keeps_the_old_state_or_the_new)
{
    failEveryStep([](ClinicServices& services, const Prepared& prepared) {
        Appointment a;
        a.patientId = prepared.patientId;
        a.clinicianId = prepared.clinicianId;
        a.start = QDateTime(QDate(2026, 12, 8), QTime(10, 0)).toUTC(); // a Tuesday
        a.durationMinutes = 30;
        a.type = AppointmentType::FollowUp;
        return status(services.appointments().book(a, test::frontDeskUser()));
    });
}

// An upgrade from the schema before the latest: the open fails with a typed error, or it
// succeeds; the file is at the old schema with its rows, or at the new one.
TEST_F(IoErrorTest, an_upgrade_on_a_failing_disk_leaves_the_old_schema_or_the_new)
{
    const int from = Migrator::latestVersion() - 1;
    {
        auto db = Database::open(basePath(), DatabaseOptions{.migrate = false});
        ASSERT_TRUE(db.ok());
        ASSERT_EQ(*Migrator(**db).migrateTo(from), from);
        ASSERT_EQ(RawConnection::run((*db)->connection(),
                                     QStringLiteral("INSERT INTO patient (family_name, "
                                                    "given_name, date_of_birth, created_at, "
                                                    "updated_at) VALUES ('Old', 'Row', "
                                                    "'1970-01-01', '2026-01-01T00:00:00Z', "
                                                    "'2026-01-01T00:00:00Z')")),
                  QString());
    }
    const QByteArray before = contentHash(basePath());
    copyBase();
    {
        auto db = Database::open(trialPath());
        ASSERT_TRUE(db.ok());
    }
    const QByteArray after = contentHash(trialPath());
    ASSERT_NE(before, after);
    int trials = 0;
    int errors = 0;
    for (auto kind : {FailingVfs::Operation::Write, FailingVfs::Operation::Sync,
                      FailingVfs::Operation::Truncate}) {
        for (int n = 1; n <= 400; ++n) {
            SCOPED_TRACE(n);
            copyBase();
            FailingVfs::arm(kind, n);
            bool opened = false;
            {
                auto db = Database::open(trialPath());
                opened = db.ok();
                if (!opened) {
                    EXPECT_FALSE(db.error().message.isEmpty());
                }
            }
            const bool triggered = FailingVfs::triggered();
            FailingVfs::disarm();
            ++trials;
            errors += opened ? 0 : 1;
            const QByteArray state = contentHash(trialPath());
            EXPECT_TRUE(state == before || state == after) << "a schema half-way, n = " << n;
            if (opened) {
                EXPECT_EQ(state, after);
            }
            if (!triggered)
                break;
        }
    }
    std::printf("%d trials, %d typed errors, 0 half-way schemas, 0 crashes\n", trials, errors);
}
