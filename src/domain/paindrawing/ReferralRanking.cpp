#include "needlechart/domain/paindrawing/ReferralRanking.h"

#include "needlechart/domain/bodymap/MuscleCatalogue.h"
#include "needlechart/domain/paindrawing/ReferralPatterns.h"

#include <QHash>

#include <algorithm>

namespace needlechart {
namespace {

// Samples across a zone's bounding box, of which those inside the ellipse count.
constexpr int SamplesAcross = 11;

using Side = std::optional<BodySide>;

// The zone applies to a candidate on `side`: a midline zone to either side, a muscle without
// sides to either zone.
bool appliesTo(const ReferralZone& zone, Side side)
{
    return !zone.side || !side || zone.side == side;
}

} // namespace

ReferralRanking::ReferralRanking(const ReferralPatterns& patterns, const MuscleCatalogue& catalogue)
    : m_patterns(patterns), m_catalogue(catalogue)
{}

double ReferralRanking::zoneCoverage(const ReferralZone& zone, const QList<PainArea>& drawing)
{
    QList<const PainArea*> candidates;
    const QRectF zoneBounds(zone.centre.x() - zone.radii.width(),
                            zone.centre.y() - zone.radii.height(), 2 * zone.radii.width(),
                            2 * zone.radii.height());
    for (const PainArea& area : drawing) {
        if (area.view == zone.view && area.bounds().intersects(zoneBounds))
            candidates.append(&area);
    }
    if (candidates.isEmpty())
        return 0;

    int samples = 0;
    double weighted = 0;
    for (int row = 0; row < SamplesAcross; ++row) {
        for (int column = 0; column < SamplesAcross; ++column) {
            const QPointF p(zoneBounds.left() + zoneBounds.width() * (column + 0.5) / SamplesAcross,
                            zoneBounds.top() + zoneBounds.height() * (row + 0.5) / SamplesAcross);
            if (!zone.contains(p))
                continue;
            ++samples;
            int strongest = 0;
            for (const PainArea* area : candidates) {
                if (area->intensity > strongest && area->contains(p))
                    strongest = area->intensity;
            }
            weighted += double(strongest) / PainArea::MaxIntensity;
        }
    }
    return samples > 0 ? weighted / samples : 0;
}

QList<CandidateMuscle> ReferralRanking::rank(const QList<PainArea>& drawing, int limit) const
{
    if (drawing.isEmpty() || limit <= 0)
        return {};

    QHash<const ReferralZone*, double> coverage;
    auto coverageOf = [&](const ReferralZone* zone) {
        auto it = coverage.constFind(zone);
        if (it == coverage.cend())
            it = coverage.insert(zone, zoneCoverage(*zone, drawing));
        return it.value();
    };
    // The best-covered zone with `id` that applies to `side`.
    auto zoneScore = [&](const QString& id, Side side) {
        double best = 0;
        for (const ReferralZone* zone : m_patterns.zonesWithId(id)) {
            if (appliesTo(*zone, side))
                best = std::max(best, coverageOf(zone));
        }
        return best;
    };

    QList<CandidateMuscle> candidates;
    for (const Muscle& muscle : m_catalogue.all()) {
        const ReferralPatterns::Pattern pattern = m_patterns.pattern(muscle.id);
        if (pattern.primary.isEmpty() && pattern.secondary.isEmpty())
            continue;
        const QList<Side> sides =
            muscle.bilateral ? QList<Side>{BodySide::Right, BodySide::Left} : QList<Side>{Side()};
        for (const Side& side : sides) {
            CandidateMuscle candidate{muscle.id, side, 0, {}, {}};
            for (const QString& id : pattern.primary) {
                const double score = zoneScore(id, side);
                candidate.score += score;
                if (score > 0 && !candidate.mainAreas.contains(m_patterns.zoneLabel(id)))
                    candidate.mainAreas.append(m_patterns.zoneLabel(id));
            }
            for (const QString& id : pattern.secondary) {
                const double score = zoneScore(id, side);
                candidate.score += SpillOverWeight * score;
                const QString label = m_patterns.zoneLabel(id);
                if (score > 0 && !candidate.mainAreas.contains(label)
                    && !candidate.otherAreas.contains(label))
                    candidate.otherAreas.append(label);
            }
            if (candidate.score >= MinimumScore)
                candidates.append(candidate);
        }
    }
    std::stable_sort(
        candidates.begin(), candidates.end(),
        [](const CandidateMuscle& a, const CandidateMuscle& b) { return a.score > b.score; });
    if (candidates.size() > limit)
        candidates.resize(limit);
    return candidates;
}

} // namespace needlechart
