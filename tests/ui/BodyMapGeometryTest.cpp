#include "needlechart/ui/bodymap/BodyMapGeometry.h"

#include "needlechart/domain/bodymap/MuscleCatalogue.h"
#include "needlechart/domain/paindrawing/PainArea.h"
#include "needlechart/ui/bodymap/BodyMapArtwork.h"

#include "bodymap/SvgPathData.h"

#include <gtest/gtest.h>

#include <cmath>

namespace needlechart {
namespace {

constexpr BodyView Views[] = {BodyView::Anterior, BodyView::Posterior};

std::string name(BodyView view, const BodyRegion& region)
{
    return QString(bodyViewKey(view) + QLatin1Char('/') + region.id).toStdString();
}

// True if a region drawn after `region` covers the artwork point `p`.
bool coveredByLaterRegion(const BodyMapArtwork& artwork, const BodyRegion& region, QPointF p)
{
    bool after = false;
    for (const BodyRegion& other : artwork.regions()) {
        if (&other == &region) {
            after = true;
            continue;
        }
        if (after && other.path.contains(p))
            return true;
    }
    return false;
}

TEST(SvgPathDataTest, reads_moves_lines_curves_and_closes)
{
    auto path =
        SvgPathData::parse(QStringLiteral("M0 0 L10,0 H20 V10 Q20 20 10 20 C5 20 0 15 0 10 Z"));
    ASSERT_TRUE(path.ok()) << path.error().message.toStdString();
    EXPECT_EQ(path->boundingRect(), QRectF(0, 0, 20, 20));
    EXPECT_TRUE(path->contains(QPointF(10, 10)));
    EXPECT_FALSE(path->contains(QPointF(25, 5)));
}

TEST(SvgPathDataTest, refuses_commands_the_artwork_does_not_use)
{
    EXPECT_FALSE(SvgPathData::parse(QStringLiteral("M0 0 A5 5 0 0 1 10 10")).ok());
    EXPECT_FALSE(SvgPathData::parse(QStringLiteral("10 10 L 5 5")).ok());
    EXPECT_FALSE(SvgPathData::parse(QStringLiteral("M0 0 L 5")).ok());
    EXPECT_FALSE(SvgPathData::parse(QStringLiteral("M0 0 L 5 x")).ok());
}

TEST(BodyMapArtworkTest, both_views_load_with_an_outline_and_paired_muscle_regions)
{
    for (BodyView view : Views) {
        const BodyMapArtwork& artwork = BodyMapArtwork::builtIn(view);
        EXPECT_FALSE(artwork.bodyOutline().isEmpty());
        EXPECT_GE(artwork.regions().size(), 40) << bodyViewKey(view).toStdString();
        for (const BodyRegion& region : artwork.regions()) {
            const BodySide other = region.side == BodySide::Left ? BodySide::Right : BodySide::Left;
            EXPECT_NE(artwork.region(region.muscleId, other), nullptr) << name(view, region);
            EXPECT_TRUE(artwork.bodyOutline().contains(region.bounds.center())
                        || artwork.bodyOutline().intersects(region.path))
                << name(view, region) << " lies outside the body";
        }
    }
}

TEST(BodyMapArtworkTest, left_is_the_patients_left_in_each_view)
{
    // Anterior: the patient faces us, so their left is on our right; posterior: on our left.
    const BodyMapArtwork& front = BodyMapArtwork::builtIn(BodyView::Anterior);
    const BodyMapArtwork& back = BodyMapArtwork::builtIn(BodyView::Posterior);
    const BodyRegion* frontLeft = front.region(QStringLiteral("deltoid_middle"), BodySide::Left);
    const BodyRegion* frontRight = front.region(QStringLiteral("deltoid_middle"), BodySide::Right);
    const BodyRegion* backLeft = back.region(QStringLiteral("deltoid_middle"), BodySide::Left);
    const BodyRegion* backRight = back.region(QStringLiteral("deltoid_middle"), BodySide::Right);
    ASSERT_TRUE(frontLeft && frontRight && backLeft && backRight);
    EXPECT_GT(frontLeft->bounds.center().x(), frontRight->bounds.center().x());
    EXPECT_LT(backLeft->bounds.center().x(), backRight->bounds.center().x());
}

TEST(BodyMapArtworkTest, every_drawn_region_is_a_catalogued_muscle_of_that_view)
{
    const MuscleCatalogue& catalogue = MuscleCatalogue::builtIn();
    for (BodyView view : Views) {
        for (const BodyRegion& region : BodyMapArtwork::builtIn(view).regions()) {
            const Muscle* muscle = catalogue.find(region.muscleId);
            ASSERT_NE(muscle, nullptr) << name(view, region) << " is not in the catalogue";
            EXPECT_TRUE(muscle->isVisibleIn(view))
                << name(view, region) << " is not listed for this view";
        }
    }
}

TEST(BodyMapArtworkTest, every_catalogued_muscle_is_drawn_or_placed_over_drawn_muscles_in_its_views)
{
    for (const Muscle& muscle : MuscleCatalogue::builtIn().all()) {
        for (BodyView view : Views) {
            if (!muscle.isVisibleIn(view))
                continue;
            const BodyMapArtwork& artwork = BodyMapArtwork::builtIn(view);
            const std::string where =
                QString(bodyViewKey(view) + QLatin1Char('/') + muscle.id).toStdString();
            if (artwork.region(muscle.id, BodySide::Left))
                continue;
            const QStringList over = artwork.drawnOver(muscle.id);
            EXPECT_FALSE(over.isEmpty())
                << where << " is neither drawn nor placed over a drawn muscle";
            for (const QString& surface : over)
                EXPECT_NE(artwork.region(surface, BodySide::Left), nullptr)
                    << where << " over " << surface.toStdString();
        }
    }
}

// For every muscle and side in both views: points just inside its edge (taken from the path
// itself) hit it, points just outside do not, and a point inside its bounding box but outside
// its shape does not either.
TEST(BodyMapGeometryTest, hit_testing_follows_each_muscles_shape_not_its_bounding_box)
{
    constexpr double Offset = 1.2; // artwork units (the figure is about 1,600 tall)
    constexpr int Samples = 48;
    for (BodyView view : Views) {
        const BodyMapArtwork& artwork = BodyMapArtwork::builtIn(view);
        const BodyMapGeometry geometry(artwork);
        for (const BodyRegion& region : artwork.regions()) {
            int insideChecked = 0;
            for (int i = 0; i < Samples; ++i) {
                const double t = (i + 0.5) / Samples;
                const QPointF onEdge = region.path.pointAtPercent(t);
                const double angle = region.path.angleAtPercent(t) * M_PI / 180.0;
                const QPointF normal(std::sin(angle), std::cos(angle));
                QPointF a = onEdge + Offset * normal;
                QPointF b = onEdge - Offset * normal;
                if (region.path.contains(a) == region.path.contains(b))
                    continue; // a corner or a sliver: no clear inside and outside here
                const QPointF inside = region.path.contains(a) ? a : b;
                const QPointF outside = region.path.contains(a) ? b : a;
                if (!region.path.contains(onEdge + 2.5 * (inside - onEdge)))
                    continue; // a tip thinner than the offset: inside and outside blur

                EXPECT_NE(geometry.regionAt(geometry.toNormalised(outside)), &region)
                    << name(view, region) << " hit just outside its edge at t=" << t;
                if (!coveredByLaterRegion(artwork, region, inside)) {
                    EXPECT_EQ(geometry.regionAt(geometry.toNormalised(inside)), &region)
                        << name(view, region) << " missed just inside its edge at t=" << t;
                    ++insideChecked;
                }
            }
            EXPECT_GE(insideChecked, Samples / 4) << name(view, region) << ": too few edge samples";

            const auto centre = geometry.interiorPoint(region.muscleId, region.side);
            ASSERT_TRUE(centre.has_value()) << name(view, region);
            EXPECT_EQ(geometry.regionAt(*centre), &region) << name(view, region);

            // A corner of the bounding box that the shape does not cover.
            for (QPointF corner : {region.bounds.topLeft(), region.bounds.topRight(),
                                   region.bounds.bottomLeft(), region.bounds.bottomRight()}) {
                const QPointF nudged = corner + (region.bounds.center() - corner) * 0.02;
                if (!region.path.contains(nudged)) {
                    EXPECT_NE(geometry.regionAt(geometry.toNormalised(nudged)), &region)
                        << name(view, region);
                }
            }
        }
    }
}

TEST(BodyMapGeometryTest, a_point_outside_every_muscle_hits_nothing)
{
    const BodyMapGeometry geometry(BodyMapArtwork::builtIn(BodyView::Anterior));
    EXPECT_EQ(geometry.regionAt(QPointF(0.01, 0.01)), nullptr);
    EXPECT_EQ(geometry.regionAt(QPointF(0.99, 0.5)), nullptr);
    EXPECT_EQ(geometry.regionAt(QPointF(-0.5, 2.0)), nullptr);
}

TEST(BodyMapGeometryTest, normalised_points_land_on_the_same_muscle_at_any_size_and_pixel_ratio)
{
    const BodyMapArtwork& artwork = BodyMapArtwork::builtIn(BodyView::Posterior);
    const BodyMapGeometry geometry(artwork);
    const auto point = geometry.interiorPoint(QStringLiteral("infraspinatus"), BodySide::Left);
    ASSERT_TRUE(point.has_value());
    const BodyRegion* expected = geometry.regionAt(*point);
    for (const QSizeF logical :
         {QSizeF(400, 300), QSizeF(300, 800), QSizeF(1920, 1080), QSizeF(3840, 2160)}) {
        for (const double dpr : {1.0, 2.0}) {
            const QRectF device(QPointF(0, 0), logical * dpr);
            const QTransform toDevice = geometry.normalisedToDevice(device);
            const QPointF pixel = toDevice.map(*point);
            EXPECT_TRUE(device.contains(pixel));
            const QPointF back = toDevice.inverted().map(pixel);
            EXPECT_NEAR(back.x(), point->x(), 1e-9);
            EXPECT_NEAR(back.y(), point->y(), 1e-9);
            EXPECT_EQ(geometry.regionAt(back), expected);
            // The artwork transform agrees with the normalised one.
            const QPointF viaArtwork =
                geometry.artworkToDevice(device).map(geometry.toArtwork(*point));
            EXPECT_NEAR(viaArtwork.x(), pixel.x(), 1e-6);
            EXPECT_NEAR(viaArtwork.y(), pixel.y(), 1e-6);
        }
    }
}

TEST(BodyMapGeometryTest, fitted_artwork_keeps_its_aspect_ratio_and_is_centred)
{
    const BodyMapGeometry geometry(BodyMapArtwork::builtIn(BodyView::Anterior));
    const QRectF box = geometry.artwork().viewBox();
    const QRectF wide(0, 0, 2000, 1000);
    const QRectF fitted = geometry.fittedRect(wide);
    EXPECT_NEAR(fitted.width() / fitted.height(), box.width() / box.height(), 1e-9);
    EXPECT_DOUBLE_EQ(fitted.height(), 1000);
    EXPECT_NEAR(fitted.center().x(), wide.center().x(), 1e-9);
}

TEST(BodyMapGeometryTest, a_pain_brush_shades_round_areas_kept_to_the_body)
{
    const BodyMapArtwork& artwork = BodyMapArtwork::builtIn(BodyView::Posterior);
    const BodyMapGeometry geometry(artwork);
    const auto centre = geometry.interiorPoint(QStringLiteral("infraspinatus"), BodySide::Right);
    ASSERT_TRUE(centre);

    // A dab: one round area around the point, on the body.
    const QList<QList<QPointF>> dab = geometry.shadedOutlines({*centre}, 20);
    ASSERT_EQ(dab.size(), 1);
    const PainArea area{BodyView::Posterior, PainType::Ache, 5, dab.first()};
    EXPECT_TRUE(area.isValid());
    EXPECT_TRUE(area.contains(*centre));
    // 20 artwork units across is 20/700 of the width, in normalised units.
    EXPECT_NEAR(area.bounds().width(), 40.0 / artwork.viewBox().width(), 0.01);

    // A stroke is as wide as the brush along its whole length.
    const QPointF along = *centre + QPointF(0.05, 0.02);
    const QList<QList<QPointF>> stroke = geometry.shadedOutlines({*centre, along}, 10);
    ASSERT_EQ(stroke.size(), 1);
    const PainArea shaded{BodyView::Posterior, PainType::Ache, 5, stroke.first()};
    EXPECT_TRUE(shaded.contains((*centre + along) / 2));
    EXPECT_LE(shaded.outline.size(), PainArea::MaxCorners);

    // Off the figure, nothing is shaded; half on, only the half on the body.
    EXPECT_TRUE(geometry.shadedOutlines({QPointF(0.02, 0.02)}, 20).isEmpty());
    const double crown = geometry.toNormalised(artwork.bodyOutline().boundingRect().topLeft()).y();
    const QList<QList<QPointF>> head = geometry.shadedOutlines({QPointF(0.5, crown)}, 60);
    ASSERT_EQ(head.size(), 1);
    for (const QPointF& p : head.first())
        EXPECT_GE(p.y(), crown - 1e-6) << p.x() << ", " << p.y();
}

} // namespace
} // namespace needlechart
