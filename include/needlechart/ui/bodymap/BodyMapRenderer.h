#pragma once

#include "needlechart/domain/session/TriggerPoint.h"
#include "needlechart/ui/bodymap/BodyMapRenderState.h"

#include <QByteArray>
#include <QColor>
#include <QFont>
#include <QList>
#include <QPointF>
#include <QRectF>

#include <memory>
#include <optional>

class QPainter;
class QSvgRenderer;

namespace needlechart {

class BodyMapGeometry;

// Paints one view of the body map onto any QPainter (a widget, a QImage, a QPdfWriter or a
// QPrinter): the artwork fitted into the target, the hovered muscle highlighted, and the
// trigger points of that view as numbered markers, the selected one ringed, and optionally
// earlier sessions' points as faint rings under them, and optionally a heat map tinting each
// muscle region by how often it was needled. Everything is
// vector painting with antialiasing, so it is crisp at any size and device pixel ratio, and no
// widget is needed. Also answers which marker lies under a point, from the same layout.
//
// On raster devices (widgets, QImage, QPixmap) without rotation, the artwork and each marker
// are drawn once at the device's resolution and then blitted, which keeps a full repaint with
// hundreds of points fast (bench/BodyMapBench.cpp); on other devices (PDF, printers) all is
// painted as vectors. These caches, and one parsed QSvgRenderer per artwork, make the
// renderer not thread-safe: give each thread its own.
class BodyMapRenderer {
public:
    BodyMapRenderer();
    ~BodyMapRenderer();
    BodyMapRenderer(const BodyMapRenderer&) = delete;
    BodyMapRenderer& operator=(const BodyMapRenderer&) = delete;

    // The fill of a trigger-point marker, for legends (and tests that look for markers).
    [[nodiscard]] static QColor markerColor();
    // The ring of an earlier session's point (BodyMapRenderState::history); translucent.
    [[nodiscard]] static QColor historyColor();
    // The tint of the most needled region of a heat map (BodyMapRenderState::heatMap); others
    // are more transparent in proportion.
    [[nodiscard]] static QColor heatColor();
    // The fill of the warning triangle beside a point on a high-risk muscle
    // (Muscle::isHighRisk()).
    [[nodiscard]] static QColor cautionColor();
    // The colour of a kind of symptom in the pain drawing, opaque; and the hatching drawn over
    // its translucent fill, so kinds are told apart without colour too (Qt::NoBrush for none).
    [[nodiscard]] static QColor painColor(PainType type);
    [[nodiscard]] static Qt::BrushStyle painHatching(PainType type);
    // Paints one pain area as paint() does, mapped by `toDevice` (normalised -> device); a
    // ghost is an earlier visit's, faint and dashed. For the pain drawing's legend and tools.
    static void paintPainArea(QPainter& painter, const PainArea& area, const QTransform& toDevice,
                              bool ghost = false);

    void paint(QPainter& painter, const QRectF& target, const BodyMapGeometry& geometry,
               const BodyMapRenderState& state) const;

    // The marker under `position` (in the target's units), the topmost one if markers overlap,
    // or nullopt. A marker is hit within its radius.
    [[nodiscard]] std::optional<TriggerPointKey> markerAt(QPointF position, const QRectF& target,
                                                          const BodyMapGeometry& geometry,
                                                          const BodyMapRenderState& state) const;
    // The point whose warning triangle lies under `position`, or nullopt (never without
    // state.catalogue).
    [[nodiscard]] std::optional<TriggerPointKey>
    cautionMarkerAt(QPointF position, const QRectF& target, const BodyMapGeometry& geometry,
                    const BodyMapRenderState& state) const;

private:
    struct CachedSvg;
    struct MarkerSprites;
    struct HeatLayer;

    CachedSvg& cachedSvg(const QByteArray& svg) const;
    void paintArtwork(QPainter& painter, const QRectF& fitted, const QRectF& visible,
                      CachedSvg& cached, double deviceScale) const;
    MarkerSprites& markerSprites(const BodyMapRenderState& state, double deviceScale,
                                 const QFont& font) const;
    void paintHeatMap(QPainter& painter, const QRectF& target, const BodyMapGeometry& geometry,
                      const BodyMapRenderState& state, double deviceScale) const;
    void paintHistoryRingAt(QPainter& painter, QPointF centre, const BodyMapRenderState& state,
                            double deviceScale) const;
    void paintMarkerAt(QPainter& painter, QPointF centre, const BodyMapRenderState& state,
                       int number, bool selected, bool carried, double deviceScale) const;

    // The artwork's SVG bytes are kept with each renderer: they share data with the artwork,
    // and holding them keeps that buffer's address from being reused by another drawing.
    mutable QList<std::shared_ptr<CachedSvg>> m_svgCache;
    mutable std::unique_ptr<MarkerSprites> m_markerSprites;
    mutable std::unique_ptr<HeatLayer> m_heatLayer;
};

} // namespace needlechart
