// Moving a single-seat clinic (an SQLite file) into another database, as `needlechart admin
// copy` does: everything or nothing, ids kept, and both sides checked. The target is each back
// end in turn (PostgreSQL is what clinics move to; SQLite shows the copy is back-end neutral).
#include "needlechart/storage/database/DatabaseCopy.h"

#include "needlechart/domain/bodymap/MuscleCatalogue.h"
#include "needlechart/domain/common/FixedClock.h"
#include "needlechart/services/common/ClinicServices.h"
#include "needlechart/services/demo/DemoAccounts.h"
#include "needlechart/services/demo/DemoSessions.h"
#include "needlechart/services/patients/PatientService.h"
#include "needlechart/storage/database/Database.h"

#include "ErrorText.h"
#include "InjectedFault.h"
#include "QtPrinters.h"
#include "RawConnection.h"
#include "SessionSamples.h"
#include "TempDatabase.h"
#include "TestServer.h"

#include <gtest/gtest.h>

using namespace needlechart;

namespace {

const QDateTime Now(QDate(2026, 11, 24), QTime(9, 0), Qt::UTC);

using test::describe;

class DatabaseCopyTest : public test::BackendTest {
protected:
    void SetUp() override
    {
        source = sourceTemp.open();
        target = targetTemp.open();
        ASSERT_NE(source, nullptr);
        ASSERT_NE(target, nullptr);
        ClinicServices services(*source, clock, MuscleCatalogue::builtIn());
        auto notes = DemoSessions::populateClinic(
            services, 60, 7,
            [](const MuscleId& muscle, BodySide side) -> std::optional<TriggerPoint> {
                return TriggerPoint(0, BodyView::Posterior, muscle, side,
                                    QPointF(1.0 / 3.0, 0.1 + 0.2));
            });
        ASSERT_TRUE(notes.ok()) << describe(notes.error());
        ASSERT_GT(*notes, 0);
        // Staff accounts and an audit trail to carry across.
        ASSERT_TRUE(services.accounts().signIn(QStringLiteral("alex"), DemoAccounts::password()));
        ASSERT_FALSE(services.accounts().signIn(QStringLiteral("jo"), QStringLiteral("wrong")));
    }

    qint64 rows(Database& db, const char* table) const
    {
        return test::RawConnection::scalar(db.connection(), QStringLiteral("SELECT COUNT(*) FROM ")
                                                                + QString::fromLatin1(table))
            .toLongLong();
    }

    FixedClock clock{Now};
    test::TempDatabase sourceTemp{Backend::Sqlite};
    test::TempDatabase targetTemp{GetParam()};
    std::unique_ptr<Database> source;
    std::unique_ptr<Database> target;
};

} // namespace

TEST_P(DatabaseCopyTest, every_table_arrives_whole_with_its_ids_and_new_ids_follow_on)
{
    std::vector<QString> reported;
    auto copied = DatabaseCopy::copy(*source, *target, [&](const QString& table, qint64, qint64) {
        if (reported.empty() || reported.back() != table)
            reported.push_back(table);
    });
    ASSERT_TRUE(copied.ok()) << describe(copied.error());
    EXPECT_EQ(copied->size(), DatabaseCopy::tables().size());
    EXPECT_EQ(reported, DatabaseCopy::tables()) << "progress for every table, in order";
    for (const QString& table : DatabaseCopy::tables()) {
        SCOPED_TRACE(table.toStdString());
        auto a = DatabaseCopy::fingerprint(*source, table);
        auto b = DatabaseCopy::fingerprint(*target, table);
        ASSERT_TRUE(a.ok() && b.ok());
        EXPECT_EQ(*a, *b);
    }
    EXPECT_EQ(rows(*target, "patient"), 60);
    EXPECT_GT(rows(*target, "session_point"), 0);
    EXPECT_GT(rows(*target, "appointment"), 0);
    EXPECT_EQ(rows(*target, "staff_account"), 4);
    EXPECT_EQ(rows(*target, "audit_event"), 2);

    // The clinic works on the target: a new patient gets the next id, notes read back whole,
    // and the audit trail's chain goes on from where it was.
    ClinicServices moved(*target, clock, MuscleCatalogue::builtIn());
    ASSERT_TRUE(moved.accounts().signIn(QStringLiteral("desk"), DemoAccounts::password()));
    auto verified = moved.audit().verify();
    ASSERT_TRUE(verified.ok());
    EXPECT_TRUE(verified->intact()) << verified->problem.toStdString();
    EXPECT_EQ(verified->rowsChecked, 3);
    Patient p;
    p.familyName = QStringLiteral("Newcomer");
    p.givenName = QStringLiteral("Nia");
    p.dateOfBirth = QDate(1999, 9, 9);
    auto created = moved.patients().create(p, test::clinicianUser());
    ASSERT_TRUE(created.ok()) << describe(created.error());
    EXPECT_EQ(created->id, test::RawConnection::scalar(
                               source->connection(), QStringLiteral("SELECT MAX(id) FROM patient"))
                                   .toLongLong()
                               + 1);
}

TEST_P(DatabaseCopyTest, a_target_that_already_holds_a_clinic_is_refused_and_left_alone)
{
    ASSERT_TRUE(DatabaseCopy::copy(*source, *target).ok());
    const auto before = DatabaseCopy::fingerprint(*target, QStringLiteral("patient"));
    auto again = DatabaseCopy::copy(*source, *target);
    ASSERT_FALSE(again.ok());
    EXPECT_TRUE(again.error().message.contains(QStringLiteral("already holds")));
    EXPECT_EQ(*DatabaseCopy::fingerprint(*target, QStringLiteral("patient")), *before);
}

TEST_P(DatabaseCopyTest, a_failure_on_the_last_table_leaves_the_target_empty)
{
    ASSERT_EQ(test::InjectedFault::failInserts(*target, QStringLiteral("fail_copy"),
                                               QStringLiteral("appointment")),
              QString());
    auto copied = DatabaseCopy::copy(*source, *target);
    ASSERT_FALSE(copied.ok());
    EXPECT_EQ(target->transactionDepth(), 0);
    for (const char* table : {"patient", "session", "session_point", "consent", "appointment"})
        EXPECT_EQ(rows(*target, table), 0) << table;
}

NEEDLECHART_ON_EVERY_BACKEND(DatabaseCopyTest);
