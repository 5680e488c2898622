#include "needlechart/ui/BodyMapRenderer.h"

#include "needlechart/domain/TriggerPointSet.h"
#include "needlechart/ui/BodyMapArtwork.h"
#include "needlechart/ui/BodyMapGeometry.h"

#include <QFont>
#include <QHash>
#include <QImage>
#include <QPaintEngine>
#include <QPainter>
#include <QSvgRenderer>

#include <cmath>

namespace needlechart {
namespace {

// Marker colours chosen to stand out from the artwork's skin and muscle tones (pinks and reds)
// and from each other: a deep blue disc, a white edge and number, an amber ring for selection.
const QColor MarkerFill(0x1d, 0x4e, 0x89);
const QColor MarkerEdge(Qt::white);
const QColor MarkerText(Qt::white);
const QColor SelectionRing(0xf2, 0xa9, 0x00);
const QColor SelectionRingEdge(0x20, 0x20, 0x20);
const QColor HoverFill(0x2a, 0x6e, 0xdc, 80);
const QColor HoverEdge(0x2a, 0x6e, 0xdc, 200);

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

void paintMarker(QPainter& painter, QPointF centre, double radius, int number, bool selected,
                 const QFont& baseFont)
{
    if (selected) {
        const double ringWidth = selectionRingWidth(radius);
        const double ringRadius = radius + ringWidth * 0.9;
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(SelectionRingEdge, ringWidth + 2.0));
        painter.drawEllipse(centre, ringRadius, ringRadius);
        painter.setPen(QPen(SelectionRing, ringWidth));
        painter.drawEllipse(centre, ringRadius, ringRadius);
    }
    painter.setPen(QPen(MarkerEdge, std::max(1.0, radius * 0.16)));
    painter.setBrush(MarkerFill);
    painter.drawEllipse(centre, radius, radius);

    const QString text = QString::number(number);
    painter.setFont(numberFont(baseFont, radius, text.size()));
    painter.setPen(MarkerText);
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
};

BodyMapRenderer::BodyMapRenderer() = default;
BodyMapRenderer::~BodyMapRenderer() = default;

QColor BodyMapRenderer::markerColor()
{
    return MarkerFill;
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

void BodyMapRenderer::paintArtwork(QPainter& painter, const QRectF& fitted, CachedSvg& cached,
                                   double deviceScale) const
{
    if (deviceScale <= 0) {
        cached.renderer.render(&painter, fitted);
        return;
    }
    const QRectF deviceRect = painter.deviceTransform().mapRect(fitted);
    const QPoint origin(static_cast<int>(std::floor(deviceRect.left())),
                        static_cast<int>(std::floor(deviceRect.top())));
    const QRectF placement = deviceRect.translated(-QPointF(origin));
    if (cached.raster.isNull() || cached.rasterPlacement != placement) {
        const QSize size(static_cast<int>(std::ceil(placement.right())),
                         static_cast<int>(std::ceil(placement.bottom())));
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

void BodyMapRenderer::paintMarkerAt(QPainter& painter, QPointF centre,
                                    const BodyMapRenderState& state, int number, bool selected,
                                    double deviceScale) const
{
    if (deviceScale <= 0) {
        paintMarker(painter, centre, state.markerRadius, number, selected, painter.font());
        return;
    }
    if (!m_markerSprites)
        m_markerSprites = std::make_unique<MarkerSprites>();
    MarkerSprites& sprites = *m_markerSprites;
    if (sprites.radius != state.markerRadius || sprites.deviceScale != deviceScale
        || sprites.font != painter.font() || sprites.images.size() > 4096) {
        sprites.images.clear();
        sprites.radius = state.markerRadius;
        sprites.deviceScale = deviceScale;
        sprites.font = painter.font();
    }
    const double half = spriteHalfExtent(state.markerRadius) * deviceScale;
    const int side = static_cast<int>(std::ceil(2 * half));
    const qint64 spriteKey = qint64(number) * 2 + (selected ? 1 : 0);
    auto found = sprites.images.find(spriteKey);
    if (found == sprites.images.end()) {
        QImage sprite(side, side, QImage::Format_ARGB32_Premultiplied);
        sprite.fill(Qt::transparent);
        QPainter spritePainter(&sprite);
        spritePainter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
        spritePainter.scale(deviceScale, deviceScale);
        paintMarker(spritePainter, QPointF(side, side) / (2 * deviceScale), state.markerRadius,
                    number, selected, sprites.font);
        spritePainter.end();
        sprite.setDevicePixelRatio(deviceScale);
        found = sprites.images.insert(spriteKey, sprite);
    }
    const QPointF deviceCentre = painter.deviceTransform().map(centre);
    const QPoint origin(static_cast<int>(std::lround(deviceCentre.x() - side / 2.0)),
                        static_cast<int>(std::lround(deviceCentre.y() - side / 2.0)));
    blit(painter, origin, *found);
}

void BodyMapRenderer::paint(QPainter& painter, const QRectF& target,
                            const BodyMapGeometry& geometry, const BodyMapRenderState& state) const
{
    const BodyMapArtwork& artwork = geometry.artwork();
    painter.save();
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing
                           | QPainter::SmoothPixmapTransform);
    const double deviceScale = rasterDeviceScale(painter);

    paintArtwork(painter, geometry.fittedRect(target), cachedSvg(artwork.svg()), deviceScale);

    if (const BodyRegion* hovered = findRegion(artwork, state.hoveredRegionId)) {
        painter.setPen(QPen(HoverEdge, 1.5));
        painter.setBrush(HoverFill);
        painter.drawPath(geometry.artworkToDevice(target).map(hovered->path));
    }

    if (state.points) {
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
            paintMarkerAt(painter, toDevice.map(point.position), state, number, false, deviceScale);
        }
        if (selected)
            paintMarkerAt(painter, toDevice.map(selected->position), state, selectedNumber, true,
                          deviceScale);
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

} // namespace needlechart
