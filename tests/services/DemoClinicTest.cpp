#include "needlechart/services/demo/DemoClinic.h"

#include "needlechart/domain/bodymap/MuscleCatalogue.h"
#include "needlechart/domain/common/FixedClock.h"
#include "needlechart/domain/patients/PatientValidator.h"
#include "needlechart/services/common/ClinicServices.h"
#include "needlechart/services/demo/DemoSessions.h"
#include "needlechart/services/patients/PatientService.h"
#include "needlechart/storage/database/Database.h"
#include "needlechart/storage/patients/PatientRepository.h"

#include "ErrorText.h"
#include "InjectedFault.h"
#include "QtPrinters.h"
#include "RawConnection.h"
#include "SessionSamples.h"
#include "TempDatabase.h"
#include "TestServer.h"

#include <QSet>

#include <gtest/gtest.h>

#include <algorithm>

using namespace needlechart;

namespace {

const QDate Today(2026, 11, 24);
const QDateTime Now(Today, QTime(10, 0), Qt::UTC);

bool hasNonAscii(const QString& text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() > 127; });
}

using test::describe;

} // namespace

TEST(DemoClinicTest, same_seed_gives_the_same_patients)
{
    const auto a = DemoClinic::generatePatients(500, 42, Today);
    const auto b = DemoClinic::generatePatients(500, 42, Today);
    ASSERT_EQ(a.size(), 500u);
    EXPECT_EQ(a, b);
}

TEST(DemoClinicTest, a_longer_list_starts_with_the_shorter_one)
{
    const auto shortList = DemoClinic::generatePatients(50, 42, Today);
    const auto longList = DemoClinic::generatePatients(200, 42, Today);
    ASSERT_EQ(longList.size(), 200u);
    EXPECT_TRUE(std::equal(shortList.begin(), shortList.end(), longList.begin()));
}

TEST(DemoClinicTest, different_seeds_give_different_patients)
{
    const auto a = DemoClinic::generatePatients(100, 1, Today);
    const auto b = DemoClinic::generatePatients(100, 2, Today);
    EXPECT_NE(a, b);
    int sameName = 0;
    for (std::size_t i = 0; i < a.size(); ++i)
        sameName += a[i].familyName == b[i].familyName && a[i].givenName == b[i].givenName ? 1 : 0;
    EXPECT_LT(sameName, 10);
}

TEST(DemoClinicTest, count_is_respected)
{
    EXPECT_TRUE(DemoClinic::generatePatients(0, 7, Today).empty());
    EXPECT_TRUE(DemoClinic::generatePatients(-3, 7, Today).empty());
    EXPECT_EQ(DemoClinic::generatePatients(1, 7, Today).size(), 1u);
    EXPECT_EQ(DemoClinic::generatePatients(37, 7, Today).size(), 37u);
}

TEST(DemoClinicTest, every_generated_patient_passes_validation)
{
    const auto patients = DemoClinic::generatePatients(3000, 20261124, Today);
    for (const Patient& p : patients) {
        const auto errors = PatientValidator::validate(p, Today);
        if (!errors.isEmpty()) {
            ADD_FAILURE() << p.displayName().toStdString() << ": "
                          << errors.first().field.toStdString() << " "
                          << errors.first().message.toStdString() << " (phone '"
                          << p.phone.toStdString() << "', email '" << p.email.toStdString() << "')";
        }
    }
}

