#pragma once

#include "needlechart/domain/outcomes/OutcomeCompletion.h"
#include "needlechart/ui/common/UiContext.h"

#include <QWidget>

#include <vector>

class QChartView;
class QLabel;
class QListWidget;
class QPushButton;

namespace needlechart {

class OutcomeEntryDialog;

// The Patient-Specific Functional Scale in the Progress tab: each completion's score over the
// course of care (Qt Charts) with the band within the MCID of the first shaded, a sentence on the
// change (ProgressText), and the completions listed with their activities. Record PSFS… scores a
// new one (OutcomeEntryDialog); Mark entered in error… keeps the selected one on the record but
// out of the chart, with the reason. Reloads when the patient's measures change.
class FunctionScalePanel : public QWidget {
    Q_OBJECT
public:
    explicit FunctionScalePanel(UiContext& context, QWidget* parent = nullptr);

    void showPatient(PatientId id);
    [[nodiscard]] const std::vector<OutcomeCompletion>& completions() const
    {
        return m_completions;
    }
    [[nodiscard]] QChartView* chartView() const { return m_chartView; }
    [[nodiscard]] QLabel* summaryLabel() const { return m_summary; }
    [[nodiscard]] QListWidget* list() const { return m_list; }
    // Opens the dialog to score a new completion (returned for tests).
    OutcomeEntryDialog* recordCompletion();
    // Asks why, then marks the completion of the selected row entered in error.
    void markSelectedInError();

private:
    void reload();
    void drawChart();

    UiContext& m_context;
    PatientId m_patientId = 0;
    std::vector<OutcomeCompletion> m_completions;
    QChartView* m_chartView;
    QLabel* m_summary;
    QListWidget* m_list;
    QPushButton* m_record;
    QPushButton* m_void;
};

} // namespace needlechart
