#pragma once

#include "needlechart/domain/bodymap/BodySide.h"
#include "needlechart/domain/bodymap/Muscle.h"
#include "needlechart/domain/patients/Patient.h"

#include <QDialog>

class QLabel;
class QTableView;

namespace needlechart {

class MuscleHistoryModel;
struct UiContext;

// "History of this muscle": every time one muscle on one side was needled in the patient's
// signed notes, newest first, with the twitch, whether the pain was reproduced, the depth, the
// technique and that visit's pain before and after (MuscleHistoryModel). Opened from the body
// map's menu on a point or a muscle. Reads through SessionService::muscleHistory when shown.
class MuscleHistoryDialog : public QDialog {
    Q_OBJECT
public:
    MuscleHistoryDialog(UiContext& context, PatientId patientId, MuscleId muscleId, BodySide side,
                        QWidget* parent = nullptr);

    // Reads the history again; false (and says why in the dialog) if it could not be read.
    bool reload();

    [[nodiscard]] MuscleHistoryModel* model() const { return m_model; }
    [[nodiscard]] QTableView* table() const { return m_table; }
    [[nodiscard]] QLabel* summary() const { return m_summary; }

private:
    UiContext& m_context;
    PatientId m_patientId;
    MuscleId m_muscleId;
    BodySide m_side;
    MuscleHistoryModel* m_model;
    QTableView* m_table;
    QLabel* m_summary;
};

} // namespace needlechart
