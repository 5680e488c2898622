#include "needlechart/ui/bodymap/BodyMapPicture.h"

#include "needlechart/domain/bodymap/MuscleCatalogue.h"
#include "needlechart/ui/bodymap/BodyMapArtwork.h"
#include "needlechart/ui/bodymap/BodyMapGeometry.h"

#include <QPainter>

namespace needlechart {
namespace {

constexpr double Gap = 8;
constexpr double PictureMarkerRadius = 7;

} // namespace

BodyMapPicture::BodyMapPicture(QWidget* parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setAccessibleName(tr("Body map of the visit"));
}

void BodyMapPicture::showVisit(const TriggerPointSet& points, const QList<PainArea>& painAreas)
{
    m_points = points;
    m_painAreas = painAreas;
    setAccessibleDescription(
        tr("Points: %1; shaded areas: %2").arg(points.size()).arg(painAreas.size()));
    update();
}

void BodyMapPicture::clear()
{
    showVisit({}, {});
}

QRectF BodyMapPicture::viewRect(BodyView view, QSizeF size)
{
    const double half = (size.width() - Gap) / 2;
    return QRectF(view == BodyView::Anterior ? 0 : half + Gap, 0, half, size.height());
}

QSize BodyMapPicture::sizeHint() const
{
    return QSize(420, 480);
}

QSize BodyMapPicture::minimumSizeHint() const
{
    return QSize(200, 240);
}

void BodyMapPicture::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().base());
    for (const BodyView view : allBodyViews()) {
        const BodyMapGeometry geometry(BodyMapArtwork::builtIn(view));
        BodyMapRenderState state;
        state.points = &m_points;
        state.painAreas = &m_painAreas;
        state.catalogue = &MuscleCatalogue::builtIn();
        state.markerRadius = PictureMarkerRadius;
        m_renderer.paint(painter, viewRect(view, QSizeF(size())), geometry, state);
    }
}

} // namespace needlechart
