#include "needlechart/ui/bodymap/BodyMapRenderer.h"

#include "needlechart/domain/bodymap/MuscleCatalogue.h"
#include "needlechart/domain/session/TriggerPointSet.h"
#include "needlechart/ui/bodymap/BodyMapArtwork.h"
#include "needlechart/ui/bodymap/BodyMapGeometry.h"

#include "common/Theme.h"

#include <QFont>
#include <QHash>
#include <QImage>
#include <QPaintEngine>
#include <QPainter>
#include <QPolygonF>
#include <QSvgRenderer>

#include <algorithm>
#include <cmath>

namespace needlechart {
namespace {

// The marker colours are Theme roles (Marker*, HeatTint, CautionMarker*).
using Role = Theme::Role;
// Heat map: the most needled region gets HeatMaxAlpha of Role::HeatTint, a region needled once
// still at least HeatMinAlpha so it is seen at all.
constexpr int HeatMaxAlpha = 170;
constexpr int HeatMinAlpha = 35;

// The warning triangle beside a marker at `centre`: up and to the right of the disc,
// overlapping its edge, about as wide as the disc's radius.
QPolygonF cautionTriangle(QPointF centre, double radius)
{
    const QPointF middle = centre + QPointF(radius * 0.95, -radius * 0.95);
    const double side = radius * 1.1;
    return QPolygonF({middle + QPointF(0, -side * 0.55), middle + QPointF(side / 2, side * 0.45),
                      middle + QPointF(-side / 2, side * 0.45)});
}

// Tints each region of `artwork` with a count in `counts`, mapped by `toDevice`.
void paintHeatRegions(QPainter& painter, const BodyMapArtwork& artwork,
                      const QHash<QString, int>& counts, const QTransform& toDevice)
{
    int most = 0;
    for (const int count : counts)
        most = std::max(most, count);
    if (most <= 0)
        return;
    painter.setPen(Qt::NoPen);
    for (const BodyRegion& region : artwork.regions()) {
        const int count = counts.value(region.id);
        if (count <= 0)
            continue;
        QColor tint = Theme::color(Role::HeatTint);
        tint.setAlpha(std::max(HeatMinAlpha, HeatMaxAlpha * count / most));
        painter.setBrush(tint);
        painter.drawPath(toDevice.map(region.path));
    }
}

bool hasCautionMarker(const TriggerPoint& point, const BodyMapRenderState& state)
{
    if (!state.catalogue)
        return false;
    const Muscle* muscle = state.catalogue->find(point.muscleId);
    return muscle && (muscle->isHighRisk() || (muscle->cautionKinds & state.emphasisedCautions));
}

const BodyRegion* findRegion(const BodyMapArtwork& artwork, const QString& id)
{
    if (id.isEmpty())
        return nullptr;
    for (const BodyRegion& region : artwork.regions()) {
        if (region.id == id)
            return &region;
    }
    return nullptr;
}

// Numbers of up to two digits fill most of the disc; longer ones are set smaller to fit.
QFont numberFont(const QFont& base, double radius, qsizetype digits)
{
    const double scale = digits <= 1 ? 1.15 : digits == 2 ? 1.0 : 0.75;
    QFont font(base);
    font.setBold(true);
    font.setPixelSize(std::max(1, static_cast<int>(std::lround(radius * scale))));
    return font;
}

double selectionRingWidth(double radius)
{
    return std::max(1.5, radius * 0.3);
}

// A carried point (copied or from a template, not yet confirmed) is drawn inverted with a
// dashed edge: a proposal, told apart from today's points at a glance.
void paintMarker(QPainter& painter, QPointF centre, double radius, int number, bool selected,
                 bool carried, const QFont& baseFont)
{
    if (selected) {
        const double ringWidth = selectionRingWidth(radius);
        const double ringRadius = radius + ringWidth * 0.9;
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(Theme::color(Role::MarkerSelectionRingEdge), ringWidth + 2.0));
        painter.drawEllipse(centre, ringRadius, ringRadius);
        painter.setPen(QPen(Theme::color(Role::MarkerSelectionRing), ringWidth));
        painter.drawEllipse(centre, ringRadius, ringRadius);
    }
    if (carried) {
        painter.setPen(
            QPen(Theme::color(Role::MarkerFill), std::max(1.0, radius * 0.18), Qt::DashLine));
        painter.setBrush(Theme::color(Role::MarkerText));
    } else {
        painter.setPen(QPen(Theme::color(Role::MarkerEdge), std::max(1.0, radius * 0.16)));
        painter.setBrush(Theme::color(Role::MarkerFill));
    }
    painter.drawEllipse(centre, radius, radius);

