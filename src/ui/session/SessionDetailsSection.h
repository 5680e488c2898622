#pragma once

#include "session/SessionSection.h"

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace needlechart {

// The treatment: when it took place, by whom, the presenting complaint, the patient's positions
// (one or more) and the pain score before and after; and, for a visit where no needle was used,
// that it was not needled and why.
class SessionDetailsSection : public SessionSection {
    Q_OBJECT
public:
    explicit SessionDetailsSection(SessionEditor& editor, QWidget* parent = nullptr);

protected:
    void refreshFields() override;

private:
    QDateTimeEdit* m_treatedAt;
    QLabel* m_clinician;
    QPlainTextEdit* m_complaint;
    QWidget* m_positions; // one box per PatientPosition, "position_<key>"
    QList<QCheckBox*> m_positionBoxes;
    QSpinBox* m_painBefore;
    QSpinBox* m_painAfter;
    QCheckBox* m_notNeedled;
    QLineEdit* m_notNeedledReason;
};

} // namespace needlechart
