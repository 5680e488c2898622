#include "needlechart/ui/bodymap/BodyMapWidget.h"

#include "needlechart/domain/bodymap/MuscleCatalogue.h"
#include "needlechart/domain/session/PointPlace.h"
#include "needlechart/domain/session/TriggerPointSet.h"
#include "needlechart/ui/bodymap/BodyMapArtwork.h"
#include "needlechart/ui/bodymap/TriggerPointEditor.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMenu>
#include <QMouseEvent>
#include <QNativeGestureEvent>
#include <QPainter>
#include <QResizeEvent>
#include <QStyle>
#include <QStyleOptionFocusRect>
#include <QToolTip>
#include <QWheelEvent>

#include <cmath>
#include <utility>

namespace needlechart {
namespace {

// One arrow-key press moves a point this far, in artwork units (the figure is 1,600 tall), the
// same distance across as down; with Shift, five times as far.
constexpr double ArrowStep = 3.0;
constexpr double ArrowStepLarge = 15.0;
// One zoom step (a "+" key, a wheel notch of 120 eighths of a degree) multiplies the zoom by this.
constexpr double ZoomStep = 1.25;
// Within this fraction of a marker's radius of its centre, a click always takes the marker.
constexpr double MarkerCoreFraction = 0.6;

// "Infraspinatus, left", or the bare name of a muscle there is only one of.
QString placeText(const MuscleId& muscleId, BodySide side)
{
    const Muscle* muscle = MuscleCatalogue::builtIn().find(muscleId);
    const QString name = muscle ? muscle->name : muscleId;
    if (muscle && !muscle->bilateral)
        return name;
    return side == BodySide::Left ? BodyMapWidget::tr("%1, left").arg(name)
                                  : BodyMapWidget::tr("%1, right").arg(name);
}

} // namespace

BodyMapWidget::BodyMapWidget(const BodyMapArtwork& artwork, TriggerPointEditor& editor,
                             QWidget* parent)
    : QWidget(parent), m_artwork(artwork), m_editor(editor), m_geometry(artwork)
{
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setAccessibleName(artwork.view() == BodyView::Anterior ? tr("Body map, anterior view")
                                                           : tr("Body map, posterior view"));
    updateAccessibleDescription();
    connect(&m_editor, &TriggerPointEditor::changed, this, [this] { onPointsChanged(); });
}

void BodyMapWidget::setSelectedPoint(std::optional<TriggerPointKey> key)
{
    if (key) {
        const TriggerPoint* point = m_editor.points().find(*key);
        if (!point || point->view != m_artwork.view())
            key.reset();
    }
    if (key == m_selected)
        return;
    m_selected = key;
    updateAccessibleDescription();
    update();
    Q_EMIT selectionChanged();
}

QPointF BodyMapWidget::toWidget(QPointF normalised) const
{
    return m_geometry.normalisedToDevice(viewTarget()).map(normalised);
}

QPointF BodyMapWidget::toNormalised(QPointF widgetPosition) const
{
    return m_geometry.normalisedToDevice(viewTarget()).inverted().map(widgetPosition);
}

void BodyMapWidget::zoomAbout(QPointF anchor, double factor)
{
    m_viewport.setBounds(QRectF(rect()));
    if (!m_viewport.zoomAbout(anchor, factor))
        return;
    update();
    Q_EMIT viewportChanged();
}

void BodyMapWidget::zoomIn()
{
    zoomAbout(QRectF(rect()).center(), ZoomStep);
}

void BodyMapWidget::zoomOut()
{
    zoomAbout(QRectF(rect()).center(), 1 / ZoomStep);
}

void BodyMapWidget::fitToView()
{
    if (m_viewport.isFitted())
        return;
    m_viewport.reset();
    update();
    Q_EMIT viewportChanged();
}

void BodyMapWidget::setHistory(const QList<TriggerPoint>& history)
{
    m_history = history;
    update();
}

void BodyMapWidget::setTool(Tool tool)
{
    if (tool == m_tool)
        return;
    m_tool = tool;
    m_stroke.clear();
    if (tool != Tool::Points) {
        m_dragging.reset();
        setHoveredRegion(nullptr);
    }
    unsetCursor();
    update();
}

void BodyMapWidget::setPainDrawing(const QList<PainArea>& areas)
{
    if (areas == m_painAreas)
        return;
    m_painAreas = areas;
    update();
}

void BodyMapWidget::setEarlierPainDrawing(const QList<PainArea>& areas)
{
    m_earlierPain = areas;
    update();
}

void BodyMapWidget::setShowHistory(bool show)
{
    if (show == m_showHistory)
        return;
    m_showHistory = show;
    update();
}

void BodyMapWidget::setHeatMap(const QHash<QString, int>& counts)
{
    m_heatMap = counts;
    update();
}

void BodyMapWidget::setEmphasisedCautions(CautionKinds cautions)
{
    if (m_emphasisedCautions == cautions)
        return;
    m_emphasisedCautions = cautions;
    update();
}

void BodyMapWidget::setShowHeatMap(bool show)
{
    if (show == m_showHeatMap)
        return;
    m_showHeatMap = show;
    update();
}

QString BodyMapWidget::toolTipAt(QPointF widgetPosition) const
{
    const BodyMapRenderState state = renderState();
    auto key = m_renderer.markerAt(widgetPosition, viewTarget(), m_geometry, state);
    if (!key)
        key = m_renderer.cautionMarkerAt(widgetPosition, viewTarget(), m_geometry, state);
    const TriggerPoint* point = key ? m_editor.points().find(*key) : nullptr;
    if (!point)
        return {};
    QString text = tr("Point %1: %2")
                       .arg(m_editor.points().numberOf(point->key))
                       .arg(PointPlace::nameWithSide(*point, MuscleCatalogue::builtIn()));
    const Muscle* muscle = MuscleCatalogue::builtIn().find(point->muscleId);
    if (muscle && muscle->hasCaution())
        text += QLatin1Char('\n') + tr("Caution: %1").arg(muscle->caution);
    return text;
}

void BodyMapWidget::showPointToolTip(TriggerPointKey key)
{
    const TriggerPoint* point = m_editor.points().find(key);
    if (!point || point->view != m_artwork.view() || !isVisible())
        return;
    const QPointF at = toWidget(point->position);
    QToolTip::showText(mapToGlobal(at.toPoint()), toolTipAt(at), this);
}

QRectF BodyMapWidget::viewTarget() const
{
    return m_viewport.map(QRectF(rect()));
}

QSize BodyMapWidget::sizeHint() const
{
    return {350, 800};
}

QSize BodyMapWidget::minimumSizeHint() const
{
    return {120, 274};
}

BodyMapRenderState BodyMapWidget::renderState() const
{
    BodyMapRenderState state;
    state.points = &m_editor.points();
    state.selected = m_selected;
    state.hoveredRegionId = m_hoveredRegionId;
    state.visibleRect = QRectF(rect());
    state.catalogue = &MuscleCatalogue::builtIn();
    if (m_showHistory && !m_history.isEmpty())
        state.history = &m_history;
    if (m_showHeatMap && !m_heatMap.isEmpty())
        state.heatMap = &m_heatMap;
    if (!m_painAreas.isEmpty())
        state.painAreas = &m_painAreas;
    if (m_tool != Tool::Points)
        state.pointOpacity = PointOpacityWhileShading;
    if (m_showHistory && !m_earlierPain.isEmpty())
        state.earlierPainAreas = &m_earlierPain;
    state.emphasisedCautions = m_emphasisedCautions;
    return state;
}

std::optional<TriggerPointKey> BodyMapWidget::markerAt(QPointF widgetPosition) const
{
    return m_renderer.markerAt(widgetPosition, viewTarget(), m_geometry, renderState());
}

std::optional<TriggerPointKey> BodyMapWidget::markerTakingClickAt(QPointF widgetPosition) const
{
    const auto marker = markerAt(widgetPosition);
    if (!marker)
        return std::nullopt;
    const TriggerPoint* point = m_editor.points().find(*marker);
    const BodyRegion* region = m_geometry.regionAt(toNormalised(widgetPosition));
    if (!point || !region || m_editor.isReadOnly()
        || (region->muscleId == point->muscleId && region->side == point->side))
        return marker;
    const QPointF d = toWidget(point->position) - widgetPosition;
    if (std::hypot(d.x(), d.y()) <= MarkerCoreFraction * renderState().markerRadius)
        return marker;
    return std::nullopt;
}

void BodyMapWidget::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().base());
    m_renderer.paint(painter, viewTarget(), m_geometry, renderState());
    if (!m_stroke.isEmpty()) {
        // The stroke in progress, as wide as the brush; shaded properly once it ends.
        QColor colour = BodyMapRenderer::painColor(m_painType);
        colour.setAlpha(110);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(
            QPen(colour, 2 * PainBrushRadius, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        QPolygonF line;
        for (const QPointF& p : m_stroke)
            line.append(toWidget(p));
        if (line.size() == 1)
            line.append(line.first());
        painter.drawPolyline(line);
    }
    if (hasFocus()) {
        QStyleOptionFocusRect option;
        option.initFrom(this);
        option.backgroundColor = palette().color(QPalette::Base);
        style()->drawPrimitive(QStyle::PE_FrameFocusRect, &option, &painter, this);
    }
}

bool BodyMapWidget::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto* help = static_cast<QHelpEvent*>(event);
        const QString text = toolTipAt(QPointF(help->pos()));
        if (text.isEmpty()) {
            QToolTip::hideText();
            event->ignore();
        } else {
            QToolTip::showText(help->globalPos(), text, this);
        }
        return true;
    }
    if (event->type() == QEvent::NativeGesture) {
        const auto* gesture = static_cast<QNativeGestureEvent*>(event);
        if (gesture->gestureType() == Qt::ZoomNativeGesture) {
            // value() is the change in scale since the last event of the pinch.
            zoomAbout(gesture->position(), 1.0 + gesture->value());
            event->accept();
            return true;
        }
    }
    return QWidget::event(event);
}

