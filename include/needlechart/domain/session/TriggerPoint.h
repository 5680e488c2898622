#pragma once

#include "needlechart/domain/bodymap/BodySide.h"
#include "needlechart/domain/bodymap/BodyView.h"
#include "needlechart/domain/bodymap/Muscle.h"
#include "needlechart/domain/session/PointFindings.h"

#include <QPointF>

#include <utility>

namespace needlechart {

// Key of a trigger point within one TriggerPointSet: stable while the set lives (undo and redo
// bring a point back under the same key), never reused, not a database id.
using TriggerPointKey = int;

// The muscle id of a point at a place the catalogue does not name (an "other site": a scar, a
// ligament, a muscle not catalogued); TriggerPoint::siteName says where, in the clinician's words.
inline const MuscleId OtherSiteId = QStringLiteral("other_site");

// A trigger point marked on the body map: which muscle on which side, and where, in
// normalised coordinates of the view it was placed in ((0,0) top-left to (1,1) bottom-right of
// the drawing), so it stays in place at any size, and what was found and done there.
struct TriggerPoint {
    TriggerPoint() = default;
    TriggerPoint(TriggerPointKey key_, BodyView view_, MuscleId muscleId_, BodySide side_,
                 QPointF position_, PointFindings findings_ = {})
        : key(key_),
          view(view_),
          muscleId(std::move(muscleId_)),
          side(side_),
          position(position_),
          findings(std::move(findings_))
    {}

    TriggerPointKey key = 0;
    BodyView view = BodyView::Posterior;
    MuscleId muscleId;
    BodySide side = BodySide::Left;
    QPointF position;
    PointFindings findings;
    QString siteName; // an other site's name; empty for a catalogued muscle
    // Copied or applied rather than charted here: a proposal until edited or confirmed.
    CarriedFrom carriedFrom = CarriedFrom::Nowhere;

    [[nodiscard]] bool isOtherSite() const { return muscleId == OtherSiteId; }
    [[nodiscard]] bool isCarried() const { return carriedFrom != CarriedFrom::Nowhere; }

    friend bool operator==(const TriggerPoint&, const TriggerPoint&) = default;
};

} // namespace needlechart
