#include "needlechart/ui/bodymap/BodyMapViewport.h"

#include <algorithm>

namespace needlechart {

QTransform BodyMapViewport::transform() const
{
    return QTransform(m_zoom, 0, 0, m_zoom, m_offset.x(), m_offset.y());
}

QPointF BodyMapViewport::map(QPointF fitted) const
{
    return fitted * m_zoom + m_offset;
}

QRectF BodyMapViewport::map(const QRectF& fitted) const
{
    return QRectF(map(fitted.topLeft()), fitted.size() * m_zoom);
}

QPointF BodyMapViewport::unmap(QPointF shown) const
{
    return (shown - m_offset) / m_zoom;
}

bool BodyMapViewport::zoomAbout(QPointF anchor, double factor)
{
    const double zoom = std::clamp(m_zoom * factor, MinZoom, MaxZoom);
    if (zoom == m_zoom)
        return false;
    // The fitted point under the anchor must be shown at the anchor again.
    const QPointF fitted = unmap(anchor);
    m_zoom = zoom;
    m_offset = zoom == MinZoom ? QPointF() : anchor - fitted * m_zoom;
    clampOffset();
    return true;
}

void BodyMapViewport::panBy(QPointF delta)
{
    if (m_zoom == MinZoom)
        return;
    m_offset += delta;
    clampOffset();
}

void BodyMapViewport::setBounds(const QRectF& bounds)
{
    m_bounds = bounds;
    clampOffset();
}

void BodyMapViewport::clampOffset()
{
    if (m_bounds.isEmpty() || m_zoom == MinZoom)
        return;
    // map(bounds) covers bounds while offset lies in [right*(1-zoom), left*(1-zoom)] (and the
    // same down): neither edge of the zoomed layout comes inside the bounds.
    const double shrink = 1.0 - m_zoom; // negative when zoomed in
    m_offset.setX(std::clamp(m_offset.x(), m_bounds.right() * shrink, m_bounds.left() * shrink));
    m_offset.setY(std::clamp(m_offset.y(), m_bounds.bottom() * shrink, m_bounds.top() * shrink));
}

void BodyMapViewport::reset()
{
    m_zoom = MinZoom;
    m_offset = QPointF();
}

} // namespace needlechart
