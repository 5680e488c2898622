#include "needlechart/ui/outcomes/FunctionScalePanel.h"

#include "needlechart/domain/outcomes/OutcomeMeasureCatalogue.h"
#include "needlechart/domain/outcomes/ProgressText.h"
#include "needlechart/services/common/ChangeNotifier.h"
#include "needlechart/services/outcomes/OutcomeService.h"
#include "needlechart/ui/common/DateText.h"
#include "needlechart/ui/common/MessagePresenter.h"
#include "needlechart/ui/outcomes/OutcomeEntryDialog.h"
#include "needlechart/ui/outcomes/ProgressCharts.h"

#include "common/Theme.h"

#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineSeries>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>

namespace needlechart {
namespace {

const OutcomeMeasure* psfs()
{
    return OutcomeMeasureCatalogue::builtIn().find(
        OutcomeMeasureCatalogue::PatientSpecificFunctionalScale);
}

} // namespace

FunctionScalePanel::FunctionScalePanel(UiContext& context, QWidget* parent)
    : QWidget(parent),
      m_context(context),
      m_chartView(new QChartView(this)),
      m_summary(new QLabel(this)),
      m_list(new QListWidget(this)),
      m_record(new QPushButton(tr("&Record PSFS\u2026"), this)),
      m_void(new QPushButton(tr("Mark entered in &error\u2026"), this))
{
    setObjectName(QStringLiteral("functionScalePanel"));
    m_chartView->setObjectName(QStringLiteral("functionScaleChart"));
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setAccessibleName(tr("Patient-Specific Functional Scale over the visits"));
    m_chartView->setMinimumHeight(220);
    m_summary->setObjectName(QStringLiteral("functionScaleSummary"));
    m_summary->setWordWrap(true);
    m_list->setObjectName(QStringLiteral("functionScaleList"));
    m_list->setAccessibleName(tr("Completions of the Patient-Specific Functional Scale"));
    m_list->setMaximumHeight(fontMetrics().lineSpacing() * 5);
    m_record->setObjectName(QStringLiteral("recordFunctionScale"));
    m_void->setObjectName(QStringLiteral("voidFunctionScale"));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_summary, 1);
    buttons->addWidget(m_void);
    buttons->addWidget(m_record);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_chartView, 1);
    layout->addWidget(m_list);
    layout->addLayout(buttons);

    connect(m_record, &QPushButton::clicked, this, &FunctionScalePanel::recordCompletion);
    connect(m_void, &QPushButton::clicked, this, &FunctionScalePanel::markSelectedInError);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        m_void->setEnabled(row >= 0 && row < int(m_completions.size())
                           && !m_completions[std::size_t(row)].isVoided());
    });
    connect(&context.notifier, &ChangeNotifier::changed, this, [this](const ChangeEvent& event) {
        if (event.entity == ChangeEvent::Entity::Outcome && m_patientId > 0
            && (event.patientId == m_patientId || event.remote))
            reload();
    });
    showPatient(0);
}

void FunctionScalePanel::showPatient(PatientId id)
{
    m_patientId = id;
    reload();
}

void FunctionScalePanel::reload()
{
    m_completions.clear();
    m_list->clear();
    m_record->setEnabled(m_patientId > 0);
    m_void->setEnabled(false);
    const OutcomeMeasure* measure = psfs();
    if (m_patientId > 0 && measure) {
        auto all = m_context.outcomes.completions(m_patientId, m_context.user);
        if (!all) {
            m_summary->setText(all.error().message);
        } else {
            for (OutcomeCompletion& c : *all) {
                if (c.measureId == measure->id)
                    m_completions.push_back(std::move(c));
            }
        }
    }
    for (const OutcomeCompletion& c : m_completions) {
        QStringList activities;
        for (const OutcomeAnswer& a : c.answers)
            activities << tr("%1 %2").arg(a.item).arg(a.value);
        QString line =
            tr("%1  \u00b7  %2  \u00b7  %3  \u00b7  by %4")
                .arg(DateText::formatDateTime(c.completedAt), ProgressText::score(c.score),
                     activities.join(QStringLiteral(", ")), c.recordedBy);
        if (c.isVoided())
            line += tr("  \u00b7  entered in error (%1, %2)").arg(c.voidReason, c.voidedBy);
        auto* item = new QListWidgetItem(line, m_list);
        if (c.isVoided()) {
            QFont font = item->font();
            font.setStrikeOut(true);
            item->setFont(font);
            item->setForeground(Theme::color(Theme::Role::FadedText));
        }
    }
    if (m_patientId <= 0)
        m_summary->setText(tr("Select a patient to see their functional scale."));
    else if (measure) {
        const QString sentence = ProgressText::measure(*measure, m_completions);
        m_summary->setText(sentence.isEmpty()
                               ? tr("The Patient-Specific Functional Scale was not scored yet: "
                                    "Record PSFS\u2026 at the first visit, then at reviews.")
                               : sentence);
    }
    drawChart();
}

void FunctionScalePanel::drawChart()
{
    QChart* chart = ProgressCharts::functionScale(m_completions);
    const bool anyKept = std::any_of(m_completions.cbegin(), m_completions.cend(),
                                     [](const OutcomeCompletion& c) { return !c.isVoided(); });
    QChart* old = m_chartView->chart();
    m_chartView->setChart(chart);
    delete old;
    m_chartView->setVisible(anyKept);
}

OutcomeEntryDialog* FunctionScalePanel::recordCompletion()
{
    if (m_patientId <= 0)
        return nullptr;
    auto* dialog = new OutcomeEntryDialog(m_context, m_patientId, 0, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

void FunctionScalePanel::markSelectedInError()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= int(m_completions.size()))
        return;
    const OutcomeCompletion& c = m_completions[std::size_t(row)];
    const auto reason = m_context.messages.askReason(
        this, tr("Mark entered in error"),
        tr("Why was the score of %1 entered in error? It stays on the record, out of the chart.")
            .arg(DateText::formatDateTime(c.completedAt)),
        tr("&Mark entered in error"), tr("&Keep the score"));
    if (!reason)
        return;
    if (Status marked = m_context.outcomes.markEnteredInError(c.id, *reason, m_context.user);
        !marked)
        m_context.messages.warning(this, tr("Cannot mark the score"), marked.error().message);
}

} // namespace needlechart