    const QString text = QString::number(number);
    painter.setFont(numberFont(baseFont, radius, text.size()));
    painter.setPen(Theme::color(carried ? Role::MarkerFill : Role::MarkerText));
    painter.drawText(QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius),
                     Qt::AlignCenter, text);
}

// Enough room around a marker's centre for its edge and the selection ring.
double spriteHalfExtent(double radius)
{
    return radius + selectionRingWidth(radius) * 1.4 + 2.0;
}

// The scale from logical units to device pixels if the painter draws on a raster device
// without rotation or shear, the same across as down; 0 otherwise (paint as vectors).
double rasterDeviceScale(const QPainter& painter)
{
    if (!painter.paintEngine() || painter.paintEngine()->type() != QPaintEngine::Raster)
        return 0;
    const QTransform device = painter.deviceTransform();
    if (device.type() > QTransform::TxScale || device.m11() <= 0
        || !qFuzzyCompare(device.m11(), device.m22()))
        return 0;
    return device.m11();
}

// Draws `image`, made at `deviceScale`, with its top-left corner on the device pixel `origin`.
void blit(QPainter& painter, QPoint origin, const QImage& image)
{
    const QPointF logical = painter.deviceTransform().inverted().map(QPointF(origin));
    painter.drawImage(logical, image);
}

} // namespace

struct BodyMapRenderer::CachedSvg {
    QByteArray svg;
    QSvgRenderer renderer;
    // The artwork drawn for raster devices at one size in device pixels, and at one offset
    // within its first pixel, so that moving the target by whole pixels (scrolling) reuses it.
    QRectF rasterPlacement; // the fitted rectangle in device pixels, moved into the first pixel
    QImage raster;
};

// Each marker drawn once, at one radius, device scale and font, keyed by number and selection.
struct BodyMapRenderer::MarkerSprites {
    double radius = 0;
    double deviceScale = 0;
    QFont font;
    QHash<qint64, QImage> images;
    QImage historyRing; // an earlier session's ring, at the same radius and device scale
};

// The heat map drawn for raster devices, for one set of counts and one device placement.
struct BodyMapRenderer::HeatLayer {
    QHash<QString, int> counts;
    QTransform toImage; // artwork -> the image's pixels
    QImage image;
};

BodyMapRenderer::BodyMapRenderer() = default;
BodyMapRenderer::~BodyMapRenderer() = default;

QColor BodyMapRenderer::markerColor()
{
    return Theme::color(Role::MarkerFill);
}

QColor BodyMapRenderer::heatColor()
{
    QColor colour = Theme::color(Role::HeatTint);
    colour.setAlpha(HeatMaxAlpha);
    return colour;
}

QColor BodyMapRenderer::painColor(PainType type)
{
    switch (type) {
    case PainType::Ache: return Theme::color(Role::PainAche);
    case PainType::Burning: return Theme::color(Role::PainBurning);
    case PainType::PinsAndNeedles: return Theme::color(Role::PainPinsAndNeedles);
    case PainType::Numbness: return Theme::color(Role::PainNumbness);
    }
    return Theme::color(Role::PainAche);
}

Qt::BrushStyle BodyMapRenderer::painHatching(PainType type)
{
    switch (type) {
    case PainType::Ache: return Qt::NoBrush;
    case PainType::Burning: return Qt::DiagCrossPattern;
    case PainType::PinsAndNeedles: return Qt::Dense6Pattern;
    case PainType::Numbness: return Qt::BDiagPattern;
    }
    return Qt::NoBrush;
}

