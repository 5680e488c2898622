#pragma once

#include "needlechart/domain/common/Result.h"
#include "needlechart/domain/outcomes/PainTrend.h"
#include "needlechart/domain/patients/Patient.h"
#include "needlechart/ui/common/UiContext.h"

#include <QWidget>

#include <optional>

class QChart;
class QChartView;
class QLabel;
class QStackedWidget;

namespace needlechart {

class FunctionScalePanel;
struct ProgressReportContent;

// A patient's progress over their course of care, in their record: pain before and after each
// signed visit (NPRS 0–10) drawn as a trend (Qt Charts), with the band within the scale's
// minimal clinically important difference of the first visit shaded, and a sentence saying how
// far pain has moved and whether that is clinically important. Reads the history through the
// SessionService (clinicians only) and again when a note of the patient changes. Below it, the
// Patient-Specific Functional Scale (FunctionScalePanel).
class ProgressPanel : public QWidget {
    Q_OBJECT
public:
    explicit ProgressPanel(UiContext& context, QWidget* parent = nullptr);

    void showPatient(PatientId id);
    [[nodiscard]] const PainTrend& trend() const { return m_trend; }
    [[nodiscard]] QChartView* chartView() const { return m_chartView; }
    [[nodiscard]] QLabel* summaryLabel() const { return m_summary; }
    [[nodiscard]] FunctionScalePanel* functionScale() const { return m_functionScale; }

    // The progress report of the patient shown (ProgressReportRenderer), written as PDF at `path`
    // and audited as an export; print() asks for a printer and audits the print.
    [[nodiscard]] Status exportPdf(const QString& path);
    void print();

private:
    void reload();
    [[nodiscard]] Result<ProgressReportContent> reportContent() const;
    void drawTrend();

    UiContext& m_context;
    PatientId m_patientId = 0;
    PainTrend m_trend;
    QStackedWidget* m_pages;
    QLabel* m_message;
    QChartView* m_chartView;
    QLabel* m_summary;
    FunctionScalePanel* m_functionScale;
};

} // namespace needlechart
