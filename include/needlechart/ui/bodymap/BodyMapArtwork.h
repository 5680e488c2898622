#pragma once

#include "needlechart/domain/bodymap/BodyView.h"
#include "needlechart/domain/bodymap/Muscle.h"
#include "needlechart/domain/common/Result.h"
#include "needlechart/ui/bodymap/BodyRegion.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QPainterPath>
#include <QRectF>
#include <QStringList>

namespace needlechart {

// One view of the body map drawing (resources/bodymap/<view>.svg, made by
// scripts/generate-bodymap.py), read into shapes: the body outline, landmark lines and one
// BodyRegion per visible muscle and side, in drawing order. Also knows, from
// resources/bodymap/muscle-regions.csv, which surface muscles a deep muscle lies under in this
// view. A read-only value; no widget is needed to build or use it.
class BodyMapArtwork {
    Q_DECLARE_TR_FUNCTIONS(BodyMapArtwork)

public:
    // Parses an SVG of the artwork's simple form. `regionsCsv` is muscle-regions.csv (may be
    // empty). Errors name the element or line at fault.
    [[nodiscard]] static Result<BodyMapArtwork> fromSvg(const QByteArray& svg, BodyView view,
                                                        const QString& regionsCsv = {});
    // The compiled-in artwork for `view`, read on first use. It is project data checked by the
    // tests, so failing to read it aborts with a message.
    [[nodiscard]] static const BodyMapArtwork& builtIn(BodyView view);

    [[nodiscard]] BodyView view() const { return m_view; }
    [[nodiscard]] const QByteArray& svg() const { return m_svg; }
    [[nodiscard]] QRectF viewBox() const { return m_viewBox; }
    [[nodiscard]] const QPainterPath& bodyOutline() const { return m_bodyOutline; }
    [[nodiscard]] const QList<QPainterPath>& landmarks() const { return m_landmarks; }
    // Every muscle region, in drawing order (later ones are drawn over earlier ones).
    [[nodiscard]] const QList<BodyRegion>& regions() const { return m_regions; }
    // The region drawn for `muscle` on `side`, or nullptr if that muscle is not drawn here.
    [[nodiscard]] const BodyRegion* region(const MuscleId& muscle, BodySide side) const;
    // For a muscle not drawn in this view: the drawn muscles it lies under (may be empty).
    [[nodiscard]] QStringList drawnOver(const MuscleId& muscle) const;

private:
    BodyView m_view = BodyView::Anterior;
    QByteArray m_svg;
    QRectF m_viewBox;
    QPainterPath m_bodyOutline;
    QList<QPainterPath> m_landmarks;
    QList<BodyRegion> m_regions;
    QHash<QString, qsizetype> m_regionIndex; // region id -> index in m_regions
    QHash<MuscleId, QStringList> m_drawnOver;
};

} // namespace needlechart