TEST(DemoClinicTest, generated_patients_look_like_a_real_list)
{
    const auto patients = DemoClinic::generatePatients(2000, 99, Today);
    int accented = 0, apostrophes = 0, hyphens = 0, spaced = 0, international = 0, withEmail = 0,
        neverSeen = 0, preferred = 0;
    QSet<QString> families, givens;
    QSet<Sex> sexes;
    for (const Patient& p : patients) {
        accented += hasNonAscii(p.familyName + p.givenName) ? 1 : 0;
        apostrophes += p.familyName.contains(QLatin1Char('\'')) ? 1 : 0;
        hyphens += p.familyName.contains(QLatin1Char('-')) ? 1 : 0;
        spaced += p.familyName.contains(QLatin1Char(' ')) ? 1 : 0;
        international += p.phone.startsWith(QStringLiteral("+44 ")) ? 1 : 0;
        withEmail += p.email.isEmpty() ? 0 : 1;
        neverSeen += p.lastVisitOn.isValid() ? 0 : 1;
        preferred += p.preferredName.isEmpty() ? 0 : 1;
        families.insert(p.familyName);
        givens.insert(p.givenName);
        sexes.insert(p.sex);
        EXPECT_FALSE(p.isStored());
        EXPECT_TRUE(PatientValidator::isValidPhone(p.phone)) << p.phone.toStdString();
        if (!p.email.isEmpty()) {
            EXPECT_TRUE(PatientValidator::isValidEmail(p.email)) << p.email.toStdString();
        }
        const auto age = p.ageOn(Today);
        ASSERT_TRUE(age.has_value());
        EXPECT_GE(*age, 16);
        EXPECT_LE(*age, 90);
        if (p.lastVisitOn.isValid()) {
            EXPECT_LT(p.lastVisitOn, Today);
            EXPECT_GE(p.lastVisitOn, Today.addYears(-2).addDays(-1));
        }
    }
    EXPECT_GT(accented, 50) << "names with accents";
    EXPECT_GT(apostrophes, 0);
    EXPECT_GT(hyphens, 0);
    EXPECT_GT(spaced, 0);
    EXPECT_GT(international, 0);
    EXPECT_GT(withEmail, 0);
    EXPECT_LT(withEmail, 2000);
    EXPECT_GT(neverSeen, 0);
    EXPECT_GT(preferred, 0);
    EXPECT_GT(families.size(), 100);
    EXPECT_GT(givens.size(), 60);
    EXPECT_EQ(sexes.size(), 3) << "female, male and not stated";
}

class DemoClinicStorageTest : public test::BackendTest {
protected:
    // Every demo point in the middle of the back view: where it lands is not tested here.
    static std::optional<TriggerPoint> place(const MuscleId& muscle, BodySide side)
    {
        return TriggerPoint(0, BodyView::Posterior, muscle, side, QPointF(0.5, 0.5));
    }
};

TEST_P(DemoClinicStorageTest, populate_stores_exactly_the_generated_patients)
{
    test::TempDatabase temp{GetParam()};
    auto db = temp.open();
    ASSERT_NE(db, nullptr);
    PatientRepository repo(*db);
    auto stored = DemoClinic::populate(*db, repo, 250, 5, Now);
    ASSERT_TRUE(stored.ok()) << describe(stored.error());
    EXPECT_EQ(*stored, 250);
    EXPECT_EQ(*repo.count({}), 250);
    EXPECT_EQ(db->transactionDepth(), 0);

    const auto expected = DemoClinic::generatePatients(250, 5, Now.toLocalTime().date());
    PatientQuery all;
    all.limit = 1000;
    all.sortKey = PatientQuery::SortKey::Name;
    auto rows = repo.list(all);
    ASSERT_TRUE(rows.ok());
    ASSERT_EQ(rows->size(), 250u);
    // Stored in order: ids 1..250 are the generated patients 0..249.
    std::vector<PatientId> ids;
    for (const PatientSummary& s : *rows)
        ids.push_back(s.id);
    std::sort(ids.begin(), ids.end());
    for (std::size_t i = 0; i < expected.size(); ++i) {
        auto p = repo.get(ids[i]);
        ASSERT_TRUE(p.ok());
        Patient want = expected[i];
        want.id = p->id;
        want.createdAt = Now;
        want.updatedAt = Now;
        want.rowVersion = 1;
        EXPECT_EQ(*p, want) << i;
    }
}

TEST_P(DemoClinicStorageTest, populate_adds_to_what_is_there)
{
    test::TempDatabase temp{GetParam()};
    auto db = temp.open();
    ASSERT_NE(db, nullptr);
    PatientRepository repo(*db);
    ASSERT_TRUE(DemoClinic::populate(*db, repo, 10, 1, Now).ok());
    auto more = DemoClinic::populate(*db, repo, 15, 2, Now);
    ASSERT_TRUE(more.ok());
    EXPECT_EQ(*more, 15);
    EXPECT_EQ(*repo.count({}), 25);
    auto none = DemoClinic::populate(*db, repo, 0, 3, Now);
    ASSERT_TRUE(none.ok());
    EXPECT_EQ(*none, 0);
    EXPECT_EQ(*repo.count({}), 25);
}

