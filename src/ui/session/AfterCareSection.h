#pragma once

#include "session/SessionSection.h"

#include <QHash>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace needlechart {

// After treatment: soreness, bruising and where, tiredness, the other care given alongside
// (soft tissue work, stretching, rehab exercises, other, each with what was done), the advice
// given and the follow-up recommended.
class AfterCareSection : public SessionSection {
    Q_OBJECT
public:
    explicit AfterCareSection(SessionEditor& editor, QWidget* parent = nullptr);

    // After-care advice a clinic gives after dry needling, as a starting text; with the warning
    // signs of a pneumothorax when a point was over the chest.
    [[nodiscard]] static QString standardAdvice(bool overTheChest);

protected:
    void refreshFields() override;

private:
    struct CareRow {
        QCheckBox* given = nullptr;
        QLineEdit* note = nullptr;
    };

    QSpinBox* m_soreness;
    QComboBox* m_bruising;
    QLineEdit* m_bruisingSite;
    QCheckBox* m_tiredness;
    QHash<int, CareRow> m_care; // by OtherCareKind
    QPlainTextEdit* m_advice;
    QComboBox* m_followUp;
};

} // namespace needlechart
