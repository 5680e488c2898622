#pragma once

#include "needlechart/domain/clinic/ClinicProfile.h"
#include "needlechart/domain/common/Result.h"
#include "needlechart/domain/outcomes/OutcomeCompletion.h"
#include "needlechart/domain/outcomes/PainTrend.h"
#include "needlechart/domain/patients/Patient.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QPageSize>

#include <memory>
#include <vector>

class QPagedPaintDevice;
class QTextDocument;

namespace needlechart {

// What a progress report prints: the clinic, the patient, their pain over signed visits, their
// outcome-measure completions, and when and by whom it was printed.
struct ProgressReportContent {
    ClinicProfile clinic;
    Patient patient;
    PainTrend trend;
    std::vector<OutcomeCompletion> completions;
    QDateTime printedAtUtc;
    QString printedBy;
};

// A patient's progress on paper (print, preview, PDF) for the patient, their GP or an insurer:
// the letterhead, the patient, the pain chart and the functional scale chart as vectors (each
// with its MCID band, ProgressCharts) and the sentence on each change (ProgressText), then every
// completion of the functional scale with its activities; entered-in-error ones marked so.
class ProgressReportRenderer {
    Q_DECLARE_TR_FUNCTIONS(ProgressReportRenderer)

public:
    explicit ProgressReportRenderer(ProgressReportContent content);
    ~ProgressReportRenderer();

    int render(QPagedPaintDevice& device) const;
    [[nodiscard]] Status exportPdf(const QString& path,
                                   QPageSize::PageSizeId pageSize = QPageSize::A4) const;
    [[nodiscard]] QString title() const;
    [[nodiscard]] std::unique_ptr<QTextDocument> buildDocument() const;

private:
    ProgressReportContent m_content;
};

} // namespace needlechart
