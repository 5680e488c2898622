#include "needlechart/ui/paindrawing/PainDrawingPanel.h"

#include "needlechart/domain/bodymap/MuscleCatalogue.h"
#include "needlechart/domain/common/DisplayText.h"
#include "needlechart/domain/paindrawing/ReferralPatterns.h"
#include "needlechart/ui/bodymap/BodyMapRenderer.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QPixmap>
#include <QPushButton>
#include <QSpinBox>
#include <QToolButton>
#include <QTransform>
#include <QVBoxLayout>

#include <algorithm>

namespace needlechart {
namespace {

// A swatch of a kind of symptom as the map shades it: its colour and hatching.
QIcon swatch(PainType type)
{
    QPixmap pixmap(18, 18);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const PainArea sample{
        BodyView::Anterior,
        type,
        7,
        {QPointF(0.06, 0.06), QPointF(0.94, 0.06), QPointF(0.94, 0.94), QPointF(0.06, 0.94)}};
    BodyMapRenderer::paintPainArea(painter, sample, QTransform::fromScale(18, 18));
    return QIcon(pixmap);
}

QToolButton* toolButton(const QString& text, const QString& tip, QWidget* parent)
{
    auto* button = new QToolButton(parent);
    button->setText(text);
    button->setToolTip(tip);
    button->setAccessibleName(tip);
    button->setCheckable(true);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    return button;
}

} // namespace

PainDrawingPanel::PainDrawingPanel(QWidget* parent)
    : PainDrawingPanel(ReferralPatterns::builtIn(), MuscleCatalogue::builtIn(), parent)
{}

PainDrawingPanel::PainDrawingPanel(const ReferralPatterns& patterns,
                                   const MuscleCatalogue& catalogue, QWidget* parent)
    : QWidget(parent),
      m_catalogue(catalogue),
      m_ranking(patterns, catalogue),
      m_shade(toolButton(tr("S&hade"), tr("Shade where the patient feels it"), this)),
      m_erase(toolButton(tr("E&rase"), tr("Erase a shaded area (click it)"), this)),
      m_type(new QComboBox(this)),
      m_intensity(new QSpinBox(this)),
      m_clear(new QPushButton(tr("Clear dra&wing"), this)),
      m_summary(new QLabel(this)),
      m_list(new QListWidget(this)),
      m_caveat(new QLabel(this))
{
    setObjectName(QStringLiteral("painDrawingPanel"));
    m_shade->setObjectName(QStringLiteral("painShadeButton"));
    m_erase->setObjectName(QStringLiteral("painEraseButton"));
    m_type->setObjectName(QStringLiteral("painTypeCombo"));
    m_intensity->setObjectName(QStringLiteral("painIntensitySpin"));
    m_clear->setObjectName(QStringLiteral("painClearButton"));
    m_summary->setObjectName(QStringLiteral("painSummary"));
    m_list->setObjectName(QStringLiteral("painCandidates"));

    auto* tools = new QButtonGroup(this);
    tools->setExclusive(true);
    tools->addButton(m_shade);
    tools->addButton(m_erase);
    m_shade->setChecked(true);

    for (const PainType type : enumValues<PainType>())
        m_type->addItem(swatch(type), enumLabel(type), QVariant::fromValue(int(type)));
    m_type->setAccessibleName(tr("Kind of symptom"));
    m_type->setToolTip(tr("What the patient feels in the areas shaded next"));
    m_intensity->setRange(PainArea::MinIntensity, PainArea::MaxIntensity);
    m_intensity->setValue(5);
    m_intensity->setSuffix(tr(" / 10"));
    m_intensity->setAccessibleName(tr("Intensity"));
    m_intensity->setToolTip(tr("How strong, as the patient rates it (1 to 10)"));
    auto* intensityLabel = new QLabel(tr("Intensit&y"), this);
    intensityLabel->setBuddy(m_intensity);
    m_clear->setToolTip(tr("Remove every shaded area (undo brings them back)"));

    m_summary->setWordWrap(true);
    m_list->setAccessibleName(tr("Candidate muscles from the pain drawing"));
    m_list->setToolTip(tr("Double-click or press Enter to find the muscle in the muscle list"));
    m_caveat->setWordWrap(true);
    m_caveat->setObjectName(QStringLiteral("painCaveat"));
    QFont small = m_caveat->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_caveat->setFont(small);

    auto* row = new QHBoxLayout;
    row->addWidget(m_shade);
    row->addWidget(m_erase);
    row->addWidget(m_type, 1);
    row->addWidget(intensityLabel);
    row->addWidget(m_intensity);
    row->addWidget(m_clear);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_summary);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_caveat);

    connect(tools, &QButtonGroup::buttonClicked, this,
            [this](QAbstractButton*) { Q_EMIT toolChanged(tool()); });
    connect(m_type, &QComboBox::currentIndexChanged, this, [this](int) {
        // Choosing what to shade means shading: back from the eraser.
        m_shade->setChecked(true);
        Q_EMIT toolChanged(tool());
        Q_EMIT painTypeChanged(painType());
    });
    connect(m_clear, &QPushButton::clicked, this, &PainDrawingPanel::clearRequested);
    connect(m_list, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        Q_EMIT candidateActivated(item->data(Qt::UserRole).toString());
    });
    showDrawing({}, false);
}

