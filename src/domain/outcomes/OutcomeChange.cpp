#include "needlechart/domain/outcomes/OutcomeChange.h"

#include <cmath>

namespace needlechart {

OutcomeChange OutcomeChange::of(const OutcomeMeasure& measure, double baseline, double latest)
{
    OutcomeChange c;
    c.baseline = baseline;
    c.latest = latest;
    c.change = latest - baseline;
    const double better = measure.higherIsBetter ? c.change : -c.change;
    c.improved = better > 0;
    c.worsened = better < 0;
    // Scores are whole numbers or means of a few, so a change equal to the MCID is compared
    // with a little room for the arithmetic.
    c.clinicallyImportant = measure.mcid > 0 && std::abs(c.change) + 1e-9 >= measure.mcid;
    return c;
}

} // namespace needlechart
