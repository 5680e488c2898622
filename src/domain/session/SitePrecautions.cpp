#include "needlechart/domain/session/SitePrecautions.h"

#include "needlechart/domain/bodymap/MuscleCatalogue.h"

#include <QSet>

namespace needlechart {
namespace {

const QString Pregnancy = QStringLiteral("pregnancy");
const QString Anticoagulants = QStringLiteral("anticoagulants");
const QString Thorax = QStringLiteral("thorax");

} // namespace

bool SitePrecautions::isLumbarPelvicOrAbdominal(const MuscleId& muscleId)
{
    static const QSet<QString> sites = {
        // The low back.
        QStringLiteral("quadratus_lumborum"), QStringLiteral("multifidus"),
        QStringLiteral("iliocostalis"), QStringLiteral("longissimus"),
        // The pelvis.
        QStringLiteral("iliopsoas"), QStringLiteral("piriformis"),
        QStringLiteral("gluteus_maximus"), QStringLiteral("gluteus_medius"),
        QStringLiteral("gluteus_minimus"),
        // The abdominal wall.
        QStringLiteral("rectus_abdominis"), QStringLiteral("external_oblique"),
        QStringLiteral("internal_oblique")};
    return sites.contains(muscleId);
}

QList<SitePrecaution> SitePrecautions::check(const QStringList& precautions,
                                             const QList<TriggerPoint>& points,
                                             const MuscleCatalogue& catalogue)
{
    QList<SitePrecaution> found;
    QSet<QString> seen;
    const auto add = [&](const QString& precaution, const Muscle& muscle, const QString& message) {
        SitePrecaution p{precaution, muscle.id, message};
        if (!seen.contains(p.key())) {
            seen.insert(p.key());
            found.append(std::move(p));
        }
    };
    for (const TriggerPoint& point : points) {
        const Muscle* muscle = point.isOtherSite() ? nullptr : catalogue.find(point.muscleId);
        if (!muscle)
            continue;
        if (precautions.contains(Pregnancy) && isLumbarPelvicOrAbdominal(muscle->id))
            add(Pregnancy, *muscle,
                tr("Pregnancy: %1 is a lumbar, pelvic or abdominal site.").arg(muscle->name));
        if (precautions.contains(Anticoagulants) && muscle->isDeep())
            add(Anticoagulants, *muscle,
                tr("Anticoagulants or a bleeding disorder: %1 is a deep muscle, where bleeding "
                   "cannot be pressed on.")
                    .arg(muscle->name));
        if (precautions.contains(Thorax) && muscle->isPneumothoraxRisk())
            add(Thorax, *muscle,
                tr("Chest wall or lung condition: %1 lies over the lung (pneumothorax risk).")
                    .arg(muscle->name));
    }
    return found;
}

QList<SitePrecaution> SitePrecautions::unacknowledged(const QList<SitePrecaution>& found,
                                                      const QStringList& acknowledged)
{
    QList<SitePrecaution> open;
    for (const SitePrecaution& p : found)
        if (!acknowledged.contains(p.key()))
            open.append(p);
    return open;
}

} // namespace needlechart
