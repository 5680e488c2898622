#pragma once

#include "needlechart/domain/session/TriggerPointSet.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace needlechart {

class MuscleCatalogue;

// A precaution from the patient's screening that bears on a site needled: pregnancy with a
// lumbar, pelvic or abdominal muscle; anticoagulants or a bleeding disorder with a deep muscle;
// a chest wall or lung condition with a muscle over the lung.
struct SitePrecaution {
    QString precaution; // the screening item's key ("pregnancy")
    MuscleId muscleId;
    QString message; // for a person: what, where, and why it matters

    // "pregnancy:quadratus_lumborum": what signing records as acknowledged.
    [[nodiscard]] QString key() const { return precaution + QLatin1Char(':') + muscleId; }

    friend bool operator==(const SitePrecaution&, const SitePrecaution&) = default;
};

// Checks the precautions present at screening against the sites of a note's points. Each
// precaution and muscle is reported once, in the order the points were marked. A note with such
// a precaution is signed only once each is acknowledged (Session::acknowledgedPrecautions).
class SitePrecautions {
    Q_DECLARE_TR_FUNCTIONS(SitePrecautions)
public:
    [[nodiscard]] static QList<SitePrecaution> check(const QStringList& precautions,
                                                     const QList<TriggerPoint>& points,
                                                     const MuscleCatalogue& catalogue);
    // Those of `found` whose key is not in `acknowledged`.
    [[nodiscard]] static QList<SitePrecaution> unacknowledged(const QList<SitePrecaution>& found,
                                                              const QStringList& acknowledged);
    // The muscles pregnancy bears on: the low back, the pelvis and the abdominal wall.
    [[nodiscard]] static bool isLumbarPelvicOrAbdominal(const MuscleId& muscleId);
};

} // namespace needlechart
