#include "needlechart/domain/session/PointTemplate.h"

#include "SessionSamples.h"

#include <gtest/gtest.h>

namespace needlechart {
namespace {

using test::samplePoint;

PointTemplate neckAndShoulder()
{
    return PointTemplate::of(
        QStringLiteral("Neck and shoulder"), QStringLiteral("amorgan"),
        {samplePoint("upper_trapezius", BodySide::Right, BodyView::Posterior, QPointF(0.6, 0.17)),
         samplePoint("levator_scapulae", BodySide::Right, BodyView::Posterior, QPointF(0.56, 0.16)),
         samplePoint("infraspinatus", BodySide::Right, BodyView::Posterior, QPointF(0.64, 0.25))});
}

TEST(PointTemplateTest, applying_to_an_empty_note_adds_every_point_marked_as_from_the_template)
{
    const QList<TriggerPoint> applied = neckAndShoulder().pointsToApply();
    ASSERT_EQ(applied.size(), 3);
    for (const TriggerPoint& p : applied)
        EXPECT_EQ(p.carriedFrom, CarriedFrom::Template);
}

TEST(PointTemplateTest, a_point_already_in_the_note_at_that_place_is_not_added_again)
{
    const PointTemplate t = neckAndShoulder();
    // The trapezius is there (a hair away), the levator on the other side, the infraspinatus
    // on the same side but well away: only the trapezius counts as there.
    const QList<TriggerPoint> note = {
        samplePoint("upper_trapezius", BodySide::Right, BodyView::Posterior, QPointF(0.603, 0.172)),
        samplePoint("levator_scapulae", BodySide::Left, BodyView::Posterior, QPointF(0.56, 0.16)),
        samplePoint("infraspinatus", BodySide::Right, BodyView::Posterior, QPointF(0.64, 0.35))};
    const QList<TriggerPoint> applied = t.pointsToApply(note);
    ASSERT_EQ(applied.size(), 2);
    EXPECT_EQ(applied.at(0).muscleId, QStringLiteral("levator_scapulae"));
    EXPECT_EQ(applied.at(1).muscleId, QStringLiteral("infraspinatus"));
    // Applied over its own points, nothing.
    EXPECT_TRUE(t.pointsToApply(t.pointsToApply()).isEmpty());
}

} // namespace
} // namespace needlechart
