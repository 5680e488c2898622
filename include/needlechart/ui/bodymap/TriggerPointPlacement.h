#pragma once

#include "needlechart/domain/bodymap/BodySide.h"
#include "needlechart/domain/bodymap/BodyView.h"
#include "needlechart/domain/bodymap/Muscle.h"
#include "needlechart/domain/common/Result.h"
#include "needlechart/ui/bodymap/PlacedPoint.h"

#include <optional>

namespace needlechart {

class BodyMapArtwork;
class MuscleCatalogue;

// Where a trigger point picked from the keyboard (a muscle from the list and a side) goes on
// the body map, with no widget involved:
//  - in a view that draws the muscle: BodyMapGeometry::interiorPoint of its region;
//  - in a view that does not draw it (a deep muscle): the interior point of the first muscle
//    it lies under there (BodyMapArtwork::drawnOver) that is drawn on that side.
// The point keeps the muscle's own id; only the position comes from the cover.
//
// Choosing the view when the caller names none: a view drawing the muscle itself beats one
// drawing only its cover. Among views drawing the muscle itself, the one in which the catalogue
// charts most muscles of its clinical group wins, so a muscle is marked beside its group: upper
// trapezius (drawn front and back) goes on the posterior view with middle and lower trapezius,
// and brachioradialis with the forearm extensors. Every other back muscle is drawn only
// posteriorly and simply goes there. Ties (the middle deltoid, fibularis longus), and views
// with only the cover, go in allBodyViews() order (anterior, posterior).
//
// Borrows the catalogue and the artworks; they must outlive it.
class TriggerPointPlacement {
public:
    // Uses the built-in catalogue and artwork.
    TriggerPointPlacement();
    TriggerPointPlacement(const MuscleCatalogue& catalogue, const BodyMapArtwork& anterior,
                          const BodyMapArtwork& posterior);

    // Where `muscle` on `side` goes, in `view` or (nullopt) the view chosen as above.
    // ErrorCode::NotFound, with a message for a person, for an unknown muscle or one that
    // neither it nor its cover is drawn for in the view.
    [[nodiscard]] Result<PlacedPoint> place(const MuscleId& muscle, BodySide side,
                                            std::optional<BodyView> view = std::nullopt) const;

private:
    [[nodiscard]] const BodyMapArtwork& artwork(BodyView view) const;
    [[nodiscard]] std::optional<PlacedPoint> placeIn(const MuscleId& muscle, BodySide side,
                                                     BodyView view, bool allowCover) const;

    const MuscleCatalogue& m_catalogue;
    const BodyMapArtwork& m_anterior;
    const BodyMapArtwork& m_posterior;
};

} // namespace needlechart
