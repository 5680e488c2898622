#pragma once

#include "needlechart/domain/bodymap/CautionKind.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace needlechart {

// Why needling may or may not be charted for a patient at a given time (see ConsentRules).
struct NeedlingClearance {
    enum class Block {
        NoConsent,        // no consent recorded
        ConsentDeclined,  // the latest decision was to decline
        ConsentWithdrawn, // consent was withdrawn
        NoScreening,      // no precaution screening recorded
        ScreeningExpired, // the latest screening is older than the review interval
        Contraindicated,  // the screening found an absolute contraindication
    };
    struct Reason {
        Block block;
        QString message;
    };

    QList<Reason> blocks;    // empty: cleared to needle
    QStringList warnings;    // precautions present, with their notes (isolated for display)
    QStringList precautions; // the keys of the precautions present ("pregnancy")
    CautionKinds concerns;   // muscle cautions the screening makes more serious
    qint64 consentId = 0;    // the consent relied on, when cleared
    int leafletVersion = 0;  // and the leaflet it was given with
    qint64 screeningId = 0;  // the screening relied on

    [[nodiscard]] bool isCleared() const { return blocks.isEmpty(); }
    // Whether a new session should open on consent and screening before the map: something
    // blocks needling, or the screening found precautions to keep in mind.
    [[nodiscard]] bool needsReviewBeforeNeedling() const
    {
        return !isCleared() || !precautions.isEmpty() || !warnings.isEmpty();
    }
    // A consent is in force (given and neither declined since nor withdrawn), whatever the
    // screening says: only then can it be withdrawn.
    [[nodiscard]] bool hasConsentInForce() const
    {
        return !isBlockedBy(Block::NoConsent) && !isBlockedBy(Block::ConsentDeclined)
               && !isBlockedBy(Block::ConsentWithdrawn);
    }
    [[nodiscard]] bool isBlockedBy(Block block) const
    {
        for (const Reason& reason : blocks) {
            if (reason.block == block)
                return true;
        }
        return false;
    }
};

} // namespace needlechart
