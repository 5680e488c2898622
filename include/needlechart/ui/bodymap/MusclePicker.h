#pragma once

#include "needlechart/domain/bodymap/BodySide.h"
#include "needlechart/domain/session/TriggerPoint.h"
#include "needlechart/ui/bodymap/TriggerPointPlacement.h"

#include <QWidget>

#include <optional>

class QButtonGroup;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QRadioButton;

namespace needlechart {

class MuscleCatalogue;
class MuscleListModel;
class TriggerPointEditor;

// The keyboard path onto the body map: find a muscle by typing ("hams", "SCM", "calf"), pick it
// in the list, choose the side and mark a point at the muscle's centre (see
// TriggerPointPlacement; a deep muscle goes on the area over it). Flow: type, Down moves into
// the list, Enter (in the search box, the list or on a side button) or "Mark point" places.
// A muscle with a tagged caution (Muscle::hasCaution()) shows that caution beside the list
// while it is selected. There is no default side: a point is never charted on a side nobody
// chose. Edits go through the editor, so marking is undoable.
//
// Borrows the editor and the catalogue; both must outlive it.
class MusclePicker : public QWidget {
    Q_OBJECT
public:
    MusclePicker(TriggerPointEditor& editor, const MuscleCatalogue& catalogue,
                 QWidget* parent = nullptr);
    // With the built-in catalogue and artwork.
    explicit MusclePicker(TriggerPointEditor& editor, QWidget* parent = nullptr);

    // The selected muscle's id, or an empty string.
    [[nodiscard]] MuscleId currentMuscle() const;
    [[nodiscard]] std::optional<BodySide> side() const;
    void setSide(BodySide side);
    // No side chosen: the next point waits for one (after every point marked).
    void clearSide();
    // Looks `muscle` up as if its name were typed, selects it and focuses the side buttons
    // (the side is still chosen by a person).
    void findMuscle(const MuscleId& muscle);

    // Marks the selected muscle on the chosen side. Says in the status line why not when no
    // muscle or side is chosen or it cannot be placed; the key of the new point otherwise.
    std::optional<TriggerPointKey> markPoint();

Q_SIGNALS:
    void pointPlaced(needlechart::TriggerPointKey key);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void selectRow(int row);
    void updateForSelection();

    TriggerPointEditor& m_editor;
    const MuscleCatalogue& m_catalogue;
    TriggerPointPlacement m_placement;
    MuscleListModel* m_model = nullptr;
    QLineEdit* m_search = nullptr;
    QListView* m_list = nullptr;
    QLabel* m_caution = nullptr;
    QRadioButton* m_left = nullptr;
    QRadioButton* m_right = nullptr;
    QButtonGroup* m_sides = nullptr;
    QPushButton* m_mark = nullptr;
    QLabel* m_status = nullptr;
    bool m_sayingNoMatch = false; // the status says nothing matched the search
};

} // namespace needlechart
