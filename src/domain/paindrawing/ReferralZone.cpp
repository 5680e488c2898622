#include "needlechart/domain/paindrawing/ReferralZone.h"

namespace needlechart {

bool ReferralZone::contains(QPointF p) const
{
    if (radii.width() <= 0 || radii.height() <= 0)
        return false;
    const double dx = (p.x() - centre.x()) / radii.width();
    const double dy = (p.y() - centre.y()) / radii.height();
    return dx * dx + dy * dy <= 1.0;
}

} // namespace needlechart
