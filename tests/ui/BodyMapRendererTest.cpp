#include "needlechart/ui/bodymap/BodyMapRenderer.h"

#include "needlechart/domain/bodymap/MuscleCatalogue.h"
#include "needlechart/domain/session/TriggerPointSet.h"
#include "needlechart/ui/bodymap/BodyMapArtwork.h"
#include "needlechart/ui/bodymap/BodyMapGeometry.h"

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

TEST_F(BodyMapRendererTest, a_carried_point_is_drawn_light_until_confirmed)
{
    TriggerPoint copied{0, BodyView::Posterior, QStringLiteral("infraspinatus"), BodySide::Left,
                        infraspinatus()};
    copied.carriedFrom = CarriedFrom::LastSession;
    const TriggerPointKey key = points.add(copied);
    BodyMapRenderState state;
    state.points = &points;
    QImage image = blankImage(QSize(350, 800));
    QRectF target = paint(image, state);
    const QPointF inside = geometry.normalisedToDevice(target).map(infraspinatus())
                           + QPointF(-0.65 * state.markerRadius, 0);
    EXPECT_FALSE(looksLikeMarker(image, inside)) << "a proposal, not a filled marker";
    EXPECT_GT(image.pixelColor(inside.toPoint()).lightness(), 200);

    points.setCarriedFrom(key, CarriedFrom::Nowhere);
    image = blankImage(QSize(350, 800));
    target = paint(image, state);
    EXPECT_TRUE(looksLikeMarker(image, inside)) << "confirmed: today's point";
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
    // The heat map layer is reused the same way.
    const QHash<QString, int> counts{{QStringLiteral("infraspinatus_R"), 5},
                                     {QStringLiteral("gastrocnemius_L"), 2}};
    state.heatMap = &counts;
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

TEST_F(BodyMapRendererTest, earlier_sessions_points_are_drawn_as_faint_hollow_rings_when_given)
{
    const QList<TriggerPoint> history{TriggerPoint{
        7, BodyView::Posterior, QStringLiteral("infraspinatus"), BodySide::Left, infraspinatus()}};
    BodyMapRenderState without;
    BodyMapRenderState with;
    with.history = &history;
    QImage plain = blankImage(QSize(500, 800));
    QImage ghosted = blankImage(QSize(500, 800));
    const QRectF target = paint(plain, without);
    paint(ghosted, with);

    const QPointF centre = geometry.normalisedToDevice(target).map(infraspinatus());
    const QPoint onRing = (centre + QPointF(with.markerRadius * 0.8, 0)).toPoint();
    EXPECT_NE(ghosted.pixelColor(onRing), plain.pixelColor(onRing));
    // Hollow and without a number: the middle shows the artwork, and no solid marker appears.
    EXPECT_EQ(ghosted.pixelColor(centre.toPoint()), plain.pixelColor(centre.toPoint()));
    EXPECT_FALSE(looksLikeMarker(ghosted, onRing));
    // Rings are not markers: nothing to hit.
    EXPECT_FALSE(renderer.markerAt(centre, target, geometry, with));
}

TEST_F(BodyMapRendererTest, earlier_points_of_the_other_view_are_not_drawn)
{
    const QList<TriggerPoint> history{TriggerPoint{7, BodyView::Anterior,
                                                   QStringLiteral("pectoralis_major"),
                                                   BodySide::Left, infraspinatus()}};
    BodyMapRenderState with;
    with.history = &history;
    QImage plain = blankImage(QSize(500, 800));
    QImage ghosted = blankImage(QSize(500, 800));
    paint(plain, BodyMapRenderState());
    paint(ghosted, with);
    EXPECT_EQ(ghosted, plain);
}

TEST_F(BodyMapRendererTest, a_zoomed_target_rasterises_only_the_visible_part_and_looks_the_same)
{
    points.add(TriggerPoint{0, BodyView::Posterior, QStringLiteral("infraspinatus"), BodySide::Left,
                            infraspinatus()});
    BodyMapRenderState whole;
    whole.points = &points;
    BodyMapRenderState clipped = whole;
    clipped.visibleRect = QRectF(0, 0, 400, 600);
    const QRectF zoomed(-600, -300, 400 * 5, 600 * 5);

    QImage a = blankImage(QSize(400, 600));
    QImage b = blankImage(QSize(400, 600));
    {
        QPainter painter(&a);
        renderer.paint(painter, zoomed, geometry, whole);
    }
    BodyMapRenderer other;
    {
        QPainter painter(&b);
        other.paint(painter, zoomed, geometry, clipped);
    }
    qsizetype different = 0;
    for (int y = 0; y < a.height(); ++y)
        for (int x = 0; x < a.width(); ++x) {
            const QColor p = a.pixelColor(x, y);
            const QColor q = b.pixelColor(x, y);
            if (std::abs(p.red() - q.red()) > 8 || std::abs(p.green() - q.green()) > 8
                || std::abs(p.blue() - q.blue()) > 8 || std::abs(p.alpha() - q.alpha()) > 8)
                ++different;
        }
    EXPECT_EQ(different, 0);
}

int colourDistance(const QColor& a, const QColor& b)
{
    return std::abs(a.red() - b.red()) + std::abs(a.green() - b.green())
           + std::abs(a.blue() - b.blue());
}

TEST_F(BodyMapRendererTest, a_heat_map_tints_each_side_by_how_often_it_was_needled)
{
    const QHash<QString, int> counts{{QStringLiteral("infraspinatus_L"), 12},
                                     {QStringLiteral("gluteus_medius_R"), 2}};
    BodyMapRenderState heat;
    heat.heatMap = &counts;
    QImage plain = blankImage(QSize(500, 800));
    QImage tinted = blankImage(QSize(500, 800));
    const QRectF target = paint(plain, BodyMapRenderState());
    paint(tinted, heat);

    const auto pixel = [&](const QImage& image, const char* muscle, BodySide side) {
        const auto at = geometry.interiorPoint(QString::fromLatin1(muscle), side);
        EXPECT_TRUE(at) << muscle;
        return image.pixelColor(geometry.normalisedToDevice(target).map(*at).toPoint());
    };
    const int heavy = colourDistance(pixel(tinted, "infraspinatus", BodySide::Left),
                                     pixel(plain, "infraspinatus", BodySide::Left));
    const int light = colourDistance(pixel(tinted, "gluteus_medius", BodySide::Right),
                                     pixel(plain, "gluteus_medius", BodySide::Right));
    EXPECT_GT(heavy, 40);
    EXPECT_GT(light, 0);
    EXPECT_GT(heavy, light);
    // The other side of the heavily needled muscle, and an untouched muscle, stay as drawn.
    EXPECT_EQ(pixel(tinted, "infraspinatus", BodySide::Right),
              pixel(plain, "infraspinatus", BodySide::Right));
    EXPECT_EQ(pixel(tinted, "teres_major", BodySide::Left),
              pixel(plain, "teres_major", BodySide::Left));
}

TEST_F(BodyMapRendererTest, a_point_on_a_high_risk_muscle_gets_a_warning_triangle)
{
    const Muscle* infraspinatusMuscle =
        MuscleCatalogue::builtIn().find(QStringLiteral("infraspinatus"));
    ASSERT_TRUE(infraspinatusMuscle);
    ASSERT_TRUE(infraspinatusMuscle->isHighRisk()); // pneumothorax
    const TriggerPointKey key = points.add(TriggerPoint{
        0, BodyView::Posterior, QStringLiteral("infraspinatus"), BodySide::Left, infraspinatus()});
    BodyMapRenderState plain;
    plain.points = &points;
    BodyMapRenderState warned = plain;
    warned.catalogue = &MuscleCatalogue::builtIn();

    QImage without = blankImage(QSize(500, 800));
    QImage with = blankImage(QSize(500, 800));
    const QRectF target = paint(without, plain);
    paint(with, warned);
    const double r = plain.markerRadius;
    const QPointF centre = geometry.normalisedToDevice(target).map(infraspinatus());
    const QPointF inTriangle = centre + QPointF(0.95 * r, -0.95 * r + 0.15 * 1.1 * r);
    const QColor amber = BodyMapRenderer::cautionColor();
    const QColor seen = with.pixelColor(inTriangle.toPoint());
    EXPECT_LE(std::abs(seen.red() - amber.red()) + std::abs(seen.green() - amber.green())
                  + std::abs(seen.blue() - amber.blue()),
              12);
    EXPECT_NE(without.pixelColor(inTriangle.toPoint()), seen);
    // The marker itself is unchanged, and the triangle can be hit on its own.
    EXPECT_TRUE(looksLikeMarker(with, centre + QPointF(-0.65 * r, 0)));
    EXPECT_EQ(renderer.cautionMarkerAt(inTriangle, target, geometry, warned), key);
    EXPECT_FALSE(renderer.cautionMarkerAt(inTriangle, target, geometry, plain));
    EXPECT_FALSE(renderer.cautionMarkerAt(centre + QPointF(0, 3 * r), target, geometry, warned));
}

TEST_F(BodyMapRendererTest, a_point_on_a_muscle_with_only_a_neurovascular_caution_gets_no_triangle)
{
    const auto at = geometry.interiorPoint(QStringLiteral("biceps_femoris"), BodySide::Left);
    ASSERT_TRUE(at);
    const TriggerPointKey key = points.add(TriggerPoint{
        0, BodyView::Posterior, QStringLiteral("biceps_femoris"), BodySide::Left, *at});
    BodyMapRenderState plain;
    plain.points = &points;
    BodyMapRenderState warned = plain;
    warned.catalogue = &MuscleCatalogue::builtIn();

    QImage without = blankImage(QSize(500, 800));
    QImage with = blankImage(QSize(500, 800));
    const QRectF target = paint(without, plain);
    paint(with, warned);
    EXPECT_EQ(with, without);
    const double r = plain.markerRadius;
    const QPointF centre = geometry.normalisedToDevice(target).map(*at);
    EXPECT_FALSE(
        renderer.cautionMarkerAt(centre + QPointF(0.95 * r, -0.8 * r), target, geometry, warned));
    EXPECT_EQ(renderer.markerAt(centre, target, geometry, warned), key);
}

TEST_F(BodyMapRendererTest,
       cautions_the_screening_emphasises_outline_their_muscles_and_mark_their_points)
{
    const auto at = geometry.interiorPoint(QStringLiteral("biceps_femoris"), BodySide::Left);
    ASSERT_TRUE(at);
    const TriggerPointKey key = points.add(TriggerPoint{
        0, BodyView::Posterior, QStringLiteral("biceps_femoris"), BodySide::Left, *at});
    BodyMapRenderState plain;
    plain.points = &points;
    plain.catalogue = &MuscleCatalogue::builtIn();
    BodyMapRenderState emphasised = plain;
    emphasised.emphasisedCautions = CautionKind::Neurovascular;

    QImage without = blankImage(QSize(500, 800));
    QImage with = blankImage(QSize(500, 800));
    const QRectF target = paint(without, plain);
    paint(with, emphasised);
    EXPECT_NE(with, without);
    const double r = plain.markerRadius;
    const QPointF centre = geometry.normalisedToDevice(target).map(*at);
    const QPointF inTriangle = centre + QPointF(0.95 * r, -0.95 * r + 0.15 * 1.1 * r);
    EXPECT_FALSE(renderer.cautionMarkerAt(inTriangle, target, geometry, plain));
    EXPECT_EQ(renderer.cautionMarkerAt(inTriangle, target, geometry, emphasised), key);
}

} // namespace
} // namespace needlechart
