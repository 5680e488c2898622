// The body map's hot paths: hover hit-testing (every mouse move over the widget) and a full
// repaint with many points (every edit, resize and scroll). See docs/performance.md.
#include "needlechart/domain/bodymap/MuscleCatalogue.h"
#include "needlechart/domain/session/TriggerPointSet.h"
#include "needlechart/ui/bodymap/BodyMapArtwork.h"
#include "needlechart/ui/bodymap/BodyMapGeometry.h"
#include "needlechart/ui/bodymap/BodyMapRenderer.h"

#include <QHash>
#include <QImage>
#include <QPainter>

#include <benchmark/benchmark.h>

#include <random>
#include <vector>

using namespace needlechart;

namespace {

// Points spread over the whole view, most of them on the body (a hovering mouse), some off it.
std::vector<QPointF> hoverPoints(int count)
{
    std::mt19937 rng(3);
    std::uniform_real_distribution<double> x(0.05, 0.95);
    std::uniform_real_distribution<double> y(0.02, 0.98);
    std::vector<QPointF> points;
    points.reserve(std::size_t(count));
    for (int i = 0; i < count; ++i)
        points.emplace_back(x(rng), y(rng));
    return points;
}

void BM_HoverHitTest(benchmark::State& state)
{
    const BodyView view = state.range(0) == 0 ? BodyView::Anterior : BodyView::Posterior;
    const BodyMapGeometry geometry(BodyMapArtwork::builtIn(view));
    const std::vector<QPointF> points = hoverPoints(4096);
    std::size_t i = 0;
    for (auto _ : state) {
        benchmark::DoNotOptimize(geometry.regionAt(points[i++ % points.size()]));
    }
    state.SetLabel(view == BodyView::Anterior ? "anterior" : "posterior");
}
BENCHMARK(BM_HoverHitTest)->Arg(0)->Arg(1)->Unit(benchmark::kMicrosecond);

// `count` points of the posterior view, spread over its muscles: each muscle's interior point,
// jittered by a few artwork units and kept on a muscle.
TriggerPointSet spreadPoints(const BodyMapGeometry& geometry, int count)
{
    std::vector<const BodyRegion*> regions;
    for (const BodyRegion& region : geometry.artwork().regions())
        regions.push_back(&region);
    std::mt19937 rng(7);
    std::uniform_real_distribution<double> jitter(-6.0, 6.0);
    const QSizeF box = geometry.artwork().viewBox().size();
    TriggerPointSet points;
    for (int i = 0; points.size() < count; ++i) {
        const BodyRegion* region = regions[std::size_t(i) % regions.size()];
        const QPointF centre = *geometry.interiorPoint(region->muscleId, region->side);
        QPointF position = centre + QPointF(jitter(rng) / box.width(), jitter(rng) / box.height());
        if (!geometry.regionAt(position))
            position = centre;
        points.add(
            TriggerPoint{0, geometry.artwork().view(), region->muscleId, region->side, position});
    }
    return points;
}

// One repaint as the widget does it: clear, paint, finish.
void paintOnce(QImage& image, const BodyMapRenderer& renderer, const QRectF& target,
               const BodyMapGeometry& geometry, const BodyMapRenderState& renderState)
{
    image.fill(Qt::white);
    QPainter painter(&image);
    renderer.paint(painter, target, geometry, renderState);
    painter.end();
    benchmark::DoNotOptimize(image.constBits());
}

void BM_FullRepaint(benchmark::State& state)
{
    const BodyMapGeometry geometry(BodyMapArtwork::builtIn(BodyView::Posterior));
    const TriggerPointSet points = spreadPoints(geometry, int(state.range(0)));
    const BodyMapRenderer renderer;
    BodyMapRenderState renderState;
    renderState.points = &points;
    if (!points.isEmpty())
        renderState.selected = points.points().at(points.size() / 2).key;
    renderState.hoveredRegionId = QStringLiteral("infraspinatus_L");
    QImage image(1920, 1080, QImage::Format_ARGB32_Premultiplied);
    for (auto _ : state) {
        paintOnce(image, renderer, QRectF(image.rect()), geometry, renderState);
    }
    state.SetLabel("posterior, 1920x1080");
}
BENCHMARK(BM_FullRepaint)->Arg(0)->Arg(300)->Unit(benchmark::kMillisecond);

// A full repaint with the overlays the widget can add (arguments: points, zoom, and which
// overlays: 1 warning triangles, every posterior muscle being tagged; 2 300 earlier points as
// rings; 4 a heat map over every region). Zoomed about the middle, only the visible part of the
// artwork is rasterised.
void BM_FullRepaintWithOverlays(benchmark::State& state)
{
    const BodyMapGeometry geometry(BodyMapArtwork::builtIn(BodyView::Posterior));
    const TriggerPointSet points = spreadPoints(geometry, int(state.range(0)));
    const QList<TriggerPoint> history = spreadPoints(geometry, 300).points();
    QHash<QString, int> heat;
    int count = 0;
    for (const BodyRegion& region : geometry.artwork().regions())
        heat.insert(region.id, ++count % 7);
    const BodyMapRenderer renderer;
    BodyMapRenderState renderState;
    renderState.points = &points;
    const auto overlays = state.range(2); // 1 triangles, 2 earlier points, 4 heat map
    if (overlays & 1)
        renderState.catalogue = &MuscleCatalogue::builtIn();
    if (overlays & 2)
        renderState.history = &history;
    if (overlays & 4)
        renderState.heatMap = &heat;
    const QRectF visible(0, 0, 1920, 1080);
    renderState.visibleRect = visible;
    const double zoom = state.range(1);
    const QRectF target(visible.center() * (1 - zoom), visible.size() * zoom);
    QImage image(1920, 1080, QImage::Format_ARGB32_Premultiplied);
    for (auto _ : state) {
        paintOnce(image, renderer, target, geometry, renderState);
    }
    state.SetLabel("posterior, 1920x1080, zoomed");
}
BENCHMARK(BM_FullRepaintWithOverlays)
    ->Args({300, 1, 1})
    ->Args({300, 1, 2})
    ->Args({300, 1, 4})
    ->Args({300, 1, 7})
    ->Args({300, 3, 0})
    ->Args({300, 3, 7})
    ->Unit(benchmark::kMillisecond);

// The first paint after opening or resizing: the renderer draws the artwork and every marker
// afresh before it can reuse them.
void BM_FirstPaint(benchmark::State& state)
{
    const BodyMapGeometry geometry(BodyMapArtwork::builtIn(BodyView::Posterior));
    const TriggerPointSet points = spreadPoints(geometry, int(state.range(0)));
    BodyMapRenderState renderState;
    renderState.points = &points;
    QImage image(1920, 1080, QImage::Format_ARGB32_Premultiplied);
    for (auto _ : state) {
        const BodyMapRenderer renderer;
        paintOnce(image, renderer, QRectF(image.rect()), geometry, renderState);
    }
    state.SetLabel("posterior, 1920x1080");
}
BENCHMARK(BM_FirstPaint)->Arg(0)->Arg(300)->Unit(benchmark::kMillisecond);

// Each paint at another size, as while a window is being resized: the renderer redraws the
// artwork at the new size and reuses its markers.
void BM_PaintWhileResizing(benchmark::State& state)
{
    const BodyMapGeometry geometry(BodyMapArtwork::builtIn(BodyView::Posterior));
    const TriggerPointSet points = spreadPoints(geometry, int(state.range(0)));
    const BodyMapRenderer renderer;
    BodyMapRenderState renderState;
    renderState.points = &points;
    QImage image(1920, 1080, QImage::Format_ARGB32_Premultiplied);
    int shrink = 0;
    for (auto _ : state) {
        shrink = (shrink + 1) % 40;
        paintOnce(image, renderer, QRectF(0, 0, 1920 - shrink, 1080 - shrink), geometry,
                  renderState);
    }
    state.SetLabel("posterior, about 1920x1080");
}
BENCHMARK(BM_PaintWhileResizing)->Arg(0)->Arg(300)->Unit(benchmark::kMillisecond);

} // namespace
