#include "needlechart/domain/outcomes/ProgressText.h"

#include "needlechart/domain/outcomes/OutcomeChange.h"

#include <algorithm>
#include <cmath>

namespace needlechart {
namespace {

QString verdict(const OutcomeChange& change, const OutcomeMeasure& measure)
{
    return change.clinicallyImportant
               ? ProgressText::tr("at least the %1-point minimal clinically important difference")
                     .arg(ProgressText::score(measure.mcid))
               : ProgressText::tr("less than the %1-point minimal clinically important difference")
                     .arg(ProgressText::score(measure.mcid));
}

} // namespace

QString ProgressText::score(double score)
{
    const double rounded = std::round(score * 10) / 10;
    return rounded == std::floor(rounded) ? QString::number(qint64(rounded))
                                          : QString::number(rounded, 'f', 1);
}

QString ProgressText::pain(const PainTrend& trend, const OutcomeMeasure& painRating)
{
    const auto change = trend.change(painRating);
    if (!change) {
        const auto first = std::find_if(trend.visits.cbegin(), trend.visits.cend(),
                                        [](const PainTrend::Visit& v) { return v.before; });
        if (first == trend.visits.cend())
            return tr("No pain score was recorded before treatment.");
        return tr("Pain before treatment (NPRS) was %1/10 at the one visit scored so far.")
            .arg(*first->before);
    }
    const QString moved = score(std::abs(change->change));
    if (change->improved)
        return tr("Pain before treatment (NPRS) fell from %1/10 at the first visit to %2/10 at "
                  "the latest: %3 points, %4.")
            .arg(score(change->baseline), score(change->latest), moved,
                 verdict(*change, painRating));
    if (change->worsened)
        return tr("Pain before treatment (NPRS) rose from %1/10 at the first visit to %2/10 at "
                  "the latest: %3 points, %4.")
            .arg(score(change->baseline), score(change->latest), moved,
                 verdict(*change, painRating));
    return tr("Pain before treatment (NPRS) is where it was at the first visit, %1/10.")
        .arg(score(change->baseline));
}

QString ProgressText::measure(const OutcomeMeasure& measure,
                              const std::vector<OutcomeCompletion>& completions)
{
    std::vector<const OutcomeCompletion*> kept;
    for (const OutcomeCompletion& c : completions) {
        if (c.measureId == measure.id && !c.isVoided())
            kept.push_back(&c);
    }
    if (kept.empty())
        return {};
    std::stable_sort(kept.begin(), kept.end(),
                     [](const OutcomeCompletion* a, const OutcomeCompletion* b) {
                         return a->completedAt < b->completedAt;
                     });
    const QString range =
        tr("%1 to %2").arg(score(measure.lowestScore()), score(measure.highestScore()));
    if (kept.size() == 1)
        return tr("%1: %2 (%3) at its one completion so far.")
            .arg(measure.name, score(kept.front()->score), range);
    const OutcomeChange change =
        OutcomeChange::of(measure, kept.front()->score, kept.back()->score);
    const QString better = measure.higherIsBetter ? tr("rose") : tr("fell");
    const QString worse = measure.higherIsBetter ? tr("fell") : tr("rose");
    if (change.improved || change.worsened)
        return tr("%1 (%2): %3 from %4 to %5 over %6 completions, %7 points (%8, %9).")
            .arg(measure.name, range, change.improved ? better : worse, score(change.baseline),
                 score(change.latest))
            .arg(kept.size())
            .arg(score(std::abs(change.change)), change.improved ? tr("better") : tr("worse"),
                 verdict(change, measure));
    return tr("%1 (%2): unchanged at %3 over %4 completions.")
        .arg(measure.name, range, score(change.baseline))
        .arg(kept.size());
}

} // namespace needlechart
