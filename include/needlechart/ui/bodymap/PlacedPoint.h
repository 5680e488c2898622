#pragma once

#include "needlechart/domain/bodymap/BodyView.h"
#include "needlechart/domain/bodymap/Muscle.h"

#include <QPointF>

namespace needlechart {

// Where TriggerPointPlacement puts a point: the view, the normalised position in it, and the
// muscle drawn there (the muscle itself, or for a deep muscle not drawn in that view the
// surface muscle it lies under).
struct PlacedPoint {
    BodyView view = BodyView::Posterior;
    QPointF position;
    MuscleId drawnMuscle;

    friend bool operator==(const PlacedPoint&, const PlacedPoint&) = default;
};

} // namespace needlechart
