#pragma once

#include "needlechart/domain/bodymap/Muscle.h"
#include "needlechart/domain/common/Result.h"
#include "needlechart/domain/paindrawing/ReferralZone.h"

#include <QHash>
#include <QList>
#include <QSizeF>
#include <QStringList>

namespace needlechart {

// Where each catalogued muscle typically refers pain, as areas of the body map: the zones
// (resources/muscles/referral-zones.csv) and, per muscle, its main and its spill-over zones
// (referral-patterns.csv), read from the catalogue's referred-pain text. Guidance at second
// hand from the standard manuals, like that text. A plain value; the application uses
// builtIn(), tests build their own with fromCsv().
class ReferralPatterns {
public:
    // The zones' coordinates in the CSV are in the body map artwork's units.
    static constexpr double ArtworkWidth = 700;
    static constexpr double ArtworkHeight = 1600;

    struct Pattern {
        QStringList primary;   // zone ids
        QStringList secondary; // zone ids
    };

    // Reads both files. Paired zones are given for the patient's right side and mirrored for
    // the left. Fails on a malformed row, an unknown view or placement, a duplicate id or a
    // pattern naming an unknown zone.
    [[nodiscard]] static Result<ReferralPatterns>
    fromCsv(const QString& zonesCsv, const QString& patternsCsv,
            QSizeF artworkSize = QSizeF(ArtworkWidth, ArtworkHeight));
    // The patterns compiled into the application (:/muscles/referral-*.csv), parsed on first
    // use; the program stops if they do not parse, which the domain tests rule out.
    [[nodiscard]] static const ReferralPatterns& builtIn();

    // Every zone, each side of a paired one apart, in file order.
    [[nodiscard]] const QList<ReferralZone>& zones() const { return m_zones; }
    // The zones with `id`: two for a paired zone (right, then left), one on the midline.
    [[nodiscard]] QList<const ReferralZone*> zonesWithId(const QString& id) const;
    [[nodiscard]] QString zoneLabel(const QString& id) const;
    // The muscle's pattern; empty when it has none.
    [[nodiscard]] Pattern pattern(const MuscleId& muscle) const { return m_patterns.value(muscle); }
    [[nodiscard]] QList<MuscleId> muscles() const { return m_muscleOrder; }
    [[nodiscard]] bool isEmpty() const { return m_zones.isEmpty(); }

private:
    QList<ReferralZone> m_zones;
    QHash<MuscleId, Pattern> m_patterns;
    QList<MuscleId> m_muscleOrder;
};

} // namespace needlechart
