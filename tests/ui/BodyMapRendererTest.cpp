#include "needlechart/ui/BodyMapRenderer.h"

#include "needlechart/domain/TriggerPointSet.h"
#include "needlechart/ui/BodyMapArtwork.h"
#include "needlechart/ui/BodyMapGeometry.h"

#include <QBuffer>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QPicture>

#include <gtest/gtest.h>

namespace needlechart {
namespace {

QImage blankImage(QSize size, double devicePixelRatio = 1.0)
{
    QImage image(size * devicePixelRatio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(devicePixelRatio);
    image.fill(Qt::transparent);
    return image;
}

class BodyMapRendererTest : public ::testing::Test {
protected:
    const BodyMapArtwork& artwork = BodyMapArtwork::builtIn(BodyView::Posterior);
    const BodyMapGeometry geometry{artwork};
    BodyMapRenderer renderer;
    TriggerPointSet points;

    // Paints into `image` over its logical size, which is returned.
    QRectF paint(QImage& image, const BodyMapRenderState& state) const
    {
        const QRectF target(QPointF(0, 0), image.deviceIndependentSize());
        QPainter painter(&image);
        renderer.paint(painter, target, geometry, state);
        return target;
    }

    QPointF infraspinatus() const
    {
        return *geometry.interiorPoint(QStringLiteral("infraspinatus"), BodySide::Left);
    }
};

// Inside the disc but clear of the number and the white edge.
bool looksLikeMarker(const QImage& image, QPointF devicePixel)
{
    const QColor colour = image.pixelColor(devicePixel.toPoint());
    const QColor marker = BodyMapRenderer::markerColor();
    return std::abs(colour.red() - marker.red()) <= 3
           && std::abs(colour.green() - marker.green()) <= 3
           && std::abs(colour.blue() - marker.blue()) <= 3 && colour.alpha() == 255;
}

TEST_F(BodyMapRendererTest,
       a_marked_point_is_drawn_in_the_marker_colour_at_any_size_and_pixel_ratio)
{
    points.add(TriggerPoint{0, BodyView::Posterior, QStringLiteral("infraspinatus"), BodySide::Left,
                            infraspinatus()});
    BodyMapRenderState state;
    state.points = &points;
    for (const QSize size : {QSize(350, 800), QSize(1200, 1600)}) {
        for (const double dpr : {1.0, 2.0}) {
            QImage image = blankImage(size, dpr);
            const QRectF target = paint(image, state);
            const QPointF centre = geometry.normalisedToDevice(target).map(infraspinatus()) * dpr;
            const double r = state.markerRadius * dpr;
            for (const QPointF offset :
                 {QPointF(-0.65 * r, 0), QPointF(0.65 * r, 0), QPointF(0, 0.7 * r)}) {
                EXPECT_TRUE(looksLikeMarker(image, centre + offset))
                    << size.width() << "x" << size.height() << "@" << dpr << " offset "
                    << offset.x() << "," << offset.y();
            }
            // Well outside the disc the artwork shows, not the marker.
            EXPECT_FALSE(looksLikeMarker(image, centre + QPointF(0, 2.5 * r)));
        }
    }
}

TEST_F(BodyMapRendererTest, points_of_the_other_view_are_not_drawn)
{
    points.add(TriggerPoint{0, BodyView::Anterior, QStringLiteral("infraspinatus"), BodySide::Left,
                            infraspinatus()});
    BodyMapRenderState state;
    state.points = &points;
    QImage image = blankImage(QSize(350, 800));
    const QRectF target = paint(image, state);
    const QPointF centre = geometry.normalisedToDevice(target).map(infraspinatus());
    EXPECT_FALSE(looksLikeMarker(image, centre + QPointF(-0.65 * state.markerRadius, 0)));
}

TEST_F(BodyMapRendererTest, the_artwork_is_drawn_without_points_or_with_an_unknown_hover)
{
    BodyMapRenderState state;
    state.hoveredRegionId = QStringLiteral("no_such_region_L");
    state.selected = 42;
    QImage image = blankImage(QSize(300, 600));
    const QRectF target = paint(image, state);
    const QPointF inBody = geometry.normalisedToDevice(target).map(infraspinatus());
    EXPECT_EQ(image.pixelColor(inBody.toPoint()).alpha(), 255);
    EXPECT_EQ(image.pixelColor(0, 0).alpha(), 0); // outside the fitted artwork
}

TEST_F(BodyMapRendererTest, the_hovered_muscle_is_tinted)
{
    QImage plain = blankImage(QSize(350, 800));
    const QRectF target = paint(plain, {});
    BodyMapRenderState state;
    state.hoveredRegionId = QStringLiteral("infraspinatus_L");
    QImage hovered = blankImage(QSize(350, 800));
    paint(hovered, state);
    const QPoint inside = geometry.normalisedToDevice(target).map(infraspinatus()).toPoint();
    EXPECT_NE(plain.pixelColor(inside), hovered.pixelColor(inside));
    const QPoint elsewhere =
        geometry.normalisedToDevice(target)
            .map(*geometry.interiorPoint(QStringLiteral("gastrocnemius"), BodySide::Right))
            .toPoint();
    EXPECT_EQ(plain.pixelColor(elsewhere), hovered.pixelColor(elsewhere));
}

TEST_F(BodyMapRendererTest, a_marker_is_hit_within_its_radius_and_the_selected_one_wins)
{
    const TriggerPointKey first = points.add(TriggerPoint{
        0, BodyView::Posterior, QStringLiteral("infraspinatus"), BodySide::Left, infraspinatus()});
    const TriggerPointKey second = points.add(TriggerPoint{
        0, BodyView::Posterior, QStringLiteral("infraspinatus"), BodySide::Left, infraspinatus()});
    BodyMapRenderState state;
    state.points = &points;
    const QRectF target(0, 0, 350, 800);
    const QPointF centre = geometry.normalisedToDevice(target).map(infraspinatus());
    EXPECT_EQ(
        renderer.markerAt(centre + QPointF(state.markerRadius * 0.9, 0), target, geometry, state),
        second);
    EXPECT_EQ(
        renderer.markerAt(centre + QPointF(state.markerRadius * 1.2, 0), target, geometry, state),
        std::nullopt);
    state.selected = first;
    EXPECT_EQ(renderer.markerAt(centre, target, geometry, state), first);
}

// On raster devices the artwork and markers are drawn once and reused; on others (here a
// QPicture, played back into an image) everything is painted as vectors. Both must agree.
TEST_F(BodyMapRendererTest, the_reused_raster_drawing_matches_vector_painting)
{
    for (const char* muscle : {"infraspinatus", "gluteus_medius", "gastrocnemius"}) {
        points.add(
            TriggerPoint{0, BodyView::Posterior, QString::fromLatin1(muscle), BodySide::Right,
                         *geometry.interiorPoint(QString::fromLatin1(muscle), BodySide::Right)});
    }
    BodyMapRenderState state;
    state.points = &points;
    state.selected = points.points().first().key;
    const QSize size(430, 777); // not a multiple of the artwork, so the fit is fractional
    QImage raster = blankImage(size);
    paint(raster, state);
    paint(raster, state); // the second time from what the first one kept

    QPicture picture;
    {
        QPainter painter(&picture);
        renderer.paint(painter, QRectF(QPointF(0, 0), QSizeF(size)), geometry, state);
    }
    QImage vector = blankImage(size);
    {
        QPainter painter(&vector);
        picture.play(&painter);
    }
    // The artwork: compared inside the figure (along its outline, against the transparent
    // background, the two paint engines antialias a little differently) and away from markers.
    const QTransform toDevice = geometry.normalisedToDevice(QRectF(QPointF(0, 0), QSizeF(size)));
    const auto nearMarker = [&](QPoint p) {
        for (const TriggerPoint& point : points.points()) {
            const QPointF d = toDevice.map(point.position) - QPointF(p);
            if (std::hypot(d.x(), d.y()) < 2.5 * state.markerRadius)
                return true;
        }
        return false;
    };
    qsizetype compared = 0;
    qsizetype different = 0;
    for (int y = 0; y < size.height(); ++y) {
        for (int x = 0; x < size.width(); ++x) {
            const QColor a = raster.pixelColor(x, y);
            const QColor b = vector.pixelColor(x, y);
            if (a.alpha() < 255 || b.alpha() < 255 || nearMarker(QPoint(x, y)))
                continue;
            ++compared;
            if (std::abs(a.red() - b.red()) + std::abs(a.green() - b.green())
                    + std::abs(a.blue() - b.blue())
                > 24)
                ++different;
        }
    }
    ASSERT_GT(compared, qsizetype(size.width()) * size.height() / 5);
    EXPECT_LT(different, compared / 1000) << different << " of " << compared << " pixels differ";
    // The markers: in the same place (to a pixel) in both.
    for (const TriggerPoint& point : points.points()) {
        const QPointF centre = toDevice.map(point.position);
        for (const QPointF offset : {QPointF(-0.65, 0), QPointF(0.65, 0), QPointF(0, 0.7)}) {
            EXPECT_TRUE(looksLikeMarker(raster, centre + offset * state.markerRadius));
            EXPECT_TRUE(looksLikeMarker(vector, centre + offset * state.markerRadius));
        }
    }
}

TEST_F(BodyMapRendererTest, paints_into_a_pdf_without_any_widget)
{
    points.add(TriggerPoint{0, BodyView::Posterior, QStringLiteral("infraspinatus"), BodySide::Left,
                            infraspinatus()});
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter pdf(&buffer);
        QPainter painter(&pdf);
        BodyMapRenderState state;
        state.points = &points;
        state.markerRadius = pdf.resolution() * 0.08;
        renderer.paint(painter, QRectF(QPointF(0, 0), QSizeF(pdf.width(), pdf.height())), geometry,
                       state);
    }
    EXPECT_TRUE(buffer.data().startsWith("%PDF"));
    EXPECT_GT(buffer.data().size(), 10000);
}

} // namespace
} // namespace needlechart
