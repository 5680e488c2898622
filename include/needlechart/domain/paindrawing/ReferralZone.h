#pragma once

#include "needlechart/domain/bodymap/BodySide.h"
#include "needlechart/domain/bodymap/BodyView.h"

#include <QPointF>
#include <QSizeF>
#include <QString>

#include <optional>

namespace needlechart {

// A named area of the body surface where muscles refer pain ("Lateral epicondyle, right"): an
// ellipse on one view of the body map, in normalised coordinates. Paired areas exist once per
// side; a midline one (the sacrum) has no side.
struct ReferralZone {
    QString id; // "lateral_epicondyle"
    QString label;
    BodyView view = BodyView::Anterior;
    std::optional<BodySide> side; // nullopt on the midline
    QPointF centre;
    QSizeF radii;

    [[nodiscard]] bool contains(QPointF normalised) const;

    friend bool operator==(const ReferralZone&, const ReferralZone&) = default;
};

} // namespace needlechart
