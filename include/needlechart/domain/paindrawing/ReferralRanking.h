#pragma once

#include "needlechart/domain/paindrawing/CandidateMuscle.h"
#include "needlechart/domain/paindrawing/PainArea.h"
#include "needlechart/domain/paindrawing/ReferralZone.h"

#include <QList>

namespace needlechart {

class MuscleCatalogue;
class ReferralPatterns;

// Ranks the muscles whose typical referral matches a pain drawing. Each zone is scored by how
// much of it is shaded, weighted by the intensity there (0 unshaded .. 1 all of it at 10/10);
// a muscle (on one side) scores its main zones in full and its spill-over zones at half, on
// its own side and on the midline. The best come first, ties in catalogue order. Guidance to
// think with, never a diagnosis: the panel showing it says so.
class ReferralRanking {
public:
    static constexpr double SpillOverWeight = 0.5;
    // Below this a candidate is noise (a brush stroke grazing the edge of a zone).
    static constexpr double MinimumScore = 0.04;
    static constexpr int DefaultLimit = 8;

    ReferralRanking(const ReferralPatterns& patterns, const MuscleCatalogue& catalogue);

    [[nodiscard]] QList<CandidateMuscle> rank(const QList<PainArea>& drawing,
                                              int limit = DefaultLimit) const;
    // How much of `zone` is shaded, weighted by intensity: 0..1.
    [[nodiscard]] static double zoneCoverage(const ReferralZone& zone,
                                             const QList<PainArea>& drawing);

private:
    const ReferralPatterns& m_patterns;
    const MuscleCatalogue& m_catalogue;
};

} // namespace needlechart
