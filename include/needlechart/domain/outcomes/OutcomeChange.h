#pragma once

#include "needlechart/domain/outcomes/OutcomeMeasure.h"

namespace needlechart {

// How a score moved between two completions of one measure (the first of a course of care and
// a later one), read against the measure's direction and its minimal clinically important
// difference.
struct OutcomeChange {
    double baseline = 0;
    double latest = 0;
    double change = 0;                // latest - baseline
    bool improved = false;            // moved the better way, by any amount
    bool worsened = false;            // moved the worse way, by any amount
    bool clinicallyImportant = false; // by at least the MCID, either way

    [[nodiscard]] static OutcomeChange of(const OutcomeMeasure& measure, double baseline,
                                          double latest);
};

} // namespace needlechart
