#pragma once

#include "needlechart/domain/bodymap/BodyView.h"
#include "needlechart/domain/paindrawing/PainArea.h"
#include "needlechart/domain/session/TriggerPoint.h"
#include "needlechart/ui/bodymap/BodyMapWidget.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QWidget>

class QToolButton;

namespace needlechart {

class BodyMapWidget;
class TriggerPointEditor;

// Both views of the body map with their controls: the anterior and posterior BodyMapWidget,
// editing the same points through one TriggerPointEditor. Wider than about 1.1 times its
// height, it shows the two side by side; narrower, one at a time, with "Front" and "Back"
// buttons to switch. A tool bar zooms the shown views in and out and fits them again, and
// switches earlier sessions' points and the heat map on and off (both views together).
//
// When a person puts a point on a muscle (a click, a drag onto another muscle, or the muscle
// list), the view shows the point's side of the body if it was hidden, and for a muscle with a
// tagged caution pops up the point's tooltip with the caution and emits cautionRaised().
//
// Borrows the editor, which must outlive the view.
class BodyMapView : public QWidget {
    Q_OBJECT
public:
    // Wider than this times its height, both views are shown side by side.
    static constexpr double SideBySideAspect = 1.1;

    explicit BodyMapView(TriggerPointEditor& editor, QWidget* parent = nullptr);

    [[nodiscard]] BodyMapWidget& map(BodyView view) const;
    [[nodiscard]] bool isSideBySide() const { return m_sideBySide; }
    // The view shown when only one fits (the other may be shown too, side by side).
    [[nodiscard]] BodyView currentView() const { return m_current; }
    void setCurrentView(BodyView view);
    // Shows the view holding most of the note's points (or, for a note without any, of the
    // earlier session's), so a note opens on its points rather than on an empty front.
    void showViewWithMostPoints();

    // Forwarded to both views.
    void setHistory(const QList<TriggerPoint>& history);
    void setHeatMap(const QHash<QString, int>& counts);
    void setEmphasisedCautions(CautionKinds cautions);
    void setTool(BodyMapWidget::Tool tool);
    void setPainType(PainType type);
    void setPainDrawing(const QList<PainArea>& areas);
    // The previous visit's pain drawing, ghosted with the earlier points.
    void setEarlierPainDrawing(const QList<PainArea>& areas);

Q_SIGNALS:
    // A point was just put on a muscle with a tagged caution; `message` is the catalogue's
    // caution text, for a status bar.
    void cautionRaised(TriggerPointKey key, const QString& muscleId, const QString& message);

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void updateLayout();
    void onPointPlaced(TriggerPointKey key);
    template <typename Function>
    void forShownMaps(Function function);

    BodyMapWidget* m_anterior;
    BodyMapWidget* m_posterior;
    QToolButton* m_frontButton;
    QToolButton* m_backButton;
    QToolButton* m_historyButton;
    QToolButton* m_heatMapButton;
    TriggerPointEditor& m_editor;
    BodyView m_current = BodyView::Anterior;
    bool m_sideBySide = false;
};

} // namespace needlechart