void BodyMapRenderer::paintPainArea(QPainter& painter, const PainArea& area,
                                    const QTransform& toDevice, bool ghost)
{
    if (area.outline.size() < PainArea::MinCorners)
        return;
    QPolygonF polygon;
    polygon.reserve(area.outline.size());
    for (const QPointF& p : area.outline)
        polygon.append(toDevice.map(p));
    const QColor colour = painColor(area.type);
    painter.save();
    if (ghost) {
        QPen pen(colour, 1.5, Qt::DashLine);
        pen.setCosmetic(true);
        painter.setPen(pen);
        QColor fill = colour;
        fill.setAlpha(28);
        painter.setBrush(fill);
        painter.drawPolygon(polygon, Qt::OddEvenFill);
        painter.restore();
        return;
    }
    // 1/10 is still plainly seen, 10/10 stays translucent enough to show the muscles beneath.
    QColor fill = colour;
    fill.setAlpha(50
                  + (area.intensity - PainArea::MinIntensity) * 120
                        / (PainArea::MaxIntensity - PainArea::MinIntensity));
    QPen edge(colour, 1.5);
    edge.setCosmetic(true);
    painter.setPen(edge);
    painter.setBrush(fill);
    painter.drawPolygon(polygon, Qt::OddEvenFill);
    if (const Qt::BrushStyle hatching = painHatching(area.type); hatching != Qt::NoBrush) {
        painter.setPen(Qt::NoPen);
        QColor lines = colour.darker(130);
        lines.setAlpha(200);
        painter.setBrush(QBrush(lines, hatching));
        painter.drawPolygon(polygon, Qt::OddEvenFill);
    }
    painter.restore();
}

QColor BodyMapRenderer::cautionColor()
{
    return Theme::color(Role::CautionMarkerFill);
}

QColor BodyMapRenderer::historyColor()
{
    return Theme::color(Role::MarkerHistoryRing);
}

BodyMapRenderer::CachedSvg& BodyMapRenderer::cachedSvg(const QByteArray& svg) const
{
    for (const auto& cached : m_svgCache) {
        if (cached->svg.constData() == svg.constData() && cached->svg.size() == svg.size())
            return *cached;
    }
    auto cached = std::make_shared<CachedSvg>();
    cached->svg = svg;
    cached->renderer.load(svg);
    m_svgCache.append(cached);
    return *cached;
}

void BodyMapRenderer::paintArtwork(QPainter& painter, const QRectF& fitted, const QRectF& visible,
                                   CachedSvg& cached, double deviceScale) const
{
    if (deviceScale <= 0) {
        cached.renderer.render(&painter, fitted);
        return;
    }
    const QRectF deviceRect = painter.deviceTransform().mapRect(fitted);
    // Zoomed in, only the part of the artwork that shows is rasterised (an 8x view would
    // otherwise make an image 64 times the widget's area).
    const QRectF shown = visible.isEmpty()
                             ? deviceRect
                             : deviceRect.intersected(painter.deviceTransform().mapRect(visible));
    if (shown.isEmpty())
        return;
    const QPoint origin(static_cast<int>(std::floor(shown.left())),
                        static_cast<int>(std::floor(shown.top())));
    const QRectF placement = deviceRect.translated(-QPointF(origin));
    const QSize size(static_cast<int>(std::ceil(shown.right() - origin.x())),
                     static_cast<int>(std::ceil(shown.bottom() - origin.y())));
    if (cached.raster.isNull() || cached.rasterPlacement != placement
        || cached.raster.size() != size) {
        cached.raster = QImage(size, QImage::Format_ARGB32_Premultiplied);
        cached.raster.fill(Qt::transparent);
        QPainter imagePainter(&cached.raster);
        imagePainter.setRenderHints(QPainter::Antialiasing | QPainter::SmoothPixmapTransform);
        cached.renderer.render(&imagePainter, placement);
        imagePainter.end();
        cached.raster.setDevicePixelRatio(deviceScale);
        cached.rasterPlacement = placement;
    }
    blit(painter, origin, cached.raster);
}