void BodyMapWidget::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    m_viewport.setBounds(QRectF(rect()));
}

void BodyMapWidget::wheelEvent(QWheelEvent* event)
{
    const int eighths = event->angleDelta().y();
    if (eighths == 0) {
        QWidget::wheelEvent(event);
        return;
    }
    zoomAbout(event->position(), std::pow(ZoomStep, eighths / 120.0));
    event->accept();
}

void BodyMapWidget::mousePressEvent(QMouseEvent* event)
{
    if (event->button() == Qt::MiddleButton) {
        m_panning = true;
        m_panLast = event->position();
        setCursor(Qt::ClosedHandCursor);
        return;
    }
    if (event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    const QPointF position = event->position();
    if (m_tool != Tool::Points) {
        if (m_editor.isReadOnly()) {
            Q_EMIT statusMessage(tr("This note is signed: its pain drawing can no longer change."));
            return;
        }
        const QPointF normalised = toNormalised(position);
        if (m_tool == Tool::ShadePain) {
            m_stroke = {normalised};
            update();
            return;
        }
        for (qsizetype i = m_painAreas.size() - 1; i >= 0; --i) {
            const PainArea& area = m_painAreas.at(i);
            if (area.view == m_artwork.view() && area.contains(normalised)) {
                Q_EMIT painAreaEraseRequested(i);
                return;
            }
        }
        Q_EMIT statusMessage(tr("Nothing shaded here to erase."));
        return;
    }
    if (const auto marker = markerTakingClickAt(position)) {
        setSelectedPoint(marker);
        m_dragging = marker;
        m_dragStarted = false;
        m_pressPosition = position;
        m_dragGrabOffset = toNormalised(position) - m_editor.points().find(*marker)->position;
        return;
    }
    if (m_editor.isReadOnly()) {
        setSelectedPoint(std::nullopt);
        Q_EMIT statusMessage(tr("This note is signed: points can no longer be added or moved."));
        return;
    }
    const QPointF normalised = toNormalised(position);
    const BodyRegion* region = m_geometry.regionAt(normalised);
    if (!region) {
        setSelectedPoint(std::nullopt);
        Q_EMIT statusMessage(
            m_geometry.isOnBody(normalised)
                ? tr("No muscle here. To chart this place, right-click it and choose "
                     "\"Mark another site here\".")
                : tr("No muscle here: click on a muscle to mark a trigger point."));
        return;
    }
    const TriggerPointKey key =
        m_editor.addPoint(m_artwork.view(), region->muscleId, region->side, normalised);
    setSelectedPoint(key);
    Q_EMIT pointAdded(key);
}

void BodyMapWidget::mouseMoveEvent(QMouseEvent* event)
{
    const QPointF position = event->position();
    if (m_panning) {
        const QPointF delta = position - m_panLast;
        m_panLast = position;
        if (!m_viewport.isFitted()) {
            m_viewport.setBounds(QRectF(rect()));
            m_viewport.panBy(delta);
            update();
            Q_EMIT viewportChanged();
        }
        return;
    }
    if (m_tool != Tool::Points) {
        if (!m_stroke.isEmpty() && event->buttons().testFlag(Qt::LeftButton)) {
            const QPointF normalised = toNormalised(position);
            // A new corner every couple of pixels is plenty for a brush this wide.
            if ((toWidget(m_stroke.last()) - position).manhattanLength() >= 3) {
                m_stroke.append(normalised);
                update();
            }
        }
        setCursor(m_tool == Tool::ShadePain ? Qt::CrossCursor : Qt::PointingHandCursor);
        return;
    }
    if (m_dragging && event->buttons().testFlag(Qt::LeftButton)) {
        if (!m_dragStarted
            && (position - m_pressPosition).manhattanLength() < QApplication::startDragDistance())
            return;
        if (!m_dragStarted) {
            m_dragStarted = true;
            updateCursor(position);
        }
        moveSelectedTo(toNormalised(position) - m_dragGrabOffset);
        // Highlight and name the muscle the point is on now, not the one under the cursor.
        if (const TriggerPoint* point = m_editor.points().find(*m_dragging))
            setHoveredRegion(m_geometry.regionAt(point->position));
        return;
    }
    updateHover(position);
    updateCursor(position);
}

void BodyMapWidget::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() == Qt::MiddleButton && m_panning) {
        m_panning = false;
        updateCursor(event->position());
        return;
    }
    if (event->button() == Qt::LeftButton && !m_stroke.isEmpty()) {
        const QList<QPointF> stroke = std::exchange(m_stroke, {});
        update();
        const double scale = m_geometry.artworkToDevice(viewTarget()).m11();
        const QList<QList<QPointF>> outlines =
            scale > 0 ? m_geometry.shadedOutlines(stroke, PainBrushRadius / scale)
                      : QList<QList<QPointF>>();
        if (outlines.isEmpty())
            Q_EMIT statusMessage(tr("Shade on the body: this stroke missed it."));
        else
            Q_EMIT painShaded(m_artwork.view(), outlines);
        return;
    }
    if (event->button() == Qt::LeftButton && m_dragging) {
        m_dragging.reset();
        m_dragStarted = false;
        m_editor.finishMove();
        updateHover(event->position());
        updateCursor(event->position());
        return;
    }
    QWidget::mouseReleaseEvent(event);
}

