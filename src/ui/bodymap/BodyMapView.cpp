#include "needlechart/ui/bodymap/BodyMapView.h"

#include "needlechart/domain/bodymap/MuscleCatalogue.h"
#include "needlechart/ui/bodymap/BodyMapArtwork.h"
#include "needlechart/ui/bodymap/BodyMapWidget.h"
#include "needlechart/ui/bodymap/TriggerPointEditor.h"

#include "common/FocusOrder.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QResizeEvent>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <optional>

namespace needlechart {
namespace {

QToolButton* toolButton(QWidget* parent, const QString& text, const QString& accessibleName,
                        bool checkable)
{
    auto* button = new QToolButton(parent);
    button->setText(text);
    button->setAccessibleName(accessibleName);
    button->setToolTip(accessibleName);
    button->setCheckable(checkable);
    button->setAutoRaise(true);
    return button;
}

} // namespace

BodyMapView::BodyMapView(TriggerPointEditor& editor, QWidget* parent)
    : QWidget(parent),
      m_anterior(new BodyMapWidget(BodyMapArtwork::builtIn(BodyView::Anterior), editor, this)),
      m_posterior(new BodyMapWidget(BodyMapArtwork::builtIn(BodyView::Posterior), editor, this)),
      m_frontButton(toolButton(this, tr("Front"), tr("Show the front view"), true)),
      m_backButton(toolButton(this, tr("Back"), tr("Show the back view"), true)),
      m_historyButton(toolButton(this, tr("Earlier points"),
                                 tr("Show earlier sessions' points and the last pain drawing"),
                                 true)),
      m_heatMapButton(toolButton(this, tr("Heat map"), tr("Show heat map"), true)),
      m_editor(editor)
{
    auto* zoomIn = toolButton(this, tr("+"), tr("Zoom in"), false);
    auto* zoomOut = toolButton(this, tr("\u2212"), tr("Zoom out"), false);
    auto* fit = toolButton(this, tr("Fit"), tr("Fit the figure"), false);

    auto* sides = new QButtonGroup(this);
    sides->setExclusive(true);
    sides->addButton(m_frontButton);
    sides->addButton(m_backButton);
    m_frontButton->setChecked(true);
    m_historyButton->setChecked(m_anterior->showHistory());
    m_heatMapButton->setChecked(m_anterior->showHeatMap());

    auto* tools = new QHBoxLayout;
    tools->addWidget(m_frontButton);
    tools->addWidget(m_backButton);
    tools->addStretch();
    tools->addWidget(zoomOut);
    tools->addWidget(zoomIn);
    tools->addWidget(fit);
    tools->addSpacing(12);
    tools->addWidget(m_historyButton);
    tools->addWidget(m_heatMapButton);

    auto* maps = new QHBoxLayout;
    maps->addWidget(m_anterior);
    maps->addWidget(m_posterior);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(tools);
    layout->addLayout(maps, 1);
    FocusOrder::followLayout(this);

    connect(m_frontButton, &QToolButton::clicked, this,
            [this] { setCurrentView(BodyView::Anterior); });
    connect(m_backButton, &QToolButton::clicked, this,
            [this] { setCurrentView(BodyView::Posterior); });
    connect(zoomIn, &QToolButton::clicked, this,
            [this] { forShownMaps([](BodyMapWidget& map) { map.zoomIn(); }); });
    connect(zoomOut, &QToolButton::clicked, this,
            [this] { forShownMaps([](BodyMapWidget& map) { map.zoomOut(); }); });
    connect(fit, &QToolButton::clicked, this,
            [this] { forShownMaps([](BodyMapWidget& map) { map.fitToView(); }); });
    connect(m_historyButton, &QToolButton::toggled, this, [this](bool on) {
        m_anterior->setShowHistory(on);
        m_posterior->setShowHistory(on);
    });
    connect(m_heatMapButton, &QToolButton::toggled, this, [this](bool on) {
        m_anterior->setShowHeatMap(on);
        m_posterior->setShowHeatMap(on);
    });
    connect(&editor, &TriggerPointEditor::pointPlaced, this, &BodyMapView::onPointPlaced);
    updateLayout();
}

void BodyMapView::setTool(BodyMapWidget::Tool tool)
{
    m_anterior->setTool(tool);
    m_posterior->setTool(tool);
}

void BodyMapView::setPainType(PainType type)
{
    m_anterior->setPainType(type);
    m_posterior->setPainType(type);
}

void BodyMapView::setPainDrawing(const QList<PainArea>& areas)
{
    m_anterior->setPainDrawing(areas);
    m_posterior->setPainDrawing(areas);
}

void BodyMapView::setEarlierPainDrawing(const QList<PainArea>& areas)
{
    m_anterior->setEarlierPainDrawing(areas);
    m_posterior->setEarlierPainDrawing(areas);
}

BodyMapWidget& BodyMapView::map(BodyView view) const
{
    return view == BodyView::Anterior ? *m_anterior : *m_posterior;
}

void BodyMapView::setCurrentView(BodyView view)
{
    m_current = view;
    m_frontButton->setChecked(view == BodyView::Anterior);
    m_backButton->setChecked(view == BodyView::Posterior);
    updateLayout();
}

void BodyMapView::showViewWithMostPoints()
{
    const auto busier = [](const QList<TriggerPoint>& points) -> std::optional<BodyView> {
        const auto front = std::count_if(points.begin(), points.end(), [](const TriggerPoint& p) {
            return p.view == BodyView::Anterior;
        });
        const auto back = points.size() - front;
        if (front == back)
            return std::nullopt;
        return front > back ? BodyView::Anterior : BodyView::Posterior;
    };
    if (auto view = busier(m_editor.points().points()))
        setCurrentView(*view);
    else if (m_editor.points().points().isEmpty())
        if (auto earlier = busier(m_anterior->history()))
            setCurrentView(*earlier);
}

void BodyMapView::setHistory(const QList<TriggerPoint>& history)
{
    m_anterior->setHistory(history);
    m_posterior->setHistory(history);
}

void BodyMapView::setEmphasisedCautions(CautionKinds cautions)
{
    m_anterior->setEmphasisedCautions(cautions);
    m_posterior->setEmphasisedCautions(cautions);
}

void BodyMapView::setHeatMap(const QHash<QString, int>& counts)
{
    m_anterior->setHeatMap(counts);
    m_posterior->setHeatMap(counts);
}

void BodyMapView::onPointPlaced(TriggerPointKey key)
{
    const TriggerPoint* point = m_editor.points().find(key);
    if (!point)
        return;
    if (!m_sideBySide && point->view != m_current)
        setCurrentView(point->view);
    const Muscle* muscle = MuscleCatalogue::builtIn().find(point->muscleId);
    if (!muscle || !muscle->hasCaution())
        return;
    map(point->view).showPointToolTip(key);
    Q_EMIT cautionRaised(key, muscle->id, muscle->caution);
}

void BodyMapView::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    updateLayout();
}

void BodyMapView::updateLayout()
{
    m_sideBySide = width() > SideBySideAspect * height();
    m_anterior->setVisible(m_sideBySide || m_current == BodyView::Anterior);
    m_posterior->setVisible(m_sideBySide || m_current == BodyView::Posterior);
    // With both shown there is nothing to switch.
    m_frontButton->setVisible(!m_sideBySide);
    m_backButton->setVisible(!m_sideBySide);
}

template <typename Function>
void BodyMapView::forShownMaps(Function function)
{
    for (BodyMapWidget* map : {m_anterior, m_posterior}) {
        if (!map->isHidden())
            function(*map);
    }
}

} // namespace needlechart
