#include "needlechart/ui/bodymap/BodyMapViewport.h"

#include "needlechart/ui/bodymap/BodyMapArtwork.h"
#include "needlechart/ui/bodymap/BodyMapGeometry.h"

#include <gtest/gtest.h>

namespace needlechart {
namespace {

void expectNear(QPointF actual, QPointF expected)
{
    EXPECT_NEAR(actual.x(), expected.x(), 1e-9);
    EXPECT_NEAR(actual.y(), expected.y(), 1e-9);
}

TEST(BodyMapViewportTest, starts_fitted_and_maps_points_unchanged)
{
    const BodyMapViewport viewport;
    EXPECT_TRUE(viewport.isFitted());
    EXPECT_EQ(viewport.zoom(), 1.0);
    expectNear(viewport.map(QPointF(12, 34)), QPointF(12, 34));
    EXPECT_TRUE(viewport.transform().isIdentity());
}

TEST(BodyMapViewportTest, zooming_about_a_point_keeps_that_point_fixed)
{
    BodyMapViewport viewport;
    const QPointF anchor(120, 300);
    const QPointF fittedUnderAnchor = viewport.unmap(anchor);
    ASSERT_TRUE(viewport.zoomAbout(anchor, 3.0));
    EXPECT_DOUBLE_EQ(viewport.zoom(), 3.0);
    expectNear(viewport.map(fittedUnderAnchor), anchor);

    // And again about another point, from the zoomed view.
    const QPointF second(400, 50);
    const QPointF fittedUnderSecond = viewport.unmap(second);
    ASSERT_TRUE(viewport.zoomAbout(second, 1.5));
    expectNear(viewport.map(fittedUnderSecond), second);
    expectNear(viewport.unmap(viewport.map(QPointF(7, 9))), QPointF(7, 9));
}

TEST(BodyMapViewportTest, zoom_is_clamped_between_one_and_eight_times)
{
    BodyMapViewport viewport;
    EXPECT_FALSE(viewport.zoomAbout(QPointF(10, 10), 0.5));
    EXPECT_EQ(viewport.zoom(), BodyMapViewport::MinZoom);
    EXPECT_TRUE(viewport.zoomAbout(QPointF(10, 10), 100.0));
    EXPECT_EQ(viewport.zoom(), BodyMapViewport::MaxZoom);
    EXPECT_FALSE(viewport.zoomAbout(QPointF(10, 10), 2.0));
    EXPECT_EQ(viewport.zoom(), 8.0);
}

TEST(BodyMapViewportTest, zooming_back_out_to_one_times_centres_the_figure_again)
{
    BodyMapViewport viewport;
    viewport.zoomAbout(QPointF(50, 80), 4.0);
    viewport.panBy(QPointF(30, -20));
    viewport.zoomAbout(QPointF(200, 200), 0.1);
    EXPECT_TRUE(viewport.isFitted());
}

TEST(BodyMapViewportTest, panning_moves_the_zoomed_view_but_not_the_fitted_one)
{
    BodyMapViewport viewport;
    viewport.panBy(QPointF(40, 40));
    EXPECT_TRUE(viewport.isFitted());

    viewport.zoomAbout(QPointF(0, 0), 2.0);
    const QPointF before = viewport.map(QPointF(10, 10));
    viewport.panBy(QPointF(25, -15));
    expectNear(viewport.map(QPointF(10, 10)), before + QPointF(25, -15));
}

TEST(BodyMapViewportTest, fit_resets_zoom_and_pan)
{
    BodyMapViewport viewport;
    viewport.zoomAbout(QPointF(100, 100), 5.0);
    viewport.panBy(QPointF(10, 10));
    viewport.reset();
    EXPECT_TRUE(viewport.isFitted());
    EXPECT_EQ(viewport, BodyMapViewport());
}

// Fitting commutes with the viewport, so a zoomed view is the artwork fitted into the mapped
// target, and a normalised position round-trips to the same place at any zoom.
TEST(BodyMapViewportTest, artwork_fitted_into_the_mapped_target_is_the_zoomed_fitted_artwork)
{
    const BodyMapGeometry geometry(BodyMapArtwork::builtIn(BodyView::Posterior));
    const QRectF target(0, 0, 500, 800);
    BodyMapViewport viewport;
    viewport.zoomAbout(QPointF(180, 260), 3.0);
    viewport.panBy(QPointF(-12, 7));

    const QRectF zoomedFit = geometry.fittedRect(viewport.map(target));
    const QRectF expected = viewport.map(geometry.fittedRect(target));
    EXPECT_NEAR(zoomedFit.left(), expected.left(), 1e-9);
    EXPECT_NEAR(zoomedFit.top(), expected.top(), 1e-9);
    EXPECT_NEAR(zoomedFit.width(), expected.width(), 1e-9);
    EXPECT_NEAR(zoomedFit.height(), expected.height(), 1e-9);

    const QPointF normalised(0.31, 0.42);
    const QTransform toShown = geometry.normalisedToDevice(viewport.map(target));
    expectNear(toShown.inverted().map(toShown.map(normalised)), normalised);
    expectNear(toShown.map(normalised),
               viewport.map(geometry.normalisedToDevice(target).map(normalised)));
}

TEST(BodyMapViewportTest, panning_stops_where_the_zoomed_figure_would_leave_the_bounds)
{
    BodyMapViewport viewport;
    const QRectF bounds(0, 0, 400, 600);
    viewport.setBounds(bounds);
    viewport.zoomAbout(QPointF(200, 300), 2.0);
    viewport.panBy(QPointF(5000, 5000));
    EXPECT_EQ(viewport.offset(), QPointF(0, 0)); // the zoomed top-left corner stays at the bounds'
    EXPECT_TRUE(viewport.map(bounds).contains(bounds));
    viewport.panBy(QPointF(-5000, -5000));
    EXPECT_EQ(viewport.offset(), QPointF(-400, -600));
    EXPECT_TRUE(viewport.map(bounds).contains(bounds));
    viewport.panBy(QPointF(100, 50)); // within range: moves freely
    EXPECT_EQ(viewport.offset(), QPointF(-300, -550));
}

TEST(BodyMapViewportTest, zooming_out_near_an_edge_keeps_the_bounds_covered)
{
    BodyMapViewport viewport;
    const QRectF bounds(0, 0, 400, 600);
    viewport.setBounds(bounds);
    viewport.zoomAbout(QPointF(0, 0), 4.0);
    viewport.panBy(QPointF(-5000, -5000));
    viewport.zoomAbout(QPointF(400, 600), 0.6);
    EXPECT_TRUE(viewport.map(bounds).contains(bounds));
}

TEST(BodyMapViewportTest, without_bounds_panning_is_not_clamped)
{
    BodyMapViewport viewport;
    viewport.zoomAbout(QPointF(0, 0), 2.0);
    viewport.panBy(QPointF(5000, 0));
    EXPECT_EQ(viewport.offset(), QPointF(5000, 0));
}

} // namespace
} // namespace needlechart