void BodyMapWidget::keyPressEvent(QKeyEvent* event)
{
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal: zoomIn(); return;
    case Qt::Key_Minus: zoomOut(); return;
    case Qt::Key_0: fitToView(); return;
    default: break;
    }
    if (!m_selected) {
        QWidget::keyPressEvent(event);
        return;
    }
    const double step = event->modifiers().testFlag(Qt::ShiftModifier) ? ArrowStepLarge : ArrowStep;
    const QSizeF box = m_artwork.viewBox().size();
    QPointF delta;
    switch (event->key()) {
    case Qt::Key_Delete:
    case Qt::Key_Backspace: removeSelected(); return;
    case Qt::Key_Escape: setSelectedPoint(std::nullopt); return;
    case Qt::Key_Left: delta = QPointF(-step / box.width(), 0); break;
    case Qt::Key_Right: delta = QPointF(step / box.width(), 0); break;
    case Qt::Key_Up: delta = QPointF(0, -step / box.height()); break;
    case Qt::Key_Down: delta = QPointF(0, step / box.height()); break;
    default: QWidget::keyPressEvent(event); return;
    }
    const TriggerPoint* point = m_editor.points().find(*m_selected);
    if (point && !moveSelectedTo(point->position + delta))
        Q_EMIT statusMessage(
            tr("A trigger point stays on a muscle: it cannot move further this way."));
}

