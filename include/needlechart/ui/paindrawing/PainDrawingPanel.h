#pragma once

#include "needlechart/domain/bodymap/Muscle.h"
#include "needlechart/domain/paindrawing/CandidateMuscle.h"
#include "needlechart/domain/paindrawing/PainArea.h"
#include "needlechart/domain/paindrawing/ReferralRanking.h"
#include "needlechart/ui/bodymap/BodyMapWidget.h"

#include <QList>
#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QSpinBox;
class QToolButton;

namespace needlechart {

class MuscleCatalogue;
class ReferralPatterns;

// The pain drawing's tools and what follows from it, beside the body map: shade or erase; the
// kind of symptom (ache, burning, pins and needles, numbness) and its intensity for the next
// strokes; clearing the drawing; and the candidate muscles whose typical referred pain covers
// the shaded areas (ReferralRanking), offered as guidance, never as a diagnosis. Activating a
// candidate asks to find that muscle in the muscle list. The panel holds no drawing of its own:
// the host shows it the note's (showDrawing) and acts on its requests.
//
// Borrows the patterns and the catalogue; both must outlive it.
class PainDrawingPanel : public QWidget {
    Q_OBJECT
public:
    PainDrawingPanel(const ReferralPatterns& patterns, const MuscleCatalogue& catalogue,
                     QWidget* parent = nullptr);
    // With the built-in patterns and catalogue.
    explicit PainDrawingPanel(QWidget* parent = nullptr);

    // ShadePain or ErasePain.
    [[nodiscard]] BodyMapWidget::Tool tool() const;
    [[nodiscard]] PainType painType() const;
    [[nodiscard]] int intensity() const;
    // The areas a finished stroke shaded, with the chosen kind and intensity.
    [[nodiscard]] QList<PainArea> areasFor(BodyView view,
                                           const QList<QList<QPointF>>& outlines) const;

    // Shows the note's drawing and ranks its candidates; a signed note's tools are disabled.
    void showDrawing(const QList<PainArea>& areas, bool readOnly);
    [[nodiscard]] const QList<CandidateMuscle>& candidates() const { return m_candidates; }
    [[nodiscard]] QListWidget* candidateList() const { return m_list; }

Q_SIGNALS:
    void toolChanged(needlechart::BodyMapWidget::Tool tool);
    void painTypeChanged(needlechart::PainType type);
    void clearRequested();
    void candidateActivated(const needlechart::MuscleId& muscle);

private:
    void showCandidates(const QList<PainArea>& areas);

    const MuscleCatalogue& m_catalogue;
    ReferralRanking m_ranking;
    QToolButton* m_shade;
    QToolButton* m_erase;
    QComboBox* m_type;
    QSpinBox* m_intensity;
    QPushButton* m_clear;
    QLabel* m_summary;
    QListWidget* m_list;
    QLabel* m_caveat;
    QList<CandidateMuscle> m_candidates;
    QList<PainArea> m_rankedAreas; // what m_candidates were ranked from
    bool m_ranked = false;
};

} // namespace needlechart
