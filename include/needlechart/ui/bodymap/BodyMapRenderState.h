#pragma once

#include "needlechart/domain/paindrawing/PainArea.h"
#include "needlechart/domain/session/TriggerPoint.h"

#include <QHash>
#include <QList>
#include <QRectF>
#include <QString>

#include <optional>

namespace needlechart {

class MuscleCatalogue;
class TriggerPointSet;

// What BodyMapRenderer draws over the artwork, besides the artwork itself. Lengths are in the
// painter's logical units (a widget's device-independent pixels), the same units as the target
// rectangle, so markers keep their size at any device pixel ratio.
struct BodyMapRenderState {
    static constexpr double DefaultMarkerRadius = 10.0;

    // Borrowed, may be null (no markers drawn). Only the points of the painted view are drawn.
    const TriggerPointSet* points = nullptr;
    // Borrowed, may be null: earlier sessions' points, drawn under everything else as faint
    // hollow rings without numbers (only those of the painted view). Never hit by markerAt.
    const QList<TriggerPoint>* history = nullptr;
    // Borrowed, may be null: the patient's pain drawing, its areas of the painted view shaded
    // over the artwork (under every marker) in the colour and hatching of their kind, more
    // opaque the stronger they are.
    const QList<PainArea>* painAreas = nullptr;
    // Borrowed, may be null: an earlier visit's pain drawing, ghosted (a faint dashed outline)
    // under today's.
    const QList<PainArea>* earlierPainAreas = nullptr;
    // Borrowed, may be null: how often each muscle region was needled, keyed by BodyRegion::id
    // ("infraspinatus_L", so each side counts apart). Each region with a count is tinted with
    // an opacity proportional to its count over the largest count; drawn over the artwork.
    const QHash<QString, int>* heatMap = nullptr;
    // Borrowed, may be null (no warnings): looked up to draw a small amber triangle beside each
    // point on a muscle for which Muscle::isHighRisk() holds.
    const MuscleCatalogue* catalogue = nullptr;
    // Cautions the patient's screening makes more serious (e.g. Pneumothorax for "caution:
    // thorax"): with a catalogue, the regions of muscles carrying any of them get an amber
    // dashed outline, and points on them the warning triangle too.
    CautionKinds emphasisedCautions;
    // How opaque the points (markers and their triangles) are drawn: less than 1 while the
    // pain drawing is being shaded, so the points stay in view without hiding it.
    double pointOpacity = 1.0;
    std::optional<TriggerPointKey> selected;
    QString hoveredRegionId; // BodyRegion::id to highlight, or empty
    double markerRadius = DefaultMarkerRadius;
    // The part of the painter's area actually seen (a zoomed widget's own rectangle, while the
    // target is far larger), in the same units; empty means the whole target. Raster devices
    // then only rasterise the artwork where it shows.
    QRectF visibleRect;
};

} // namespace needlechart
