#pragma once

#include "needlechart/domain/bodymap/BodySide.h"
#include "needlechart/domain/bodymap/Muscle.h"

#include <QPainterPath>
#include <QPolygonF>
#include <QRectF>
#include <QString>

namespace needlechart {

// One clickable muscle area of a body map view: the closed shape of `muscleId` on `side`, in
// the artwork's viewBox units. `outline` is the flattened shape used for hit-testing (curves
// turned into short lines), `bounds` its bounding box for a cheap first test.
struct BodyRegion {
    QString id; // as in the SVG: "<muscle id>_L" or "<muscle id>_R"
    MuscleId muscleId;
    BodySide side = BodySide::Left;
    QPainterPath path;
    QPolygonF outline;
    QRectF bounds;
};

} // namespace needlechart
