#include "needlechart/storage/session/PointTemplateRepository.h"

#include "needlechart/storage/database/Database.h"

#include "RawConnection.h"
#include "SessionSamples.h"
#include "TempDatabase.h"
#include "TestServer.h"

#include <gtest/gtest.h>

using namespace needlechart;
using test::RawConnection;

namespace {

const QDateTime Now(QDate(2026, 11, 24), QTime(10, 0), Qt::UTC);

class PointTemplateRepositoryTest : public test::BackendTest {
protected:
    test::TempDatabase temp{GetParam()};
    std::unique_ptr<Database> db = temp.open();
    PointTemplateRepository repo{*db};

    static PointTemplate neckAndShoulder(const QString& owner)
    {
        return PointTemplate::of(QStringLiteral("Neck and shoulder"), owner,
                                 test::richSession(1, Now).points.points());
    }
    int pointRows() const
    {
        return RawConnection::scalar(db->connection(),
                                     QStringLiteral("SELECT COUNT(*) FROM point_template_point"))
            .toInt();
    }
};

} // namespace

TEST_P(PointTemplateRepositoryTest, a_template_round_trips_its_points_places_and_plans)
{
    const PointTemplate wanted = neckAndShoulder(QStringLiteral("alex"));
    auto stored = repo.save(wanted, Now);
    ASSERT_TRUE(stored.ok()) << stored.error().detail.toStdString();
    EXPECT_GT(stored->id, 0);
    auto read = repo.ofOwner(QStringLiteral("alex"));
    ASSERT_TRUE(read.ok());
    ASSERT_EQ(read->size(), 1u);
    const PointTemplate& back = read->front();
    EXPECT_EQ(back.name, QStringLiteral("Neck and shoulder"));
    EXPECT_EQ(back.createdAt, Now);
    ASSERT_EQ(back.points.size(), 3);
    for (qsizetype i = 0; i < back.points.size(); ++i) {
        const TriggerPoint& a = back.points.at(i);
        const TriggerPoint& b = wanted.points.at(i);
        EXPECT_EQ(a.muscleId, b.muscleId);
        EXPECT_EQ(a.side, b.side);
        EXPECT_EQ(a.view, b.view);
        EXPECT_EQ(a.position, b.position) << "exact doubles on both back ends";
        EXPECT_EQ(a.findings, b.findings) << "the plan, nothing observed";
    }
    EXPECT_EQ(back.points.at(1).findings.retentionSeconds, 300);
}

TEST_P(PointTemplateRepositoryTest, saving_under_the_same_name_replaces_and_each_sees_their_own)
{
    ASSERT_TRUE(repo.save(neckAndShoulder(QStringLiteral("alex")), Now).ok());
    ASSERT_TRUE(repo.save(neckAndShoulder(QStringLiteral("jo")), Now).ok());
    PointTemplate smaller = neckAndShoulder(QStringLiteral("alex"));
    smaller.points.removeLast();
    ASSERT_TRUE(repo.save(smaller, Now.addDays(1)).ok());
    auto alex = repo.ofOwner(QStringLiteral("alex"));
    ASSERT_TRUE(alex.ok());
    ASSERT_EQ(alex->size(), 1u);
    EXPECT_EQ(alex->front().points.size(), 2);
    EXPECT_EQ(pointRows(), 2 + 3) << "the replaced template's points are gone";

    auto jo = repo.ofOwner(QStringLiteral("jo"));
    ASSERT_TRUE(jo.ok());
    ASSERT_EQ(jo->size(), 1u);
    EXPECT_FALSE(repo.remove(jo->front().id, QStringLiteral("alex")).ok())
        << "nobody deletes another clinician's template";
    EXPECT_EQ(pointRows(), 5);
    EXPECT_TRUE(repo.remove(jo->front().id, QStringLiteral("jo")).ok());
    EXPECT_EQ(pointRows(), 2);
    EXPECT_TRUE(repo.ofOwner(QStringLiteral("jo"))->empty());
}

NEEDLECHART_ON_EVERY_BACKEND(PointTemplateRepositoryTest);