void BodyMapWidget::keyReleaseEvent(QKeyEvent* event)
{
    switch (event->key()) {
    case Qt::Key_Left:
    case Qt::Key_Right:
    case Qt::Key_Up:
    case Qt::Key_Down:
        // A held key repeats press and release; only letting go ends the merged move.
        if (!event->isAutoRepeat())
            m_editor.finishMove();
        return;
    default: QWidget::keyReleaseEvent(event);
    }
}

void BodyMapWidget::contextMenuEvent(QContextMenuEvent* event)
{
    // From the keyboard (the menu key), the menu is for the selected point.
    const auto marker = event->reason() == QContextMenuEvent::Keyboard && m_selected
                            ? m_selected
                            : markerAt(event->pos());
    QMenu menu(this);
    const auto addHistory = [this, &menu](const MuscleId& muscleId, BodySide side) {
        if (muscleId == OtherSiteId)
            return;
        menu.addAction(tr("History of %1\u2026").arg(placeText(muscleId, side)), this,
                       [this, muscleId, side] { Q_EMIT muscleHistoryRequested(muscleId, side); });
    };
    if (!marker) {
        if (event->reason() == QContextMenuEvent::Keyboard) {
            QWidget::contextMenuEvent(event);
            return;
        }
        // A muscle's history, and anywhere on the body a place the catalogue does not name.
        const QPointF normalised = toNormalised(QPointF(event->pos()));
        if (const BodyRegion* region = m_geometry.regionAt(normalised))
            addHistory(region->muscleId, region->side);
        if (!m_editor.isReadOnly() && m_geometry.isOnBody(normalised))
            menu.addAction(tr("Mark another site here…"), this, [this, normalised] {
                Q_EMIT otherSiteRequested(m_artwork.view(), normalised,
                                          m_geometry.sideAt(normalised));
            });
        if (menu.isEmpty()) {
            QWidget::contextMenuEvent(event);
            return;
        }
        menu.exec(event->globalPos());
        return;
    }
    setSelectedPoint(marker);
    if (const TriggerPoint* point = m_editor.points().find(*marker))
        addHistory(point->muscleId, point->side);
    if (!m_editor.isReadOnly())
        menu.addAction(tr("Delete point"), this, [this] { removeSelected(); });
    if (!menu.isEmpty())
        menu.exec(event->globalPos());
}

