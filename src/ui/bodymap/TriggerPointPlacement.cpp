#include "needlechart/ui/bodymap/TriggerPointPlacement.h"

#include "needlechart/domain/bodymap/MuscleCatalogue.h"
#include "needlechart/ui/bodymap/BodyMapArtwork.h"
#include "needlechart/ui/bodymap/BodyMapGeometry.h"

#include <QCoreApplication>

namespace needlechart {
namespace {

// How many muscles of `muscle`'s clinical group the catalogue charts in `view` (the muscle
// itself included).
qsizetype groupCountIn(const MuscleCatalogue& catalogue, const Muscle& muscle, BodyView view)
{
    qsizetype count = 0;
    for (const Muscle& other : catalogue.all()) {
        const bool sameGroup =
            muscle.group.isEmpty() ? other.id == muscle.id : other.group == muscle.group;
        if (sameGroup && other.isVisibleIn(view))
            ++count;
    }
    return count;
}

Error notFound(const QString& message, const QString& detail)
{
    return Error{ErrorCode::NotFound, message, detail, {}};
}

} // namespace

TriggerPointPlacement::TriggerPointPlacement()
    : TriggerPointPlacement(MuscleCatalogue::builtIn(), BodyMapArtwork::builtIn(BodyView::Anterior),
                            BodyMapArtwork::builtIn(BodyView::Posterior))
{}

TriggerPointPlacement::TriggerPointPlacement(const MuscleCatalogue& catalogue,
                                             const BodyMapArtwork& anterior,
                                             const BodyMapArtwork& posterior)
    : m_catalogue(catalogue), m_anterior(anterior), m_posterior(posterior)
{}

const BodyMapArtwork& TriggerPointPlacement::artwork(BodyView view) const
{
    return view == BodyView::Anterior ? m_anterior : m_posterior;
}

std::optional<PlacedPoint> TriggerPointPlacement::placeIn(const MuscleId& muscle, BodySide side,
                                                          BodyView view, bool allowCover) const
{
    const BodyMapArtwork& art = artwork(view);
    const BodyMapGeometry geometry(art);
    if (art.region(muscle, side)) {
        if (const auto point = geometry.interiorPoint(muscle, side))
            return PlacedPoint{view, *point, muscle};
        return std::nullopt;
    }
    if (!allowCover)
        return std::nullopt;
    for (const QString& cover : art.drawnOver(muscle)) {
        if (const auto point = geometry.interiorPoint(cover, side))
            return PlacedPoint{view, *point, cover};
    }
    return std::nullopt;
}

Result<PlacedPoint> TriggerPointPlacement::place(const MuscleId& muscle, BodySide side,
                                                 std::optional<BodyView> view) const
{
    const Muscle* found = m_catalogue.find(muscle);
    if (!found)
        return notFound(QCoreApplication::translate("TriggerPointPlacement",
                                                    "This muscle is not in the catalogue."),
                        QStringLiteral("unknown muscle id %1").arg(muscle));
    if (view) {
        if (auto placed = placeIn(muscle, side, *view, true))
            return *placed;
        return notFound(
            QCoreApplication::translate("TriggerPointPlacement",
                                        "%1 cannot be marked on the %2 view; try the other view.")
                .arg(found->name, bodyViewLabel(*view)),
            QStringLiteral("muscle %1 side %2 not drawn in view %3")
                .arg(muscle, bodySideKey(side), bodyViewKey(*view)));
    }
    // The muscle itself: the view where most of its group is charted.
    std::optional<PlacedPoint> best;
    qsizetype bestCount = -1;
    for (const BodyView candidate : allBodyViews()) {
        const qsizetype count = groupCountIn(m_catalogue, *found, candidate);
        if (count <= bestCount)
            continue;
        if (auto placed = placeIn(muscle, side, candidate, false)) {
            best = placed;
            bestCount = count;
        }
    }
    if (best)
        return *best;
    // Only its cover.
    for (const BodyView candidate : allBodyViews()) {
        if (auto placed = placeIn(muscle, side, candidate, true))
            return *placed;
    }
    return notFound(
        QCoreApplication::translate("TriggerPointPlacement", "%1 is not drawn on the body map.")
            .arg(found->name),
        QStringLiteral("muscle %1 side %2 not drawn in any view").arg(muscle, bodySideKey(side)));
}

} // namespace needlechart
