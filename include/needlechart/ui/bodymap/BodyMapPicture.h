#pragma once

#include "needlechart/domain/paindrawing/PainArea.h"
#include "needlechart/domain/session/TriggerPointSet.h"
#include "needlechart/ui/bodymap/BodyMapRenderer.h"

#include <QList>
#include <QWidget>

namespace needlechart {

// Both views of the body map side by side, front then back, showing one note's points and pain
// drawing: a picture to look at (comparing visits, say), with nothing to click. Painting is
// BodyMapRenderer's, as on the charting map and on paper.
class BodyMapPicture : public QWidget {
    Q_OBJECT
public:
    explicit BodyMapPicture(QWidget* parent = nullptr);

    void showVisit(const TriggerPointSet& points, const QList<PainArea>& painAreas);
    void clear();
    [[nodiscard]] const TriggerPointSet& points() const { return m_points; }
    [[nodiscard]] const QList<PainArea>& painAreas() const { return m_painAreas; }

    // Where the view is drawn within `size` (the left or right half, with a gap between).
    [[nodiscard]] static QRectF viewRect(BodyView view, QSizeF size);

    [[nodiscard]] QSize sizeHint() const override;
    [[nodiscard]] QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    TriggerPointSet m_points;
    QList<PainArea> m_painAreas;
    BodyMapRenderer m_renderer;
};

} // namespace needlechart
