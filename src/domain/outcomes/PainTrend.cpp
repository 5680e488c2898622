#include "needlechart/domain/outcomes/PainTrend.h"

#include <algorithm>

namespace needlechart {

PainTrend PainTrend::of(const std::vector<SessionSummary>& history)
{
    PainTrend trend;
    for (const SessionSummary& s : history) {
        if (s.status != SessionStatus::Signed || (!s.painBefore && !s.painAfter))
            continue;
        trend.visits.append(Visit{s.treatedAt, s.painBefore, s.painAfter});
    }
    std::stable_sort(trend.visits.begin(), trend.visits.end(),
                     [](const Visit& a, const Visit& b) { return a.treatedAt < b.treatedAt; });
    return trend;
}

std::optional<OutcomeChange> PainTrend::change(const OutcomeMeasure& painRating) const
{
    const Visit* first = nullptr;
    const Visit* last = nullptr;
    for (const Visit& v : visits) {
        if (!v.before)
            continue;
        if (!first)
            first = &v;
        last = &v;
    }
    if (!first || first == last)
        return std::nullopt;
    return OutcomeChange::of(painRating, *first->before, *last->before);
}

} // namespace needlechart
