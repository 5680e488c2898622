#include "needlechart/ui/bodymap/TriggerPointPlacement.h"

#include "needlechart/domain/bodymap/MuscleCatalogue.h"
#include "needlechart/ui/bodymap/BodyMapArtwork.h"
#include "needlechart/ui/bodymap/BodyMapGeometry.h"

#include <gtest/gtest.h>

namespace needlechart {
namespace {

const BodyRegion* regionUnder(const PlacedPoint& placed)
{
    const BodyMapGeometry geometry(BodyMapArtwork::builtIn(placed.view));
    return geometry.regionAt(placed.position);
}

TEST(TriggerPointPlacementTest, every_catalogue_muscle_on_each_side_lands_on_itself_or_its_cover)
{
    const TriggerPointPlacement placement;
    for (const Muscle& muscle : MuscleCatalogue::builtIn().all()) {
        for (const BodySide side : {BodySide::Left, BodySide::Right}) {
            SCOPED_TRACE(muscle.id.toStdString() + " " + bodySideKey(side).toStdString());
            const Result<PlacedPoint> placed = placement.place(muscle.id, side);
            ASSERT_TRUE(placed.ok()) << placed.error().detail.toStdString();
            const BodyRegion* region = regionUnder(*placed);
            ASSERT_NE(region, nullptr);
            EXPECT_EQ(region->side, side);
            EXPECT_EQ(region->muscleId, placed->drawnMuscle);
            if (placed->drawnMuscle != muscle.id) {
                const QStringList covers =
                    BodyMapArtwork::builtIn(placed->view).drawnOver(muscle.id);
                EXPECT_TRUE(covers.contains(placed->drawnMuscle));
            }
        }
    }
}

TEST(TriggerPointPlacementTest, a_drawn_muscle_goes_to_its_interior_point)
{
    const TriggerPointPlacement placement;
    const auto placed = placement.place(QStringLiteral("biceps_femoris"), BodySide::Right);
    ASSERT_TRUE(placed.ok());
    EXPECT_EQ(placed->view, BodyView::Posterior);
    EXPECT_EQ(placed->drawnMuscle, QStringLiteral("biceps_femoris"));
    const BodyMapGeometry geometry(BodyMapArtwork::builtIn(BodyView::Posterior));
    EXPECT_EQ(placed->position,
              geometry.interiorPoint(QStringLiteral("biceps_femoris"), BodySide::Right));
}

TEST(TriggerPointPlacementTest, a_deep_muscle_goes_on_the_first_muscle_drawn_over_it)
{
    const TriggerPointPlacement placement;
    const auto placed = placement.place(QStringLiteral("subscapularis"), BodySide::Left);
    ASSERT_TRUE(placed.ok());
    EXPECT_EQ(placed->view, BodyView::Anterior);
    EXPECT_EQ(placed->drawnMuscle, QStringLiteral("serratus_anterior"));
}

TEST(TriggerPointPlacementTest, a_back_muscle_drawn_in_both_views_goes_on_the_posterior_view)
{
    const TriggerPointPlacement placement;
    const auto placed = placement.place(QStringLiteral("upper_trapezius"), BodySide::Left);
    ASSERT_TRUE(placed.ok());
    EXPECT_EQ(placed->view, BodyView::Posterior);
}

TEST(TriggerPointPlacementTest,
     a_muscle_drawn_in_both_views_without_a_group_majority_goes_on_the_anterior)
{
    const TriggerPointPlacement placement;
    const auto placed = placement.place(QStringLiteral("deltoid_middle"), BodySide::Left);
    ASSERT_TRUE(placed.ok());
    EXPECT_EQ(placed->view, BodyView::Anterior);
}

TEST(TriggerPointPlacementTest, a_named_view_is_used_when_the_muscle_is_drawn_there)
{
    const TriggerPointPlacement placement;
    const auto placed =
        placement.place(QStringLiteral("upper_trapezius"), BodySide::Right, BodyView::Anterior);
    ASSERT_TRUE(placed.ok());
    EXPECT_EQ(placed->view, BodyView::Anterior);
    EXPECT_EQ(placed->drawnMuscle, QStringLiteral("upper_trapezius"));
}

TEST(TriggerPointPlacementTest, a_view_without_the_muscle_or_its_cover_is_reported)
{
    const TriggerPointPlacement placement;
    const auto placed =
        placement.place(QStringLiteral("biceps_femoris"), BodySide::Left, BodyView::Anterior);
    ASSERT_FALSE(placed.ok());
    EXPECT_EQ(placed.error().code, ErrorCode::NotFound);
    EXPECT_TRUE(placed.error().message.contains(QStringLiteral("Biceps femoris")));
}

TEST(TriggerPointPlacementTest, an_unknown_muscle_is_reported)
{
    const TriggerPointPlacement placement;
    const auto placed = placement.place(QStringLiteral("no_such_muscle"), BodySide::Left);
    ASSERT_FALSE(placed.ok());
    EXPECT_EQ(placed.error().code, ErrorCode::NotFound);
    EXPECT_FALSE(placed.error().message.isEmpty());
}

} // namespace
} // namespace needlechart
