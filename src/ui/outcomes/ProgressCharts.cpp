#include "needlechart/ui/outcomes/ProgressCharts.h"

#include "needlechart/domain/outcomes/OutcomeMeasureCatalogue.h"
#include "needlechart/domain/outcomes/ProgressText.h"
#include "needlechart/ui/common/DateText.h"

#include "common/Theme.h"

#include <QAreaSeries>
#include <QChart>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QValueAxis>

#include <algorithm>

namespace needlechart {
namespace {

qreal msecs(const QDateTime& at)
{
    return qreal(at.toMSecsSinceEpoch());
}

} // namespace

QChart* ProgressCharts::pain(const PainTrend& trend)
{
    const OutcomeMeasure* nprs =
        OutcomeMeasureCatalogue::builtIn().find(OutcomeMeasureCatalogue::PainRating);
    auto* chart = new QChart;
    chart->setTitle(tr("Pain (NPRS 0–10) before and after each visit"));
    chart->legend()->setAlignment(Qt::AlignBottom);

    auto* before = new QLineSeries(chart);
    before->setName(tr("Before treatment"));
    auto* after = new QLineSeries(chart);
    after->setName(tr("After treatment"));
    for (const PainTrend::Visit& v : std::as_const(trend.visits)) {
        if (v.before)
            before->append(msecs(v.treatedAt), *v.before);
        if (v.after)
            after->append(msecs(v.treatedAt), *v.after);
    }
    before->setPointsVisible(true);
    after->setPointsVisible(true);
    before->setPen(QPen(Theme::color(Theme::Role::PainBurning), 2.5));
    after->setPen(QPen(Theme::color(Theme::Role::MarkerFill), 2.5, Qt::DashLine));

    // The first and last day shown, a day either side so single points are not on the edge.
    const QDateTime first = trend.visits.first().treatedAt.addDays(-1);
    const QDateTime last = trend.visits.last().treatedAt.addDays(1);

    // The band within the MCID of the first visit's pain before treatment: a change out of it
    // is one patients notice as mattering.
    const auto baseline =
        std::find_if(trend.visits.cbegin(), trend.visits.cend(),
                     [](const PainTrend::Visit& v) { return v.before.has_value(); });
    if (nprs && baseline != trend.visits.cend()) {
        auto* upper = new QLineSeries(chart);
        auto* lower = new QLineSeries(chart);
        const double top = std::min(10.0, *baseline->before + nprs->mcid);
        const double bottom = std::max(0.0, *baseline->before - nprs->mcid);
        for (const QDateTime& at : {first, last}) {
            upper->append(msecs(at), top);
            lower->append(msecs(at), bottom);
        }
        auto* band = new QAreaSeries(upper, lower);
        band->setName(tr("Within %1 points of the first visit (MCID)").arg(nprs->mcid));
        QColor fill = Theme::color(Theme::Role::MarkerHoverFill);
        fill.setAlpha(45);
        band->setBrush(fill);
        band->setPen(Qt::NoPen);
        chart->addSeries(band);
    }
    chart->addSeries(before);
    chart->addSeries(after);

    auto* xAxis = new QDateTimeAxis(chart);
    xAxis->setFormat(DateText::dayMonthAxisFormat());
    xAxis->setRange(first, last);
    xAxis->setTickCount(std::clamp(int(trend.visits.size()) + 1, 2, 8));
    auto* yAxis = new QValueAxis(chart);
    yAxis->setRange(0, 10);
    yAxis->setTickCount(6);
    yAxis->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(xAxis, Qt::AlignBottom);
    chart->addAxis(yAxis, Qt::AlignLeft);
    for (QAbstractSeries* series : chart->series()) {
        series->attachAxis(xAxis);
        series->attachAxis(yAxis);
    }
    return chart;
}

QChart* ProgressCharts::functionScale(const std::vector<OutcomeCompletion>& completions)
{
    const OutcomeMeasure* measure = OutcomeMeasureCatalogue::builtIn().find(
        OutcomeMeasureCatalogue::PatientSpecificFunctionalScale);
    auto* chart = new QChart;
    chart->setTitle(tr("Patient-Specific Functional Scale (mean, %1\u2013%2, higher is better)")
                        .arg(measure ? measure->scale.min : 0)
                        .arg(measure ? measure->scale.max : 10));
    chart->legend()->setAlignment(Qt::AlignBottom);
    std::vector<const OutcomeCompletion*> kept;
    for (const OutcomeCompletion& c : completions) {
        if (!c.isVoided())
            kept.push_back(&c);
    }
    auto* scores = new QLineSeries(chart);
    scores->setName(tr("Score"));
    scores->setPointsVisible(true);
    scores->setPen(QPen(Theme::color(Theme::Role::Accent), 2.5));
    for (const OutcomeCompletion* c : kept)
        scores->append(qreal(c->completedAt.toMSecsSinceEpoch()), c->score);
    const QDateTime first = kept.empty() ? QDateTime::currentDateTimeUtc().addDays(-7)
                                         : kept.front()->completedAt.addDays(-1);
    const QDateTime last =
        kept.empty() ? QDateTime::currentDateTimeUtc() : kept.back()->completedAt.addDays(1);
    if (measure && !kept.empty()) {
        auto* upper = new QLineSeries(chart);
        auto* lower = new QLineSeries(chart);
        const double top = std::min(measure->highestScore(), kept.front()->score + measure->mcid);
        const double bottom = std::max(measure->lowestScore(), kept.front()->score - measure->mcid);
        for (const QDateTime& at : {first, last}) {
            upper->append(qreal(at.toMSecsSinceEpoch()), top);
            lower->append(qreal(at.toMSecsSinceEpoch()), bottom);
        }
        auto* band = new QAreaSeries(upper, lower);
        band->setName(tr("Within %1 points of the first score (MCID)")
                          .arg(ProgressText::score(measure->mcid)));
        QColor fill = Theme::color(Theme::Role::MarkerHoverFill);
        fill.setAlpha(45);
        band->setBrush(fill);
        band->setPen(Qt::NoPen);
        chart->addSeries(band);
    }
    chart->addSeries(scores);
    auto* xAxis = new QDateTimeAxis(chart);
    xAxis->setFormat(DateText::dayMonthAxisFormat());
    xAxis->setRange(first, last);
    xAxis->setTickCount(std::clamp(int(kept.size()) + 1, 2, 8));
    auto* yAxis = new QValueAxis(chart);
    yAxis->setRange(measure ? measure->lowestScore() : 0, measure ? measure->highestScore() : 10);
    yAxis->setTickCount(3);
    yAxis->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(xAxis, Qt::AlignBottom);
    chart->addAxis(yAxis, Qt::AlignLeft);
    for (QAbstractSeries* series : chart->series()) {
        series->attachAxis(xAxis);
        series->attachAxis(yAxis);
    }
    return chart;
}

} // namespace needlechart
