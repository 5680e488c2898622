#include "needlechart/ui/outcomes/OutcomeEntryDialog.h"

#include "needlechart/domain/common/DisplayText.h"
#include "needlechart/domain/outcomes/OutcomeMeasureCatalogue.h"
#include "needlechart/domain/outcomes/ProgressText.h"
#include "needlechart/services/outcomes/OutcomeService.h"

#include "common/ErrorLabel.h"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace needlechart {

OutcomeEntryDialog::OutcomeEntryDialog(UiContext& context, PatientId patientId, SessionId sessionId,
                                       QWidget* parent)
    : QDialog(parent),
      m_context(context),
      m_patientId(patientId),
      m_sessionId(sessionId),
      m_score(new QLabel(this)),
      m_error(ErrorLabel::create(this))
{
    setObjectName(QStringLiteral("outcomeEntryDialog"));
    if (const OutcomeMeasure* psfs = OutcomeMeasureCatalogue::builtIn().find(
            OutcomeMeasureCatalogue::PatientSpecificFunctionalScale))
        m_measure = *psfs;
    setWindowTitle(m_measure.name);

    auto* intro = new QLabel(
        tr("Ask the patient for up to %1 activities they find hard or cannot do because of the "
           "problem, and how well they can do each today: %2 = %3, %4 = %5.")
            .arg(m_measure.maxItems)
            .arg(m_measure.scale.min)
            .arg(DisplayText::inSentence(m_measure.scale.minLabel))
            .arg(m_measure.scale.max)
            .arg(DisplayText::inSentence(m_measure.scale.maxLabel)),
        this);
    intro->setWordWrap(true);
    auto* grid = new QGridLayout;
    grid->addWidget(new QLabel(tr("Activity, in the patient's words"), this), 0, 0);
    grid->addWidget(
        new QLabel(tr("Today (%1\u2013%2)").arg(m_measure.scale.min).arg(m_measure.scale.max),
                   this),
        0, 1);
    for (int row = 0; row < m_measure.maxItems; ++row) {
        auto* activity = new QLineEdit(this);
        activity->setObjectName(QStringLiteral("activity%1").arg(row + 1));
        activity->setMaxLength(OutcomeCompletion::MaxActivityLength);
        activity->setAccessibleName(tr("Activity %1").arg(row + 1));
        auto* value = new QSpinBox(this);
        value->setObjectName(QStringLiteral("value%1").arg(row + 1));
        value->setRange(m_measure.scale.min, m_measure.scale.max);
        value->setAccessibleName(tr("How well activity %1 is done today").arg(row + 1));
        grid->addWidget(activity, row + 1, 0);
        grid->addWidget(value, row + 1, 1);
        m_activities << activity;
        m_values << value;
        connect(activity, &QLineEdit::textChanged, this, &OutcomeEntryDialog::updateScore);
        connect(value, &QSpinBox::valueChanged, this, &OutcomeEntryDialog::updateScore);
    }
    grid->setColumnStretch(0, 1);
    m_score->setObjectName(QStringLiteral("outcomeScore"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(grid);
    layout->addWidget(m_score);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(560, sizeHint().height());
    connect(buttons, &QDialogButtonBox::accepted, this, [this] { (void)save(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    // The same activities as last time: the scale follows them over the course of care.
    if (auto earlier = context.outcomes.completions(patientId, context.user)) {
        for (auto it = earlier->rbegin(); it != earlier->rend(); ++it) {
            if (it->measureId != m_measure.id || it->isVoided())
                continue;
            for (int i = 0; i < it->answers.size() && i < m_activities.size(); ++i)
                m_activities[i]->setText(it->answers[i].item);
            break;
        }
    }
    updateScore();
}

QLineEdit* OutcomeEntryDialog::activityEdit(int row) const
{
    return m_activities.value(row);
}

QSpinBox* OutcomeEntryDialog::valueBox(int row) const
{
    return m_values.value(row);
}

QList<OutcomeAnswer> OutcomeEntryDialog::answers() const
{
    QList<OutcomeAnswer> out;
    for (int i = 0; i < m_activities.size(); ++i) {
        if (!m_activities[i]->text().trimmed().isEmpty())
            out.append({m_activities[i]->text().trimmed(), m_values[i]->value()});
    }
    return out;
}

void OutcomeEntryDialog::updateScore()
{
    const auto score = m_measure.score(answers());
    m_score->setText(score ? tr("Score: %1 of %2 (the mean of the activities)")
                                 .arg(ProgressText::score(*score))
                                 .arg(m_measure.scale.max)
                           : tr("Name at least one activity to score."));
}

bool OutcomeEntryDialog::save()
{
    auto stored = m_context.outcomes.record(m_patientId, m_sessionId, m_measure.id, answers(),
                                            m_context.user);
    if (!stored) {
        ErrorLabel::show(m_error, stored.error().message);
        return false;
    }
    m_saved = *stored;
    accept();
    return true;
}

} // namespace needlechart
