#include "needlechart/ui/outcomes/ProgressPanel.h"

#include "needlechart/domain/common/Clock.h"
#include "needlechart/domain/outcomes/OutcomeMeasureCatalogue.h"
#include "needlechart/services/audit/AuditTrail.h"
#include "needlechart/services/clinic/ClinicService.h"
#include "needlechart/services/common/ChangeNotifier.h"
#include "needlechart/services/outcomes/OutcomeService.h"
#include "needlechart/services/patients/PatientService.h"
#include "needlechart/services/session/SessionService.h"
#include "needlechart/ui/common/DateText.h"
#include "needlechart/ui/common/MessagePresenter.h"
#include "needlechart/ui/outcomes/FunctionScalePanel.h"
#include "needlechart/ui/outcomes/ProgressCharts.h"
#include "needlechart/ui/paper/PrintDialogs.h"
#include "needlechart/ui/paper/ProgressReportRenderer.h"

#include "common/Theme.h"

#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineSeries>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>

namespace needlechart {
namespace {

enum Page { MessagePage, ChartPage };

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

    auto* printButton = new QPushButton(tr("Print pro&gress\u2026"), this);
    printButton->setObjectName(QStringLiteral("printProgress"));
    printButton->setToolTip(tr("Both charts and what they show, on paper for the patient, their "
                               "GP or an insurer"));
    connect(printButton, &QPushButton::clicked, this, &ProgressPanel::print);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_pages);
    splitter->addWidget(m_functionScale);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
    auto* printRow = new QHBoxLayout;
    printRow->addStretch(1);
    printRow->addWidget(printButton);
    layout->addLayout(printRow);

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
    QChart* chart = ProgressCharts::pain(m_trend);
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

Result<ProgressReportContent> ProgressPanel::reportContent() const
{
    if (m_patientId <= 0)
        return Error{ErrorCode::Validation, tr("Select a patient first."), {}, {}};
    auto patient = m_context.patients.get(m_patientId, m_context.user);
    if (!patient)
        return patient.error();
    auto profile = m_context.clinic.profile();
    if (!profile)
        return profile.error();
    auto completions = m_context.outcomes.completions(m_patientId, m_context.user);
    if (!completions)
        return completions.error();
    return ProgressReportContent{*profile,
                                 *patient,
                                 m_trend,
                                 std::move(*completions),
                                 m_context.sessions.clock().nowUtc(),
                                 m_context.user.displayName};
}

Status ProgressPanel::exportPdf(const QString& path)
{
    auto content = reportContent();
    if (!content)
        return content.error();
    Status written = ProgressReportRenderer(*content).exportPdf(path);
    if (written)
        m_context.audit.recordOutput(m_context.user, AuditAction::Export,
                                     {m_patientId, QStringLiteral("progress-report"), m_patientId},
                                     QStringLiteral("pdf"));
    return written;
}

void ProgressPanel::print()
{
    auto content = reportContent();
    if (!content) {
        m_context.messages.warning(this, tr("Cannot print the progress report"),
                                   content.error().message);
        return;
    }
    auto renderer = std::make_shared<ProgressReportRenderer>(std::move(*content));
    PrintDialogs::Paper paper;
    paper.documentName = renderer->title();
    if (PrintDialogs::print([renderer](QPagedPaintDevice& device) { renderer->render(device); },
                            paper, this))
        m_context.audit.recordOutput(m_context.user, AuditAction::Print,
                                     {m_patientId, QStringLiteral("progress-report"), m_patientId});
}

} // namespace needlechart
