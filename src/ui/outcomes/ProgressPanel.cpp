#include "needlechart/ui/outcomes/ProgressPanel.h"

#include "needlechart/domain/outcomes/OutcomeMeasureCatalogue.h"
#include "needlechart/services/common/ChangeNotifier.h"
#include "needlechart/services/session/SessionService.h"
#include "needlechart/ui/common/DateText.h"
#include "needlechart/ui/outcomes/FunctionScalePanel.h"

#include "common/Theme.h"

#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QLabel>
#include <QLineSeries>
#include <QSplitter>
#include <QStackedWidget>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>

namespace needlechart {
namespace {

enum Page { MessagePage, ChartPage };

qreal msecs(const QDateTime& at)
{
    return qreal(at.toMSecsSinceEpoch());
}

} // namespace

ProgressPanel::ProgressPanel(UiContext& context, QWidget* parent)
    : QWidget(parent),
      m_context(context),
      m_pages(new QStackedWidget(this)),
      m_message(new QLabel(this)),
      m_chartView(new QChartView(this)),
      m_summary(new QLabel(this)),
      m_functionScale(new FunctionScalePanel(context, this))
{
    setObjectName(QStringLiteral("progressPanel"));
    m_chartView->setObjectName(QStringLiteral("painTrendChart"));
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setAccessibleName(tr("Pain before and after each visit"));
    m_chartView->setMinimumHeight(200);
    m_summary->setObjectName(QStringLiteral("progressSummary"));
    m_summary->setWordWrap(true);
    m_message->setWordWrap(true);
    m_message->setAlignment(Qt::AlignCenter);
    m_pages->insertWidget(MessagePage, m_message);
    auto* chartPage = new QWidget(this);
    auto* chartLayout = new QVBoxLayout(chartPage);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    chartLayout->addWidget(m_chartView, 1);
    chartLayout->addWidget(m_summary);
    m_pages->insertWidget(ChartPage, chartPage);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_pages);
    splitter->addWidget(m_functionScale);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(&context.notifier, &ChangeNotifier::changed, this, [this](const ChangeEvent& event) {
        if (event.entity == ChangeEvent::Entity::Session && m_patientId > 0
            && event.patientId == m_patientId && isVisible())
            reload();
    });
    showPatient(0);
}

void ProgressPanel::showPatient(PatientId id)
{
    m_patientId = id;
    m_functionScale->showPatient(id);
    reload();
}

void ProgressPanel::reload()
{
    m_trend = {};
    if (m_patientId <= 0) {
        m_message->setText(tr("Select a patient to see their progress."));
        m_pages->setCurrentIndex(MessagePage);
        return;
    }
    auto history = m_context.sessions.history(m_patientId, m_context.user);
    if (!history) {
        m_message->setText(history.error().message);
        m_pages->setCurrentIndex(MessagePage);
        return;
    }
    m_trend = PainTrend::of(*history);
    if (m_trend.visits.isEmpty()) {
        m_message->setText(tr("No signed visit with a pain score yet: the trend starts with the "
                              "first signed note."));
        m_pages->setCurrentIndex(MessagePage);
        return;
    }
    drawTrend();
    m_pages->setCurrentIndex(ChartPage);
}

void ProgressPanel::drawTrend()
{
    const OutcomeMeasure* nprs =
        OutcomeMeasureCatalogue::builtIn().find(OutcomeMeasureCatalogue::PainRating);
    auto* chart = new QChart;
    chart->setTitle(tr("Pain (NPRS 0\u201310) before and after each visit"));
    chart->legend()->setAlignment(Qt::AlignBottom);

    auto* before = new QLineSeries(chart);
    before->setName(tr("Before treatment"));
    auto* after = new QLineSeries(chart);
    after->setName(tr("After treatment"));
    for (const PainTrend::Visit& v : std::as_const(m_trend.visits)) {
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
    const QDateTime first = m_trend.visits.first().treatedAt.addDays(-1);
    const QDateTime last = m_trend.visits.last().treatedAt.addDays(1);

    // The band within the MCID of the first visit's pain before treatment: a change out of it
    // is one patients notice as mattering.
    const auto baseline =
        std::find_if(m_trend.visits.cbegin(), m_trend.visits.cend(),
                     [](const PainTrend::Visit& v) { return v.before.has_value(); });
    if (nprs && baseline != m_trend.visits.cend()) {
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
    xAxis->setFormat(QStringLiteral("dd/MM"));
    xAxis->setRange(first, last);
    xAxis->setTickCount(std::clamp(int(m_trend.visits.size()) + 1, 2, 8));
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
    QChart* old = m_chartView->chart();
    m_chartView->setChart(chart);
    delete old;

    QStringList lines;
    lines
        << (m_trend.visits.size() == 1
                ? tr("1 signed visit with a pain score.")
                : tr("%1 signed visits with a pain score, %2 to %3.")
                      .arg(m_trend.visits.size())
                      .arg(DateText::format(m_trend.visits.first().treatedAt.toLocalTime().date()),
                           DateText::format(m_trend.visits.last().treatedAt.toLocalTime().date())));
    if (nprs) {
        if (const auto change = m_trend.change(*nprs)) {
            const int moved = int(std::abs(change->change));
            QString verdict = change->clinicallyImportant
                                  ? tr("at least the %1-point MCID: a change that matters to "
                                       "patients")
                                        .arg(nprs->mcid)
                                  : tr("less than the %1-point MCID").arg(nprs->mcid);
            if (change->improved)
                lines << tr("Pain before treatment fell from %1 to %2 (%3 less), %4.")
                             .arg(change->baseline)
                             .arg(change->latest)
                             .arg(moved)
                             .arg(verdict);
            else if (change->worsened)
                lines << tr("Pain before treatment rose from %1 to %2 (%3 more), %4.")
                             .arg(change->baseline)
                             .arg(change->latest)
                             .arg(moved)
                             .arg(verdict);
            else
                lines
                    << tr("Pain before treatment is where it started (%1).").arg(change->baseline);
        }
    }
    m_summary->setText(lines.join(QLatin1Char(' ')));
}

} // namespace needlechart