TEST_P(DemoClinicStorageTest, failed_populate_stores_nothing)
{
    test::TempDatabase temp{GetParam()};
    auto db = temp.open();
    ASSERT_NE(db, nullptr);
    PatientRepository repo(*db);
    // Fail on the 20th patient: the whole batch is one transaction.
    ASSERT_EQ(test::InjectedFault::failInserts(
                  *db, QStringLiteral("fail_twentieth"), QStringLiteral("patient"),
                  QStringLiteral("(SELECT COUNT(*) FROM patient) >= 19")),
              QString());
    auto result = DemoClinic::populate(*db, repo, 50, 1, Now);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(*repo.count({}), 0);
    EXPECT_EQ(test::RawConnection::scalar(
                  db->connection(), QStringLiteral("SELECT COUNT(*) FROM patient_search_token"))
                  .toInt(),
              0);
    EXPECT_EQ(db->transactionDepth(), 0);
}

TEST_P(DemoClinicStorageTest, the_whole_demo_clinic_is_one_transaction_so_a_failure_leaves_it_empty)
{
    test::TempDatabase temp{GetParam()};
    auto db = temp.open();
    ASSERT_NE(db, nullptr);
    FixedClock clock(Now);
    ClinicServices services(*db, clock, MuscleCatalogue::builtIn());
    // The appointment book is written last: fail there, after patients and notes are in.
    ASSERT_EQ(test::InjectedFault::failInserts(*db, QStringLiteral("fail_booking"),
                                               QStringLiteral("appointment")),
              QString());
    auto failed = DemoSessions::populateClinic(services, 200, 7, place);
    ASSERT_FALSE(failed.ok());
    EXPECT_EQ(*services.patients().count({}, test::clinicianUser()), 0)
        << "no patients without their notes";
    EXPECT_EQ(test::RawConnection::scalar(db->connection(),
                                          QStringLiteral("SELECT COUNT(*) FROM session"))
                  .toInt(),
              0);
    EXPECT_EQ(db->transactionDepth(), 0);

    ASSERT_EQ(test::InjectedFault::remove(*db, QStringLiteral("fail_booking"),
                                          QStringLiteral("appointment")),
              QString());
    auto filled = DemoSessions::populateClinic(services, 200, 7, place);
    ASSERT_TRUE(filled.ok()) << describe(filled.error());
    EXPECT_GT(*filled, 0);
    EXPECT_EQ(*services.patients().count({}, test::clinicianUser()), 200)
        << "the demo book names patients up to 190";
    EXPECT_GT(test::RawConnection::scalar(db->connection(),
                                          QStringLiteral("SELECT COUNT(*) FROM appointment"))
                  .toInt(),
              0);
}

TEST_P(DemoClinicStorageTest, filling_the_demo_clinic_reports_each_step_as_it_starts)
{
    test::TempDatabase temp{GetParam()};
    auto db = temp.open();
    ASSERT_NE(db, nullptr);
    FixedClock clock(Now);
    ClinicServices services(*db, clock, MuscleCatalogue::builtIn());
    QStringList steps;
    std::vector<int> patientsAtStep;
    auto filled = DemoSessions::populateClinic(services, 200, 7, place, [&](const QString& step) {
        steps.append(step);
        patientsAtStep.push_back(*services.patientRepository().count({}));
    });
    ASSERT_TRUE(filled.ok()) << describe(filled.error());
    ASSERT_EQ(steps.size(), DemoSessions::PopulateClinicSteps) << steps.join(u'|').toStdString();
    EXPECT_EQ(steps.front(), QStringLiteral("Adding the made-up patients"));
    EXPECT_EQ(steps.back(), QStringLiteral("Saving the demo clinic"));
    EXPECT_EQ(patientsAtStep.front(), 0) << "told before the work, not after";
    EXPECT_EQ(patientsAtStep.back(), 200);
}

NEEDLECHART_ON_EVERY_BACKEND(DemoClinicStorageTest);
