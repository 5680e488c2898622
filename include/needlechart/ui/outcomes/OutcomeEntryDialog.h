#pragma once

#include "needlechart/domain/outcomes/OutcomeCompletion.h"
#include "needlechart/domain/outcomes/OutcomeMeasure.h"
#include "needlechart/ui/common/UiContext.h"

#include <QDialog>

#include <optional>

class QLabel;
class QLineEdit;
class QSpinBox;

namespace needlechart {

// Scoring the Patient-Specific Functional Scale with the patient: up to five activities in their
// words, each rated 0 (unable) to 10 (as before the problem), the mean shown as it is typed.
// The activities of the patient's last completion are filled in, as the scale asks the same
// activities again. Save scores and stores it through OutcomeService::record; a refusal is shown
// in the dialog, which stays filled.
class OutcomeEntryDialog : public QDialog {
    Q_OBJECT
public:
    OutcomeEntryDialog(UiContext& context, PatientId patientId, SessionId sessionId,
                       QWidget* parent = nullptr);

    [[nodiscard]] QLineEdit* activityEdit(int row) const;
    [[nodiscard]] QSpinBox* valueBox(int row) const;
    [[nodiscard]] QLabel* scoreLabel() const { return m_score; }
    [[nodiscard]] QLabel* errorLabel() const { return m_error; }
    // The stored completion after a successful save.
    [[nodiscard]] const std::optional<OutcomeCompletion>& saved() const { return m_saved; }

    // The answers as filled in (rows with an activity).
    [[nodiscard]] QList<OutcomeAnswer> answers() const;
    // Scores and stores; closes the dialog when it worked.
    bool save();

private:
    void updateScore();

    UiContext& m_context;
    PatientId m_patientId;
    SessionId m_sessionId;
    OutcomeMeasure m_measure;
    QList<QLineEdit*> m_activities;
    QList<QSpinBox*> m_values;
    QLabel* m_score;
    QLabel* m_error;
    std::optional<OutcomeCompletion> m_saved;
};

} // namespace needlechart
