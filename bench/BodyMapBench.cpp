// Hover hit-testing on the body map: what runs on every mouse move over the widget.
// See docs/performance.md.
#include "needlechart/ui/BodyMapArtwork.h"
#include "needlechart/ui/BodyMapGeometry.h"

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

} // namespace
