#pragma once

#include "needlechart/domain/paindrawing/PainArea.h"
#include "needlechart/domain/session/TriggerPoint.h"
#include "needlechart/ui/bodymap/BodyMapGeometry.h"
#include "needlechart/ui/bodymap/BodyMapRenderer.h"
#include "needlechart/ui/bodymap/BodyMapViewport.h"

#include <QHash>
#include <QList>
#include <QPointF>
#include <QString>
#include <QWidget>

#include <optional>

namespace needlechart {

class BodyMapArtwork;
class TriggerPointEditor;

// One view of the body map on screen, where trigger points are marked with the mouse and the
// keyboard. A thin widget: hit-testing is BodyMapGeometry's, painting BodyMapRenderer's, and
// every edit goes through the TriggerPointEditor (so it is undoable). The only state held here
// is what is selected, hovered or being dragged.
//
// Clicking a muscle marks a point there and selects it; clicking a marker selects it (unless
// the click is on its rim over another muscle, which the hover then names), and dragging moves it,
// never off the muscles (the point stays at its last place on a muscle). Arrow keys nudge the
// selected point, Delete or Backspace removes it, and its context menu offers "Delete point".
//
// Zoom and pan (BodyMapViewport) sit on top of the fitted view: the plain mouse wheel and a
// pinch zoom about the cursor (the map never scrolls, so the wheel has nothing else to do),
// "+" and "-" zoom about the middle, "0" fits the figure again, and dragging with the middle
// button pans. Points are still stored normalised, so zooming never moves them.
//
// Points on a high-risk muscle (Muscle::isHighRisk(): lung, organ, advanced technique) carry an
// amber triangle. The tooltip over a marker or its triangle names the muscle, the side and any
// tagged caution; showPointToolTip() pops it up unasked (BodyMapView does when a point is put
// on a caution muscle).
//
// Borrows the artwork and the editor; both must outlive the widget.
//
// The patient's pain drawing is a layer of its own: with the ShadePain tool a left drag paints
// a round brush (a click dabs it), kept to the body's outline, and painShaded() hands the
// shaded outlines to the host, which records them; with ErasePain a click on a shaded area asks
// for it to go (painAreaEraseRequested()). Neither tool touches the points.
class BodyMapWidget : public QWidget {
    Q_OBJECT
public:
    enum class Tool { Points, ShadePain, ErasePain };
    // The pain brush's radius on screen, in logical pixels: zooming in paints finer.
    static constexpr double PainBrushRadius = 14.0;
    // The points fade back while the pain drawing is shaded or erased: its own layer in front.
    static constexpr double PointOpacityWhileShading = 0.3;

    BodyMapWidget(const BodyMapArtwork& artwork, TriggerPointEditor& editor,
                  QWidget* parent = nullptr);

    [[nodiscard]] const BodyMapGeometry& geometry() const { return m_geometry; }
    [[nodiscard]] std::optional<TriggerPointKey> selectedPoint() const { return m_selected; }
    // Selects a point of this view (nullopt or an unknown key clears the selection).
    void setSelectedPoint(std::optional<TriggerPointKey> key);
    // Where a stored normalised position is drawn in this widget, in widget coordinates.
    [[nodiscard]] QPointF toWidget(QPointF normalised) const;
    [[nodiscard]] QPointF toNormalised(QPointF widgetPosition) const;

    [[nodiscard]] const BodyMapViewport& viewport() const { return m_viewport; }
    // Multiplies the zoom by `factor` (within 1x..8x), keeping `anchor` (widget coordinates)
    // where it is.
    void zoomAbout(QPointF anchor, double factor);
    void zoomIn();  // one step, about the middle
    void zoomOut(); // one step, about the middle
    void fitToView();

    // Earlier sessions' points, shown as faint rings while showHistory() is on (the default).
    void setHistory(const QList<TriggerPoint>& history);
    [[nodiscard]] const QList<TriggerPoint>& history() const { return m_history; }
    void setShowHistory(bool show);
    [[nodiscard]] bool showHistory() const { return m_showHistory; }

    // What a left click or drag does: mark points (the default), shade pain or erase it.
    void setTool(Tool tool);
    [[nodiscard]] Tool tool() const { return m_tool; }
    // The kind of symptom being shaded, for the colour of the stroke in progress.
    void setPainType(PainType type) { m_painType = type; }
    // Today's pain drawing (drawn over the artwork, under the points), and an earlier visit's,
    // ghosted while showHistory() is on.
    void setPainDrawing(const QList<PainArea>& areas);
    [[nodiscard]] const QList<PainArea>& painDrawing() const { return m_painAreas; }
    void setEarlierPainDrawing(const QList<PainArea>& areas);
    [[nodiscard]] const QList<PainArea>& earlierPainDrawing() const { return m_earlierPain; }

