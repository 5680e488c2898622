#include "needlechart/storage/PatientRepository.h"

#include "TempDatabase.h"
#include "needlechart/storage/Database.h"
#include "needlechart/storage/Transaction.h"

#include <gtest/gtest.h>

using namespace needlechart;

namespace {

Patient samplePatient()
{
    Patient p;
    p.familyName = QStringLiteral("Müller");
    p.givenName = QStringLiteral("Jürgen");
    p.dateOfBirth = QDate(1971, 5, 14);
    p.sex = Sex::Male;
    p.phone = QStringLiteral("07700 900123");
    p.email = QStringLiteral("jurgen@example.org");
    return p;
}

const QDateTime Now(QDate(2026, 11, 24), QTime(10, 0), Qt::UTC);

class PatientRepositoryTest : public ::testing::Test {
protected:
    test::TempDatabase temp;
    std::unique_ptr<Database> db = temp.open();
    PatientRepository repo{*db};
};

} // namespace

TEST_F(PatientRepositoryTest, created_patient_reads_back_with_id_version_and_timestamps)
{
    auto created = repo.create(samplePatient(), Now);
    ASSERT_TRUE(created.ok()) << created.error().message.toStdString();
    EXPECT_GT(created->id, 0);
    EXPECT_EQ(created->rowVersion, 1);
    auto read = repo.get(created->id);
    ASSERT_TRUE(read.ok());
    EXPECT_EQ(*read, *created);
    EXPECT_EQ(read->createdAt, Now);
}

TEST_F(PatientRepositoryTest, stale_update_is_reported_as_conflict)
{
    auto created = repo.create(samplePatient(), Now);
    ASSERT_TRUE(created.ok());
    Patient first = *created;
    Patient second = *created;
    first.phone = QStringLiteral("0113 496 0001");
    ASSERT_TRUE(repo.update(first, Now).ok());
    second.phone = QStringLiteral("0113 496 0002");
    auto stale = repo.update(second, Now);
    ASSERT_FALSE(stale.ok());
    EXPECT_EQ(stale.error().code, ErrorCode::Conflict);
    EXPECT_EQ(repo.get(created->id)->phone, QStringLiteral("0113 496 0001"));
}

TEST_F(PatientRepositoryTest, search_ignores_case_and_accents)
{
    ASSERT_TRUE(repo.create(samplePatient(), Now).ok());
    PatientQuery q;
    q.searchText = QStringLiteral("jurg MULL");
    auto rows = repo.list(q);
    ASSERT_TRUE(rows.ok()) << rows.error().message.toStdString();
    ASSERT_EQ(rows->size(), 1u);
    EXPECT_EQ(*repo.count(q), 1);
    q.searchText = QStringLiteral("14/05/1971");
    EXPECT_EQ(repo.list(q)->size(), 1u);
    q.searchText = QStringLiteral("07700 900");
    EXPECT_EQ(repo.list(q)->size(), 1u);
    q.searchText = QStringLiteral("smith");
    EXPECT_EQ(repo.list(q)->size(), 0u);
}