BodyMapRenderer::MarkerSprites& BodyMapRenderer::markerSprites(const BodyMapRenderState& state,
                                                               double deviceScale,
                                                               const QFont& font) const
{
    if (!m_markerSprites)
        m_markerSprites = std::make_unique<MarkerSprites>();
    MarkerSprites& sprites = *m_markerSprites;
    if (sprites.radius != state.markerRadius || sprites.deviceScale != deviceScale
        || sprites.font != font || sprites.images.size() > 4096) {
        sprites.images.clear();
        sprites.historyRing = QImage();
        sprites.radius = state.markerRadius;
        sprites.deviceScale = deviceScale;
        sprites.font = font;
    }
    return sprites;
}

void BodyMapRenderer::paintMarkerAt(QPainter& painter, QPointF centre,
                                    const BodyMapRenderState& state, int number, bool selected,
                                    bool carried, double deviceScale) const
{
    if (deviceScale <= 0) {
        paintMarker(painter, centre, state.markerRadius, number, selected, carried, painter.font());
        return;
    }
    MarkerSprites& sprites = markerSprites(state, deviceScale, painter.font());
    const double half = spriteHalfExtent(state.markerRadius) * deviceScale;
    const int side = static_cast<int>(std::ceil(2 * half));
    const qint64 spriteKey = qint64(number) * 4 + (selected ? 1 : 0) + (carried ? 2 : 0);
    auto found = sprites.images.find(spriteKey);
    if (found == sprites.images.end()) {
        QImage sprite(side, side, QImage::Format_ARGB32_Premultiplied);
        sprite.fill(Qt::transparent);
        QPainter spritePainter(&sprite);
        spritePainter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
        spritePainter.scale(deviceScale, deviceScale);
        paintMarker(spritePainter, QPointF(side, side) / (2 * deviceScale), state.markerRadius,
                    number, selected, carried, sprites.font);
        spritePainter.end();
        sprite.setDevicePixelRatio(deviceScale);
        found = sprites.images.insert(spriteKey, sprite);
    }
    const QPointF deviceCentre = painter.deviceTransform().map(centre);
    const QPoint origin(static_cast<int>(std::lround(deviceCentre.x() - side / 2.0)),
                        static_cast<int>(std::lround(deviceCentre.y() - side / 2.0)));
    blit(painter, origin, *found);
}

void BodyMapRenderer::paintHistoryRingAt(QPainter& painter, QPointF centre,
                                         const BodyMapRenderState& state, double deviceScale) const
{
    const double radius = state.markerRadius * 0.8;
    const auto paintRing = [&](QPainter& target, QPointF at) {
        target.setPen(
            QPen(Theme::color(Role::MarkerHistoryRing), std::max(1.5, state.markerRadius * 0.25)));
        target.setBrush(Qt::NoBrush);
        target.drawEllipse(at, radius, radius);
    };
    if (deviceScale <= 0) {
        paintRing(painter, centre);
        return;
    }
    // Antialiased translucent strokes are slow (300 rings took 10 ms): draw one, blit the rest.
    MarkerSprites& sprites = markerSprites(state, deviceScale, painter.font());
    const int side =
        static_cast<int>(std::ceil(2 * spriteHalfExtent(state.markerRadius) * deviceScale));
    if (sprites.historyRing.isNull()) {
        QImage sprite(side, side, QImage::Format_ARGB32_Premultiplied);
        sprite.fill(Qt::transparent);
        QPainter spritePainter(&sprite);
        spritePainter.setRenderHints(QPainter::Antialiasing);
        spritePainter.scale(deviceScale, deviceScale);
        paintRing(spritePainter, QPointF(side, side) / (2 * deviceScale));
        spritePainter.end();
        sprite.setDevicePixelRatio(deviceScale);
        sprites.historyRing = sprite;
    }
    const QPointF deviceCentre = painter.deviceTransform().map(centre);
    const QPoint origin(static_cast<int>(std::lround(deviceCentre.x() - side / 2.0)),
                        static_cast<int>(std::lround(deviceCentre.y() - side / 2.0)));
    blit(painter, origin, sprites.historyRing);
}

