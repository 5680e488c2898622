#include "needlechart/ui/BodyMapViewport.h"

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
    return true;
}

void BodyMapViewport::panBy(QPointF delta)
{
    if (m_zoom == MinZoom)
        return;
    m_offset += delta;
}

void BodyMapViewport::reset()
{
    m_zoom = MinZoom;
    m_offset = QPointF();
}

} // namespace needlechart
