#pragma once

#include "needlechart/domain/bodymap/BodyView.h"
#include "needlechart/domain/bodymap/CautionKind.h"
#include "needlechart/domain/bodymap/MuscleDepth.h"

#include <QString>
#include <QStringList>

namespace needlechart {

// Stable key of a catalogued muscle ("upper_trapezius"). Stored in treatment records, so an id
// that has shipped is never renamed.
using MuscleId = QString;

// One muscle (or one needled part of one, like the upper fibres of trapezius) of the catalogue.
// A plain value read from resources/muscles/muscles.csv; referredPain and caution are guidance
// from the standard manuals at second hand, to be shown as such and not as authority.
struct Muscle {
    MuscleId id;
    QString name;    // English display name, e.g. "Trapezius (upper fibres)"
    QString region;  // "head/neck", "shoulder", "upper limb", "trunk/back", "hip", "lower limb"
    BodyViews views; // never empty in a valid catalogue
    bool bilateral = true; // true if there is one on each side, so a side must be charted
    MuscleDepth depth = MuscleDepth::Surface;
    QString group;             // clinical group used by search, e.g. "hamstrings", "rotator cuff"
    QStringList keywords;      // extra words people type: "hams", "scm", "ql"
    QString snomedCode;        // SNOMED CT concept id, only where verified; otherwise empty
    QString snomedTerm;        // the concept's term when snomedCode is set
    QString referredPain;      // typical referred-pain area
    QString caution;           // needling caution for a person
    CautionKinds cautionKinds; // the risks in `caution`, as tags

    [[nodiscard]] bool isVisibleIn(BodyView view) const { return views.testFlag(view); }
    [[nodiscard]] bool isDeep() const { return depth == MuscleDepth::Deep; }
    [[nodiscard]] bool hasSnomedCode() const { return !snomedCode.isEmpty(); }
    // True if any risk is tagged; the caution text may still hold general advice when false.
    [[nodiscard]] bool hasCaution() const { return cautionKinds != CautionKinds(); }
    [[nodiscard]] bool hasCaution(CautionKind kind) const { return cautionKinds.testFlag(kind); }
    [[nodiscard]] bool isPneumothoraxRisk() const { return hasCaution(CautionKind::Pneumothorax); }
    // True where a needle can do serious harm unless the clinician stops and thinks: the lung,
    // an organ, or a technique for advanced practitioners only. Points marked on such a muscle
    // carry a warning triangle on the map for as long as they are shown. A neurovascular
    // caution alone is named when the point is placed and in its tooltip, but not kept as a
    // triangle: nearly every muscle has a nerve or vessel near it, and a marker on every point
    // is a marker nobody reads.
    [[nodiscard]] bool isHighRisk() const
    {
        return cautionKinds
               & (CautionKinds(CautionKind::Pneumothorax) | CautionKind::Organ
                  | CautionKind::Advanced);
    }

    friend bool operator==(const Muscle&, const Muscle&) = default;
};

} // namespace needlechart
