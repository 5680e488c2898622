#pragma once

#include "needlechart/domain/outcomes/OutcomeCompletion.h"
#include "needlechart/domain/outcomes/PainTrend.h"

#include <QCoreApplication>

#include <vector>

class QChart;

namespace needlechart {

// The progress charts (Qt Charts) built from plain values, for the Progress tab and for paper
// alike: pain before and after each signed visit with the band within the NPRS's MCID of the
// first visit, and the Patient-Specific Functional Scale's scores (completions entered in error
// left out) with the band within its MCID of the first score. The caller owns the chart.
class ProgressCharts {
    Q_DECLARE_TR_FUNCTIONS(ProgressCharts)

public:
    [[nodiscard]] static QChart* pain(const PainTrend& trend);
    [[nodiscard]] static QChart* functionScale(const std::vector<OutcomeCompletion>& completions);
};

} // namespace needlechart