    // How often each region was needled, keyed by BodyRegion::id ("infraspinatus_L"), tinting
    // the regions while showHeatMap() is on (off by default).
    void setHeatMap(const QHash<QString, int>& counts);
    [[nodiscard]] const QHash<QString, int>& heatMap() const { return m_heatMap; }
    void setShowHeatMap(bool show);
    // Cautions the patient's screening makes more serious: their muscles are outlined in amber
    // and points on them get the warning triangle (BodyMapRenderState::emphasisedCautions).
    void setEmphasisedCautions(CautionKinds cautions);
    [[nodiscard]] CautionKinds emphasisedCautions() const { return m_emphasisedCautions; }
    [[nodiscard]] bool showHeatMap() const { return m_showHeatMap; }

    // The tooltip for a widget position: the muscle and side of the point whose marker (or
    // warning triangle) is there, and its caution if it has one; empty elsewhere.
    [[nodiscard]] QString toolTipAt(QPointF widgetPosition) const;
    // Shows the tooltip of the point beside its marker now, if the point is in this view and
    // the widget is visible.
    void showPointToolTip(TriggerPointKey key);

    [[nodiscard]] QSize sizeHint() const override;
    [[nodiscard]] QSize minimumSizeHint() const override;

Q_SIGNALS:
    // The muscle under the mouse, for a status bar: "Infraspinatus, left"; empty off the muscles.
    void hoverChanged(const QString& text);
    void pointAdded(TriggerPointKey key);
    void selectionChanged(); // read selectedPoint()
    // A hint for the status bar, e.g. after a click that could not mark a point.
    void statusMessage(const QString& message);
    void viewportChanged(); // zoomed, panned or fitted: read viewport()
    // "Mark another site here…" was chosen at `normalised` (on the body, off the markers): the
    // host asks for the site's name and adds it (TriggerPointEditor::addOtherSite).
    void otherSiteRequested(needlechart::BodyView view, QPointF normalised,
                            needlechart::BodySide side);
    // "History of …" was chosen on a point or a muscle: the host shows every time that muscle
    // and side was needled (MuscleHistoryDialog).
    void muscleHistoryRequested(const needlechart::MuscleId& muscleId, needlechart::BodySide side);
    // A brush stroke of the ShadePain tool ended: the outlines it shaded (normalised, on the
    // body), one area each.
    void painShaded(needlechart::BodyView view, const QList<QList<QPointF>>& outlines);
    // The ErasePain tool clicked on today's area `index` (of painDrawing()), the topmost there.
    void painAreaEraseRequested(qsizetype index);

protected:
    bool event(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void keyReleaseEvent(QKeyEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;
    void leaveEvent(QEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;

private:
    // The rectangle the artwork is fitted into: the widget's, zoomed and panned.
    [[nodiscard]] QRectF viewTarget() const;
    [[nodiscard]] BodyMapRenderState renderState() const;
    [[nodiscard]] std::optional<TriggerPointKey> markerAt(QPointF widgetPosition) const;
    // The marker a left click at `widgetPosition` selects, if any. Near a marker's centre, or
    // anywhere on it over its own muscle, the marker takes the click; on its rim over another
    // muscle, the click marks that muscle (as the hover has just named it). Hover, cursor and
    // click all ask this one question, so what is said is what a click does.
    [[nodiscard]] std::optional<TriggerPointKey> markerTakingClickAt(QPointF widgetPosition) const;
    void setHoveredRegion(const BodyRegion* region,
                          std::optional<TriggerPointKey> marker = std::nullopt);
    void updateHover(QPointF widgetPosition);
    void updateCursor(QPointF widgetPosition);
    // Moves the selected point to `normalised` if that lies on a muscle; false if it does not.
    bool moveSelectedTo(QPointF normalised);
    void removeSelected();
    void onPointsChanged();
    void updateAccessibleDescription();

    const BodyMapArtwork& m_artwork;
    TriggerPointEditor& m_editor;
    BodyMapGeometry m_geometry;
    BodyMapRenderer m_renderer;
    BodyMapViewport m_viewport;
    QList<TriggerPoint> m_history;
    bool m_showHistory = true;
    QHash<QString, int> m_heatMap;
    bool m_showHeatMap = false;
    CautionKinds m_emphasisedCautions;

    std::optional<TriggerPointKey> m_selected; // always a point of this view when set
    QString m_hoveredRegionId;
    std::optional<TriggerPointKey> m_hoveredMarker;

    // A drag in progress: the point pressed, and where the press was relative to its centre
    // (normalised), so the marker does not jump under the cursor. It only starts moving once
    // the mouse has travelled the platform's drag distance, so a click never moves a point.
    std::optional<TriggerPointKey> m_dragging;
    QPointF m_dragGrabOffset;
    QPointF m_pressPosition;
    bool m_dragStarted = false;

    Tool m_tool = Tool::Points;
    PainType m_painType = PainType::Ache;
    QList<PainArea> m_painAreas;
    QList<PainArea> m_earlierPain;
    QList<QPointF> m_stroke; // normalised: the ShadePain stroke in progress

    // A middle-button pan in progress, and where the mouse was last.
    bool m_panning = false;
    QPointF m_panLast;
};

} // namespace needlechart