void BodyMapRenderer::paintHeatMap(QPainter& painter, const QRectF& target,
                                   const BodyMapGeometry& geometry, const BodyMapRenderState& state,
                                   double deviceScale) const
{
    const BodyMapArtwork& artwork = geometry.artwork();
    if (deviceScale <= 0) {
        paintHeatRegions(painter, artwork, *state.heatMap, geometry.artworkToDevice(target));
        return;
    }
    // Filling every region antialiased took 3 to 5 ms per repaint: draw the layer once per set
    // of counts and placement, and blit it, clipped to what shows like the artwork.
    const QRectF deviceRect = painter.deviceTransform().mapRect(geometry.fittedRect(target));
    const QRectF shown =
        state.visibleRect.isEmpty()
            ? deviceRect
            : deviceRect.intersected(painter.deviceTransform().mapRect(state.visibleRect));
    if (shown.isEmpty())
        return;
    const QPoint origin(static_cast<int>(std::floor(shown.left())),
                        static_cast<int>(std::floor(shown.top())));
    const QSize size(static_cast<int>(std::ceil(shown.right() - origin.x())),
                     static_cast<int>(std::ceil(shown.bottom() - origin.y())));
    const QTransform toImage = geometry.artworkToDevice(target) * painter.deviceTransform()
                               * QTransform::fromTranslate(-origin.x(), -origin.y());
    if (!m_heatLayer)
        m_heatLayer = std::make_unique<HeatLayer>();
    HeatLayer& layer = *m_heatLayer;
    if (layer.image.isNull() || layer.image.size() != size || layer.toImage != toImage
        || layer.counts != *state.heatMap) {
        layer.image = QImage(size, QImage::Format_ARGB32_Premultiplied);
        layer.image.fill(Qt::transparent);
        QPainter imagePainter(&layer.image);
        imagePainter.setRenderHints(QPainter::Antialiasing);
        paintHeatRegions(imagePainter, artwork, *state.heatMap, toImage);
        imagePainter.end();
        layer.image.setDevicePixelRatio(deviceScale);
        layer.toImage = toImage;
        layer.counts = *state.heatMap;
    }
    blit(painter, origin, layer.image);
}

