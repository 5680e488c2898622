#pragma once

#include "needlechart/domain/audit/AuditAction.h"
#include "needlechart/domain/common/Result.h"
#include "needlechart/domain/patients/Patient.h"
#include "needlechart/ui/common/UiContext.h"
#include "needlechart/ui/paper/LeafletRenderer.h"

#include <QCoreApplication>

#include <functional>

class QPagedPaintDevice;
class QWidget;

namespace needlechart {

// Print preview, Print and Export PDF of the clinic's current leaflet, personalised with a
// patient's name and today's date (or a blank copy for patient 0), and of the consent form that
// names that leaflet version. Anyone may print them: the front desk hands leaflets out. A
// personalised copy printed or exported is audited. Borrows the context.
class LeafletPrinter {
    Q_DECLARE_TR_FUNCTIONS(LeafletPrinter)

public:
    enum class Document { Leaflet, ConsentForm };

    explicit LeafletPrinter(UiContext& context);

    [[nodiscard]] Result<LeafletContent> contentFor(PatientId patientId) const;
    // Each shows what went wrong through the context's MessagePresenter.
    void preview(PatientId patientId, QWidget* parent, Document document = Document::Leaflet) const;
    void print(PatientId patientId, QWidget* parent, Document document = Document::Leaflet) const;
    // Asks where to save, then writes the PDF.
    void exportPdf(PatientId patientId, QWidget* parent,
                   Document document = Document::Leaflet) const;
    // Writes the PDF to `path` without asking (what exportPdf does once it has a path).
    [[nodiscard]] Status exportPdfTo(PatientId patientId, const QString& path,
                                     Document document = Document::Leaflet) const;

private:
    // What paints the document for the patient onto a page device.
    using Painter = std::function<void(QPagedPaintDevice&)>;
    [[nodiscard]] Result<Painter> painterFor(PatientId patientId, Document document) const;
    // A personalised document printed or exported: one audit row (none for the plain leaflet).
    void recordOutput(AuditAction action, PatientId patientId, Document document) const;

    UiContext& m_context;
};

} // namespace needlechart
