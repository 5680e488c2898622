#pragma once

#include "needlechart/domain/session/TriggerPoint.h"

#include <QCoreApplication>
#include <QString>

namespace needlechart {

class MuscleCatalogue;

// What a point is on, in words, wherever a point is named (the map's hover and tooltip, the
// point table, the history, paper): the catalogue's muscle name, or an other site's own name.
class PointPlace {
    Q_DECLARE_TR_FUNCTIONS(PointPlace)
public:
    // "Infraspinatus", "Scar, left knee (other site)"; the bare id for a muscle the catalogue
    // no longer has.
    [[nodiscard]] static QString name(const TriggerPoint& point, const MuscleCatalogue& catalogue);
    [[nodiscard]] static QString name(const MuscleId& muscleId, const QString& siteName,
                                      const MuscleCatalogue& catalogue);
    // As name(), with the side where it matters: "Infraspinatus, left".
    [[nodiscard]] static QString nameWithSide(const TriggerPoint& point,
                                              const MuscleCatalogue& catalogue);
};

} // namespace needlechart
