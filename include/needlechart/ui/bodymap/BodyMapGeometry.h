#pragma once

#include "needlechart/domain/bodymap/BodySide.h"
#include "needlechart/domain/bodymap/Muscle.h"
#include "needlechart/ui/bodymap/BodyRegion.h"

#include <QList>
#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <QTransform>

#include <optional>

namespace needlechart {

class BodyMapArtwork;

// Where things are on one view of the body map, with no widget involved: hit-testing by the
// muscles' real shapes, a point inside a muscle for keyboard placement, and the transforms
// between the three coordinate systems:
//  - normalised: (0,0) top-left to (1,1) bottom-right of the artwork's viewBox. Trigger points
//    are stored like this, so they stay put at any size or device pixel ratio;
//  - artwork: the SVG's viewBox units;
//  - device: a widget's or printer's pixels, the artwork fitted into a target rectangle with
//    its aspect ratio kept and centred.
// Borrows the artwork, which must outlive it (BodyMapArtwork::builtIn lives for the program).
class BodyMapGeometry {
public:
    explicit BodyMapGeometry(const BodyMapArtwork& artwork);

    [[nodiscard]] const BodyMapArtwork& artwork() const { return m_artwork; }

    [[nodiscard]] QPointF toArtwork(QPointF normalised) const;
    [[nodiscard]] QPointF toNormalised(QPointF artworkPoint) const;
    // Artwork units -> device pixels for the artwork fitted into `target`.
    [[nodiscard]] QTransform artworkToDevice(const QRectF& target) const;
    // Normalised -> device pixels for the artwork fitted into `target`.
    [[nodiscard]] QTransform normalisedToDevice(const QRectF& target) const;
    // Where the fitted artwork lands inside `target`.
    [[nodiscard]] QRectF fittedRect(const QRectF& target) const;

    // The muscle region under a normalised point, or nullptr outside every muscle. Uses the
    // shape, never the bounding box; where regions are drawn over one another the topmost wins.
    [[nodiscard]] const BodyRegion* regionAt(QPointF normalised) const;
    // A normalised point well inside the region (not on its edge, not under a region drawn
    // over it), for placing a point from the keyboard. nullopt if the muscle is not drawn.
    [[nodiscard]] std::optional<QPointF> interiorPoint(const MuscleId& muscle, BodySide side) const;
    // Inside the body's outline (on a muscle or not): where an other site may be marked.
    [[nodiscard]] bool isOnBody(QPointF normalised) const;
    // The patient's side a normalised point is on: in the front view the patient's left is on
    // the viewer's right; in the back view, on the viewer's left.
    [[nodiscard]] BodySide sideAt(QPointF normalised) const;

    // The areas a brush of `radius` (artwork units) shades when drawn along `stroke`
    // (normalised; one point is a dab), kept to the body's outline: closed outlines in
    // normalised coordinates, each of at most PainArea::MaxCorners corners. Empty when the
    // stroke misses the body.
    [[nodiscard]] QList<QList<QPointF>> shadedOutlines(const QList<QPointF>& stroke,
                                                       double radius) const;

private:
    const BodyMapArtwork& m_artwork;
};

} // namespace needlechart