BodyMapWidget::Tool PainDrawingPanel::tool() const
{
    return m_erase->isChecked() ? BodyMapWidget::Tool::ErasePain : BodyMapWidget::Tool::ShadePain;
}

PainType PainDrawingPanel::painType() const
{
    return PainType(m_type->currentData().toInt());
}

int PainDrawingPanel::intensity() const
{
    return m_intensity->value();
}

QList<PainArea> PainDrawingPanel::areasFor(BodyView view,
                                           const QList<QList<QPointF>>& outlines) const
{
    QList<PainArea> areas;
    for (const QList<QPointF>& outline : outlines)
        areas.append(PainArea{view, painType(), intensity(), outline});
    return areas;
}

void PainDrawingPanel::showDrawing(const QList<PainArea>& areas, bool readOnly)
{
    for (QWidget* tool : {static_cast<QWidget*>(m_shade), static_cast<QWidget*>(m_erase),
                          static_cast<QWidget*>(m_type), static_cast<QWidget*>(m_intensity)})
        tool->setEnabled(!readOnly);
    m_clear->setEnabled(!readOnly && !areas.isEmpty());
    m_erase->setEnabled(!readOnly && !areas.isEmpty());
    if (areas.isEmpty() && m_erase->isChecked()) {
        m_shade->setChecked(true);
        Q_EMIT toolChanged(tool());
    }

    if (areas.isEmpty()) {
        m_summary->setText(readOnly ? tr("No pain drawing in this note.")
                                    : tr("Shade on the map where the patient feels their "
                                         "symptoms, choosing the kind and intensity first."));
    } else {
        QStringList kinds;
        for (const PainType type : enumValues<PainType>()) {
            int strongest = 0;
            for (const PainArea& area : areas) {
                if (area.type == type)
                    strongest = std::max(strongest, area.intensity);
            }
            if (strongest > 0)
                kinds.append(tr("%1 up to %2/10")
                                 .arg(DisplayText::inSentence(enumLabel(type)))
                                 .arg(strongest));
        }
        m_summary->setText((areas.size() == 1 ? tr("1 area shaded: %1.")
                                              : tr("%1 areas shaded: %2.").arg(areas.size()))
                               .arg(kinds.join(tr("; "))));
    }
    showCandidates(areas);
}

void PainDrawingPanel::showCandidates(const QList<PainArea>& areas)
{
    // The window shows the note after every edit of any field; rank only when the drawing moved.
    if (m_ranked && areas == m_rankedAreas)
        return;
    m_ranked = true;
    m_rankedAreas = areas;
    m_candidates = m_ranking.rank(areas);
    m_list->clear();
    for (const CandidateMuscle& candidate : std::as_const(m_candidates)) {
        const Muscle* muscle = m_catalogue.find(candidate.muscleId);
        if (!muscle)
            continue;
        const QString name =
            candidate.side ? tr("%1, %2").arg(
                muscle->name, DisplayText::inSentence(bodySideLabel(*candidate.side)))
                           : muscle->name;
        QString text =
            tr("%1 \u2014 refers to %2")
                .arg(name, candidate.mainAreas.isEmpty() ? candidate.otherAreas.join(tr(", "))
                                                         : candidate.mainAreas.join(tr(", ")));
        if (!candidate.mainAreas.isEmpty() && !candidate.otherAreas.isEmpty())
            text += tr(" (also %1)").arg(candidate.otherAreas.join(tr(", ")));
        auto* item = new QListWidgetItem(text, m_list);
        item->setData(Qt::UserRole, candidate.muscleId);
        item->setToolTip(
            tr("Typical referred pain of %1: %2").arg(muscle->name, muscle->referredPain));
    }
    const bool neural = std::any_of(areas.cbegin(), areas.cend(), [](const PainArea& area) {
        return area.type == PainType::PinsAndNeedles || area.type == PainType::Numbness;
    });
    QString caveat;
    if (areas.isEmpty())
        caveat = tr("Muscles whose typical referred pain covers the shaded areas will be listed "
                    "here.");
    else if (m_candidates.isEmpty())
        caveat = tr("No catalogued referral pattern covers the shaded areas.");
    else
        caveat = tr("Muscles whose typical referred pain covers the shaded areas, closest first: "
                    "guidance from the standard patterns to examine, not a diagnosis.");
    if (neural)
        caveat += QLatin1Char(' ')
                  + tr("Pins and needles or numbness may come from a nerve: screen for that "
                       "too.");
    m_caveat->setText(caveat);
}

} // namespace needlechart
