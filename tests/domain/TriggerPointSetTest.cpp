#include "needlechart/domain/session/TriggerPointSet.h"

#include <gtest/gtest.h>

namespace needlechart {
namespace {

TriggerPoint point(const char* muscle, double x, double y)
{
    return TriggerPoint{0, BodyView::Posterior, QString::fromLatin1(muscle), BodySide::Left,
                        QPointF(x, y)};
}

TEST(TriggerPointSetTest, points_are_numbered_in_the_order_they_were_marked)
{
    TriggerPointSet set;
    const TriggerPointKey a = set.add(point("upper_trapezius", 0.4, 0.2));
    const TriggerPointKey b = set.add(point("infraspinatus", 0.3, 0.3));
    EXPECT_NE(a, b);
    EXPECT_EQ(set.numberOf(a), 1);
    EXPECT_EQ(set.numberOf(b), 2);
    EXPECT_EQ(set.numberOf(999), 0);
}

TEST(TriggerPointSetTest, a_removed_point_comes_back_at_its_number_under_its_key)
{
    TriggerPointSet set;
    set.add(point("upper_trapezius", 0.4, 0.2));
    const TriggerPointKey middle = set.add(point("infraspinatus", 0.3, 0.3));
    const TriggerPointKey last = set.add(point("multifidus", 0.5, 0.45));
    const auto removed = set.remove(middle);
    ASSERT_TRUE(removed.has_value());
    EXPECT_EQ(removed->first, 1);
    EXPECT_EQ(set.numberOf(last), 2);
    set.restore(removed->first, removed->second);
    EXPECT_EQ(set.numberOf(middle), 2);
    EXPECT_EQ(set.numberOf(last), 3);
    // Keys are never reused after a restore.
    EXPECT_GT(set.add(point("soleus", 0.4, 0.8)), last);
}

TEST(TriggerPointSetTest, moving_updates_position_muscle_and_side)
{
    TriggerPointSet set;
    const TriggerPointKey key = set.add(point("biceps_femoris", 0.55, 0.6));
    ASSERT_TRUE(
        set.move(key, QPointF(0.52, 0.61), QStringLiteral("semitendinosus"), BodySide::Right));
    const TriggerPoint* moved = set.find(key);
    ASSERT_NE(moved, nullptr);
    EXPECT_EQ(moved->muscleId, QStringLiteral("semitendinosus"));
    EXPECT_EQ(moved->side, BodySide::Right);
    EXPECT_EQ(moved->position, QPointF(0.52, 0.61));
    EXPECT_FALSE(set.move(999, QPointF(), QString(), BodySide::Left));
    EXPECT_FALSE(set.remove(999).has_value());
}

} // namespace
} // namespace needlechart
