#pragma once

#include <QPointF>
#include <QRectF>
#include <QTransform>

namespace needlechart {

// Zoom and pan of a body map view, applied on top of the fitted transform, with no widget
// involved. It maps the fitted layout (the artwork fitted into the widget, as BodyMapGeometry
// lays it out) to what is shown: scaled by zoom() about the origin, then moved by offset(), both
// in device pixels. Fitting keeps the aspect ratio and centres, which commutes with a uniform
// scale and a move, so a view zoomed and panned is simply the artwork fitted into the mapped
// target rectangle (map()); stored normalised positions never change.
//
// Zoom stays within MinZoom..MaxZoom; at 1x the figure is always centred again (offset zero).
// With bounds set (the widget's rectangle), panning and zooming out stop where an edge of the
// zoomed layout would come inside the bounds, so the figure can never be pushed off screen.
class BodyMapViewport {
public:
    static constexpr double MinZoom = 1.0;
    static constexpr double MaxZoom = 8.0;

    [[nodiscard]] double zoom() const { return m_zoom; }
    [[nodiscard]] QPointF offset() const { return m_offset; }
    [[nodiscard]] bool isFitted() const { return m_zoom == MinZoom && m_offset.isNull(); }

    // Fitted layout -> shown, and back.
    [[nodiscard]] QTransform transform() const;
    [[nodiscard]] QPointF map(QPointF fitted) const;
    [[nodiscard]] QRectF map(const QRectF& fitted) const;
    [[nodiscard]] QPointF unmap(QPointF shown) const;

    // Multiplies the zoom by `factor` (clamped), keeping the shown point `anchor` where it is.
    // False if the zoom did not change (already at a limit).
    bool zoomAbout(QPointF anchor, double factor);
    // Moves the view by `delta` shown pixels. Ignored at 1x, where the figure stays centred.
    void panBy(QPointF delta);
    // Back to the fitted view.
    void reset();
    // The fitted area that must stay covered by the zoomed one; an empty rectangle (the
    // default) clamps nothing. Setting it clamps the current offset at once.
    void setBounds(const QRectF& bounds);
    [[nodiscard]] QRectF bounds() const { return m_bounds; }

    friend bool operator==(const BodyMapViewport&, const BodyMapViewport&) = default;

private:
    void clampOffset();

    double m_zoom = MinZoom;
    QPointF m_offset;
    QRectF m_bounds;
};

} // namespace needlechart
