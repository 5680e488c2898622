#pragma once

#include "needlechart/domain/outcomes/OutcomeCompletion.h"
#include "needlechart/domain/outcomes/OutcomeMeasure.h"
#include "needlechart/domain/outcomes/PainTrend.h"

#include <QCoreApplication>
#include <QString>

#include <vector>

namespace needlechart {

// How a patient's scores moved, in a sentence a letter or the record can carry: pain before
// treatment from the first visit to the latest, and a measure's score from its first completion
// to its latest, each read against the measure's minimal clinically important difference.
class ProgressText {
    Q_DECLARE_TR_FUNCTIONS(ProgressText)

public:
    // "Pain before treatment (NPRS) fell from 7/10 at the first visit to 3/10 at the latest:
    // 4 points, at least the 2-point minimal clinically important difference."
    [[nodiscard]] static QString pain(const PainTrend& trend, const OutcomeMeasure& painRating);
    // The same for a measure's completions (any order; voided ones and other measures' are left
    // out); empty when the measure was never completed.
    [[nodiscard]] static QString measure(const OutcomeMeasure& measure,
                                         const std::vector<OutcomeCompletion>& completions);
    // `score` as the measure shows it: whole numbers without decimals, a mean to one decimal.
    [[nodiscard]] static QString score(double score);
};

} // namespace needlechart
