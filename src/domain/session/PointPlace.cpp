#include "needlechart/domain/session/PointPlace.h"

#include "needlechart/domain/bodymap/MuscleCatalogue.h"

namespace needlechart {

QString PointPlace::name(const TriggerPoint& point, const MuscleCatalogue& catalogue)
{
    return name(point.muscleId, point.siteName, catalogue);
}

QString PointPlace::name(const MuscleId& muscleId, const QString& siteName,
                         const MuscleCatalogue& catalogue)
{
    if (muscleId == OtherSiteId)
        return tr("%1 (other site)").arg(siteName.trimmed());
    const Muscle* muscle = catalogue.find(muscleId);
    return muscle ? muscle->name : muscleId;
}

QString PointPlace::nameWithSide(const TriggerPoint& point, const MuscleCatalogue& catalogue)
{
    const Muscle* muscle = point.isOtherSite() ? nullptr : catalogue.find(point.muscleId);
    if (muscle && !muscle->bilateral)
        return muscle->name;
    return point.side == BodySide::Left ? tr("%1, left").arg(name(point, catalogue))
                                        : tr("%1, right").arg(name(point, catalogue));
}

} // namespace needlechart