void BodyMapWidget::leaveEvent(QEvent* event)
{
    setHoveredRegion(nullptr);
    QWidget::leaveEvent(event);
}

void BodyMapWidget::setHoveredRegion(const BodyRegion* region,
                                     std::optional<TriggerPointKey> marker)
{
    const QString id = region ? region->id : QString();
    if (id == m_hoveredRegionId && marker == m_hoveredMarker)
        return;
    m_hoveredRegionId = id;
    m_hoveredMarker = marker;
    update();
    QString text;
    if (const TriggerPoint* point = marker ? m_editor.points().find(*marker) : nullptr)
        text = tr("Point %1, %2: click to select it, drag to move it.")
                   .arg(m_editor.points().numberOf(point->key))
                   .arg(PointPlace::nameWithSide(*point, MuscleCatalogue::builtIn()));
    else if (region)
        text = placeText(region->muscleId, region->side);
    Q_EMIT hoverChanged(text);
}

void BodyMapWidget::updateHover(QPointF widgetPosition)
{
    // Over a marker that would take a click, its muscle is highlighted and the point named.
    if (const auto marker = markerTakingClickAt(widgetPosition))
        if (const TriggerPoint* point = m_editor.points().find(*marker)) {
            setHoveredRegion(m_geometry.regionAt(point->position), marker);
            return;
        }
    setHoveredRegion(m_geometry.regionAt(toNormalised(widgetPosition)));
}

