#include "needlechart/ui/bodymap/BodyMapGeometry.h"

#include "needlechart/domain/paindrawing/PainArea.h"
#include "needlechart/ui/bodymap/BodyMapArtwork.h"

#include <QPainterPathStroker>

#include <algorithm>
#include <cmath>
#include <limits>

namespace needlechart {
namespace {

// Distance from `p` to the nearest edge of `polygon`.
double distanceToEdge(const QPolygonF& polygon, QPointF p)
{
    double best = std::numeric_limits<double>::max();
    for (qsizetype i = 0; i + 1 < polygon.size(); ++i) {
        const QPointF a = polygon.at(i);
        const QPointF b = polygon.at(i + 1);
        const QPointF ab = b - a;
        const double lengthSquared = QPointF::dotProduct(ab, ab);
        const double t = lengthSquared > 0
                             ? std::clamp(QPointF::dotProduct(p - a, ab) / lengthSquared, 0.0, 1.0)
                             : 0.0;
        const QPointF nearest = a + t * ab;
        best = std::min(best, std::hypot(p.x() - nearest.x(), p.y() - nearest.y()));
    }
    return best;
}

} // namespace

BodyMapGeometry::BodyMapGeometry(const BodyMapArtwork& artwork) : m_artwork(artwork) {}

QPointF BodyMapGeometry::toArtwork(QPointF normalised) const
{
    const QRectF box = m_artwork.viewBox();
    return {box.left() + normalised.x() * box.width(), box.top() + normalised.y() * box.height()};
}

QPointF BodyMapGeometry::toNormalised(QPointF artworkPoint) const
{
    const QRectF box = m_artwork.viewBox();
    return {(artworkPoint.x() - box.left()) / box.width(),
            (artworkPoint.y() - box.top()) / box.height()};
}

QRectF BodyMapGeometry::fittedRect(const QRectF& target) const
{
    const QSizeF fitted = m_artwork.viewBox().size().scaled(target.size(), Qt::KeepAspectRatio);
    return QRectF(target.left() + (target.width() - fitted.width()) / 2,
                  target.top() + (target.height() - fitted.height()) / 2, fitted.width(),
                  fitted.height());
}

QTransform BodyMapGeometry::artworkToDevice(const QRectF& target) const
{
    const QRectF box = m_artwork.viewBox();
    const QRectF fitted = fittedRect(target);
    const double scale = fitted.width() / box.width();
    return QTransform::fromTranslate(-box.left(), -box.top()) * QTransform::fromScale(scale, scale)
           * QTransform::fromTranslate(fitted.left(), fitted.top());
}

QTransform BodyMapGeometry::normalisedToDevice(const QRectF& target) const
{
    const QRectF fitted = fittedRect(target);
    return QTransform::fromScale(fitted.width(), fitted.height())
           * QTransform::fromTranslate(fitted.left(), fitted.top());
}

const BodyRegion* BodyMapGeometry::regionAt(QPointF normalised) const
{
    const QPointF p = toArtwork(normalised);
    const QList<BodyRegion>& regions = m_artwork.regions();
    // Topmost first: the last drawn is the one a person sees.
    for (auto it = regions.crbegin(); it != regions.crend(); ++it) {
        if (it->bounds.contains(p) && it->outline.containsPoint(p, Qt::OddEvenFill))
            return &*it;
    }
    return nullptr;
}

bool BodyMapGeometry::isOnBody(QPointF normalised) const
{
    return m_artwork.bodyOutline().contains(toArtwork(normalised));
}

QList<QList<QPointF>> BodyMapGeometry::shadedOutlines(const QList<QPointF>& stroke,
                                                      double radius) const
{
    if (stroke.isEmpty() || radius <= 0)
        return {};
    // In artwork units the brush is round; in normalised ones it would be an ellipse.
    QPainterPath brushed;
    if (stroke.size() == 1) {
        brushed.addEllipse(toArtwork(stroke.first()), radius, radius);
    } else {
        QPainterPath line(toArtwork(stroke.first()));
        for (qsizetype i = 1; i < stroke.size(); ++i)
            line.lineTo(toArtwork(stroke.at(i)));
        QPainterPathStroker stroker;
        stroker.setWidth(2 * radius);
        stroker.setCapStyle(Qt::RoundCap);
        stroker.setJoinStyle(Qt::RoundJoin);
        brushed = stroker.createStroke(line);
    }
    const QPainterPath onBody = brushed.intersected(m_artwork.bodyOutline()).simplified();

    QList<QList<QPointF>> outlines;
    for (const QPolygonF& polygon : onBody.toFillPolygons()) {
        QPolygonF corners = polygon;
        if (corners.size() > 1 && corners.first() == corners.last())
            corners.removeLast();
        if (corners.size() < PainArea::MinCorners)
            continue;
        // Keep every n-th corner of a long outline: the brush's curves need no more.
        const qsizetype step = (corners.size() + PainArea::MaxCorners - 1) / PainArea::MaxCorners;
        QList<QPointF> outline;
        for (qsizetype i = 0; i < corners.size(); i += step) {
            const QPointF p = toNormalised(corners.at(i));
            outline.append(QPointF(std::clamp(p.x(), 0.0, 1.0), std::clamp(p.y(), 0.0, 1.0)));
        }
        if (outline.size() >= PainArea::MinCorners)
            outlines.append(outline);
    }
    return outlines;
}

BodySide BodyMapGeometry::sideAt(QPointF normalised) const
{
    const bool viewersRight = normalised.x() > 0.5;
    const bool front = m_artwork.view() == BodyView::Anterior;
    return viewersRight == front ? BodySide::Left : BodySide::Right;
}

std::optional<QPointF> BodyMapGeometry::interiorPoint(const MuscleId& muscle, BodySide side) const
{
    const BodyRegion* region = m_artwork.region(muscle, side);
    if (!region)
        return std::nullopt;
    // The sample point farthest from the edge, on a grid over the bounding box, that this
    // region owns (not covered by a region drawn over it). Cheap enough: done once per click.
    constexpr int Steps = 24;
    const QRectF b = region->bounds;
    std::optional<QPointF> best;
    double bestDistance = -1;
    for (int i = 1; i < Steps; ++i) {
        for (int j = 1; j < Steps; ++j) {
            const QPointF p(b.left() + b.width() * i / Steps, b.top() + b.height() * j / Steps);
            if (!region->outline.containsPoint(p, Qt::OddEvenFill)
                || regionAt(toNormalised(p)) != region)
                continue;
            const double d = distanceToEdge(region->outline, p);
            if (d > bestDistance) {
                bestDistance = d;
                best = toNormalised(p);
            }
        }
    }
    return best;
}

} // namespace needlechart
