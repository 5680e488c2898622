#include "needlechart/domain/session/VisitComparison.h"

#include "SessionSamples.h"

#include <gtest/gtest.h>

namespace needlechart {
namespace {

using test::samplePoint;

const QDateTime Monday(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC);

Session visit(const QDateTime& at, std::optional<int> before, std::optional<int> after,
              const QList<TriggerPoint>& points)
{
    Session s;
    s.patientId = 1;
    s.treatedAt = at;
    s.painBefore = before;
    s.painAfter = after;
    for (const TriggerPoint& p : points)
        s.points.add(p);
    return s;
}

TEST(VisitComparisonTest, pain_changes_and_sites_are_told_earlier_to_later_in_either_order)
{
    const TriggerPoint trapRight =
        samplePoint("upper_trapezius", BodySide::Right, BodyView::Posterior, QPointF(0.6, 0.17));
    const TriggerPoint trapRightAgain =
        samplePoint("upper_trapezius", BodySide::Right, BodyView::Posterior, QPointF(0.62, 0.18));
    const TriggerPoint infraLeft =
        samplePoint("infraspinatus", BodySide::Left, BodyView::Posterior, QPointF(0.3, 0.25));
    const TriggerPoint levatorRight =
        samplePoint("levator_scapulae", BodySide::Right, BodyView::Posterior, QPointF(0.56, 0.16));
    const Session first = visit(Monday, 7, 4, {trapRight, trapRightAgain, infraLeft});
    const Session second = visit(Monday.addDays(7), 4, 2, {trapRight, levatorRight});

    for (const VisitComparison& c :
         {VisitComparison::of(first, second), VisitComparison::of(second, first)}) {
        EXPECT_EQ(c.painBeforeChange(), -3);
        EXPECT_EQ(c.painAfterChange(), -2);
        EXPECT_EQ(c.needledBoth.size(), 1); // trapezius right, once though marked twice
        EXPECT_EQ(c.needledBoth.first().muscleId, QStringLiteral("upper_trapezius"));
        ASSERT_EQ(c.onlyEarlier.size(), 1);
        EXPECT_EQ(c.onlyEarlier.first().muscleId, QStringLiteral("infraspinatus"));
        ASSERT_EQ(c.onlyLater.size(), 1);
        EXPECT_EQ(c.onlyLater.first().muscleId, QStringLiteral("levator_scapulae"));
    }
}

TEST(VisitComparisonTest, a_score_missing_on_either_visit_has_no_change)
{
    const VisitComparison c =
        VisitComparison::of(visit(Monday, 6, std::nullopt, {}), visit(Monday.addDays(3), 5, 3, {}));
    EXPECT_EQ(c.painBeforeChange(), -1);
    EXPECT_FALSE(c.painAfterChange().has_value());
    EXPECT_TRUE(c.needledBoth.isEmpty());
}

TEST(VisitComparisonTest, the_same_muscle_on_the_other_side_is_a_different_site)
{
    const Session left = visit(
        Monday, 5, 3,
        {samplePoint("gluteus_medius", BodySide::Left, BodyView::Posterior, QPointF(0.4, 0.45))});
    const Session right = visit(
        Monday.addDays(7), 5, 3,
        {samplePoint("gluteus_medius", BodySide::Right, BodyView::Posterior, QPointF(0.6, 0.45))});
    const VisitComparison c = VisitComparison::of(left, right);
    EXPECT_TRUE(c.needledBoth.isEmpty());
    EXPECT_EQ(c.onlyEarlier.size(), 1);
    EXPECT_EQ(c.onlyLater.size(), 1);
}

} // namespace
} // namespace needlechart
