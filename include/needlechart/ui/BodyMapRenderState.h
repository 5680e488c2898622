#pragma once

#include "needlechart/domain/TriggerPoint.h"

#include <QString>

#include <optional>

namespace needlechart {

class TriggerPointSet;

// What BodyMapRenderer draws over the artwork, besides the artwork itself. Lengths are in the
// painter's logical units (a widget's device-independent pixels), the same units as the target
// rectangle, so markers keep their size at any device pixel ratio.
struct BodyMapRenderState {
    static constexpr double DefaultMarkerRadius = 10.0;

    // Borrowed, may be null (no markers drawn). Only the points of the painted view are drawn.
    const TriggerPointSet* points = nullptr;
    std::optional<TriggerPointKey> selected;
    QString hoveredRegionId; // BodyRegion::id to highlight, or empty
    double markerRadius = DefaultMarkerRadius;
};

} // namespace needlechart
