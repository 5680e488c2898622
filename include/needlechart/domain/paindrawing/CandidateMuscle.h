#pragma once

#include "needlechart/domain/bodymap/BodySide.h"
#include "needlechart/domain/bodymap/Muscle.h"

#include <QStringList>

#include <optional>

namespace needlechart {

// A muscle whose typical referred pain matches a patient's pain drawing, with how well: the
// guidance shown beside the map (ReferralRanking).
struct CandidateMuscle {
    MuscleId muscleId;
    std::optional<BodySide> side; // nullopt for a muscle without sides
    double score = 0;             // larger is a closer match; only the order means anything
    QStringList mainAreas;        // labels of the shaded zones among its main referral
    QStringList otherAreas;       // ... and among its spill-over

    friend bool operator==(const CandidateMuscle&, const CandidateMuscle&) = default;
};

} // namespace needlechart