void BodyMapWidget::updateCursor(QPointF widgetPosition)
{
    if (m_dragging || m_panning)
        setCursor(Qt::ClosedHandCursor);
    else if (markerTakingClickAt(widgetPosition))
        setCursor(Qt::OpenHandCursor);
    else if (!m_hoveredRegionId.isEmpty())
        setCursor(Qt::CrossCursor);
    else
        unsetCursor();
}

bool BodyMapWidget::moveSelectedTo(QPointF normalised)
{
    if (!m_selected)
        return false;
    // An other site keeps its name and side, and may go anywhere on the body.
    if (const TriggerPoint* point = m_editor.points().find(*m_selected);
        point && point->isOtherSite()) {
        if (!m_geometry.isOnBody(normalised))
            return false;
        m_editor.movePoint(*m_selected, normalised, point->muscleId, point->side);
        return true;
    }
    const BodyRegion* region = m_geometry.regionAt(normalised);
    if (!region)
        return false; // off the muscles: the point stays where it last was on one
    m_editor.movePoint(*m_selected, normalised, region->muscleId, region->side);
    return true;
}

void BodyMapWidget::removeSelected()
{
    if (!m_selected)
        return;
    const TriggerPointKey key = *m_selected;
    m_dragging.reset();
    m_editor.removePoint(key); // clears the selection through onPointsChanged()
}

void BodyMapWidget::onPointsChanged()
{
    // Undo and redo can take the selected or dragged point away.
    if (m_dragging && !m_editor.points().find(*m_dragging))
        m_dragging.reset();
    if (m_selected && !m_editor.points().find(*m_selected))
        setSelectedPoint(std::nullopt);
    updateAccessibleDescription();
    update();
}

void BodyMapWidget::updateAccessibleDescription()
{
    const TriggerPointSet& points = m_editor.points();
    const auto count =
        std::count_if(points.points().cbegin(), points.points().cend(),
                      [this](const TriggerPoint& p) { return p.view == m_artwork.view(); });
    // Spelled out per count rather than with %n so English reads right without a translation.
    QString description = count == 0   ? tr("No trigger points marked in this view.")
                          : count == 1 ? tr("1 trigger point marked in this view.")
                                       : tr("%1 trigger points marked in this view.").arg(count);
    if (m_selected) {
        if (const TriggerPoint* point = points.find(*m_selected)) {
            const QString where = PointPlace::nameWithSide(*point, MuscleCatalogue::builtIn());
            description +=
                QLatin1Char(' ')
                + tr("Point %1 selected: %2.").arg(points.numberOf(point->key)).arg(where);
        }
    }
    setAccessibleDescription(description);
}

} // namespace needlechart