void BodyMapRenderer::paint(QPainter& painter, const QRectF& target,
                            const BodyMapGeometry& geometry, const BodyMapRenderState& state) const
{
    const BodyMapArtwork& artwork = geometry.artwork();
    painter.save();
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing
                           | QPainter::SmoothPixmapTransform);
    const double deviceScale = rasterDeviceScale(painter);

    paintArtwork(painter, geometry.fittedRect(target), state.visibleRect, cachedSvg(artwork.svg()),
                 deviceScale);

    if (state.heatMap && !state.heatMap->isEmpty())
        paintHeatMap(painter, target, geometry, state, deviceScale);

    if (state.catalogue && state.emphasisedCautions) {
        QPen dashed(Theme::color(Role::CautionMarkerFill), 2.0, Qt::DashLine);
        dashed.setCosmetic(true);
        painter.setPen(dashed);
        painter.setBrush(Qt::NoBrush);
        const QTransform toDevice = geometry.artworkToDevice(target);
        for (const BodyRegion& region : artwork.regions()) {
            const Muscle* muscle = state.catalogue->find(region.muscleId);
            if (muscle && (muscle->cautionKinds & state.emphasisedCautions))
                painter.drawPath(toDevice.map(region.path));
        }
    }

    if (state.earlierPainAreas || state.painAreas) {
        const QTransform toDevice = geometry.normalisedToDevice(target);
        if (state.earlierPainAreas) {
            for (const PainArea& area : *state.earlierPainAreas) {
                if (area.view == artwork.view())
                    paintPainArea(painter, area, toDevice, true);
            }
        }
        if (state.painAreas) {
            for (const PainArea& area : *state.painAreas) {
                if (area.view == artwork.view())
                    paintPainArea(painter, area, toDevice);
            }
        }
    }

    if (const BodyRegion* hovered = findRegion(artwork, state.hoveredRegionId)) {
        painter.setPen(QPen(Theme::color(Role::MarkerHoverEdge), 1.5));
        painter.setBrush(Theme::color(Role::MarkerHoverFill));
        painter.drawPath(geometry.artworkToDevice(target).map(hovered->path));
    }

    if (state.history) {
        // Hollow, no number, a little smaller than a marker: where was needled before, without
        // competing with today's points.
        const QTransform toDevice = geometry.normalisedToDevice(target);
        for (const TriggerPoint& point : *state.history) {
            if (point.view == artwork.view())
                paintHistoryRingAt(painter, toDevice.map(point.position), state, deviceScale);
        }
    }

    if (state.points) {
        painter.setOpacity(std::clamp(state.pointOpacity, 0.0, 1.0));
        const QTransform toDevice = geometry.normalisedToDevice(target);
        const TriggerPoint* selected = nullptr;
        int number = 0;
        int selectedNumber = 0;
        for (const TriggerPoint& point : state.points->points()) {
            ++number; // numbered across both views, as in the session's point table
            if (point.view != artwork.view())
                continue;
            if (state.selected == point.key) {
                selected = &point; // drawn last, over its neighbours
                selectedNumber = number;
                continue;
            }
            paintMarkerAt(painter, toDevice.map(point.position), state, number, false,
                          point.isCarried(), deviceScale);
        }
        if (selected)
            paintMarkerAt(painter, toDevice.map(selected->position), state, selectedNumber, true,
                          selected->isCarried(), deviceScale);
        if (state.catalogue) {
            painter.setPen(QPen(Theme::color(Role::CautionMarkerEdge), 1.0));
            painter.setBrush(Theme::color(Role::CautionMarkerFill));
            for (const TriggerPoint& point : state.points->points()) {
                if (point.view == artwork.view() && hasCautionMarker(point, state))
                    painter.drawPolygon(
                        cautionTriangle(toDevice.map(point.position), state.markerRadius));
            }
        }
    }
    painter.restore();
}

std::optional<TriggerPointKey> BodyMapRenderer::markerAt(QPointF position, const QRectF& target,
                                                         const BodyMapGeometry& geometry,
                                                         const BodyMapRenderState& state) const
{
    if (!state.points)
        return std::nullopt;
    const QTransform toDevice = geometry.normalisedToDevice(target);
    const auto hits = [&](const TriggerPoint& point) {
        const QPointF d = toDevice.map(point.position) - position;
        return point.view == geometry.artwork().view()
               && std::hypot(d.x(), d.y()) <= state.markerRadius;
    };
    // The selected marker is drawn on top, then later points over earlier ones.
    if (state.selected) {
        const TriggerPoint* selected = state.points->find(*state.selected);
        if (selected && hits(*selected))
            return selected->key;
    }
    const QList<TriggerPoint>& points = state.points->points();
    for (auto it = points.crbegin(); it != points.crend(); ++it) {
        if (hits(*it))
            return it->key;
    }
    return std::nullopt;
}

std::optional<TriggerPointKey>
BodyMapRenderer::cautionMarkerAt(QPointF position, const QRectF& target,
                                 const BodyMapGeometry& geometry,
                                 const BodyMapRenderState& state) const
{
    if (!state.points || !state.catalogue)
        return std::nullopt;
    const QTransform toDevice = geometry.normalisedToDevice(target);
    const QList<TriggerPoint>& points = state.points->points();
    for (auto it = points.crbegin(); it != points.crend(); ++it) {
        if (it->view == geometry.artwork().view() && hasCautionMarker(*it, state)
            && cautionTriangle(toDevice.map(it->position), state.markerRadius)
                   .containsPoint(position, Qt::OddEvenFill))
            return it->key;
    }
    return std::nullopt;
}

} // namespace needlechart
