#pragma once

#include "needlechart/domain/BodySide.h"
#include "needlechart/domain/BodyView.h"
#include "needlechart/domain/Muscle.h"

#include <QPointF>

namespace needlechart {

// Key of a trigger point within one TriggerPointSet: stable while the set lives (undo and redo
// bring a point back under the same key), never reused, not a database id.
using TriggerPointKey = int;

// A trigger point marked on the body map: which muscle on which side, and where, in
// normalised coordinates of the view it was placed in ((0,0) top-left to (1,1) bottom-right of
// the drawing), so it stays in place at any size. What was found there (twitch response, pain)
// is charted with the session.
struct TriggerPoint {
    TriggerPointKey key = 0;
    BodyView view = BodyView::Posterior;
    MuscleId muscleId;
    BodySide side = BodySide::Left;
    QPointF position;

    friend bool operator==(const TriggerPoint&, const TriggerPoint&) = default;
};

} // namespace needlechart
