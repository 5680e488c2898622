#pragma once

#include "needlechart/domain/bodymap/BodyView.h"
#include "needlechart/domain/paindrawing/PainType.h"

#include <QList>
#include <QPointF>
#include <QRectF>

namespace needlechart {

// One shaded area of a patient's pain drawing: a closed outline on one view of the body map,
// in normalised coordinates ((0,0) top-left to (1,1) bottom-right of the artwork, like trigger
// points), with what the patient feels there and how strongly. Stored as this outline, never
// as pixels, so it is drawn crisp at any size, on paper too, and can be reasoned about
// (ReferralRanking).
struct PainArea {
    static constexpr int MinIntensity = 1;
    static constexpr int MaxIntensity = 10;
    // An outline needs at least a triangle; longer ones are kept to this many corners.
    static constexpr int MinCorners = 3;
    static constexpr int MaxCorners = 400;

    BodyView view = BodyView::Anterior;
    PainType type = PainType::Ache;
    int intensity = 5; // 1..10, as the patient rates it
    QList<QPointF> outline;

    // Inside the outline (even-odd rule, so a figure-of-eight counts its lobes).
    [[nodiscard]] bool contains(QPointF normalised) const;
    [[nodiscard]] QRectF bounds() const;
    // A valid area: 3..MaxCorners corners, each within the map, and an intensity in range.
    [[nodiscard]] bool isValid() const;

    friend bool operator==(const PainArea&, const PainArea&) = default;
};

} // namespace needlechart
