#pragma once

#include "needlechart/domain/Patient.h"
#include "needlechart/domain/Result.h"
#include "needlechart/ui/LeafletRenderer.h"
#include "needlechart/ui/UiContext.h"

class QWidget;

namespace needlechart {

// Print preview, Print and Export PDF of the clinic's current leaflet, personalised with a
// patient's name and today's date (or a blank copy for patient 0). Anyone may print it: the
// front desk hands leaflets out. Borrows the context.
class LeafletPrinter {
public:
    explicit LeafletPrinter(UiContext& context);

    [[nodiscard]] Result<LeafletContent> contentFor(PatientId patientId) const;
    // Each shows what went wrong through the context's MessagePresenter.
    void preview(PatientId patientId, QWidget* parent) const;
    void print(PatientId patientId, QWidget* parent) const;
    // Asks where to save, then writes the PDF.
    void exportPdf(PatientId patientId, QWidget* parent) const;
    // Writes the PDF to `path` without asking (what exportPdf does once it has a path).
    [[nodiscard]] Status exportPdfTo(PatientId patientId, const QString& path) const;

private:
    UiContext& m_context;
};

} // namespace needlechart
