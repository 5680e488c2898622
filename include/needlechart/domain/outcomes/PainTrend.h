#pragma once

#include "needlechart/domain/outcomes/OutcomeChange.h"
#include "needlechart/domain/session/SessionSummary.h"

#include <QDateTime>
#include <QList>

#include <optional>
#include <vector>

namespace needlechart {

// Pain (NPRS 0..10) before and after each visit over a course of care, oldest first, as the
// progress chart draws it; and how much it moved from the first visit's score before treatment
// to the latest, read against the NPRS's minimal clinically important difference.
struct PainTrend {
    struct Visit {
        QDateTime treatedAt; // UTC
        std::optional<int> before;
        std::optional<int> after;

        friend bool operator==(const Visit&, const Visit&) = default;
    };

    QList<Visit> visits;

    // From a patient's history (any order): signed notes only, and only those with a score;
    // drafts may still change.
    [[nodiscard]] static PainTrend of(const std::vector<SessionSummary>& history);
    // The first visit's pain before treatment to the latest visit's; nullopt with fewer than
    // two visits scored before treatment.
    [[nodiscard]] std::optional<OutcomeChange> change(const OutcomeMeasure& painRating) const;
};

} // namespace needlechart
