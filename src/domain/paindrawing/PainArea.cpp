#include "needlechart/domain/paindrawing/PainArea.h"

#include <algorithm>

namespace needlechart {

bool PainArea::contains(QPointF p) const
{
    // Even-odd ray casting: count the edges a ray to the right of p crosses.
    bool inside = false;
    const qsizetype n = outline.size();
    for (qsizetype i = 0, j = n - 1; i < n; j = i++) {
        const QPointF& a = outline.at(i);
        const QPointF& b = outline.at(j);
        if ((a.y() > p.y()) != (b.y() > p.y())) {
            const double crossX = a.x() + (p.y() - a.y()) * (b.x() - a.x()) / (b.y() - a.y());
            if (p.x() < crossX)
                inside = !inside;
        }
    }
    return inside;
}

QRectF PainArea::bounds() const
{
    if (outline.isEmpty())
        return {};
    double left = outline.first().x();
    double right = left;
    double top = outline.first().y();
    double bottom = top;
    for (const QPointF& p : outline) {
        left = std::min(left, p.x());
        right = std::max(right, p.x());
        top = std::min(top, p.y());
        bottom = std::max(bottom, p.y());
    }
    return QRectF(QPointF(left, top), QPointF(right, bottom));
}

bool PainArea::isValid() const
{
    if (outline.size() < MinCorners || outline.size() > MaxCorners)
        return false;
    if (intensity < MinIntensity || intensity > MaxIntensity)
        return false;
    return std::all_of(outline.cbegin(), outline.cend(), [](QPointF p) {
        return p.x() >= 0 && p.x() <= 1 && p.y() >= 0 && p.y() <= 1;
    });
}

} // namespace needlechart
