#pragma once

#include "needlechart/domain/clinic/ClinicProfile.h"
#include "needlechart/domain/common/Result.h"
#include "needlechart/domain/documents/PatientDocument.h"

#include <QCoreApplication>
#include <QPageSize>
#include <QString>

#include <memory>

class QPagedPaintDevice;
class QPainter;
class QTextDocument;

namespace needlechart {

// What one letter or after-care sheet prints: the clinic (its letterhead), the document with its
// text already filled in (DocumentService::compose, perhaps edited since), and whose it is.
struct DocumentContent {
    ClinicProfile clinic;
    PatientDocument document;
    QString patientName;
};

// Typesets a letter or the after-care advice sheet onto any paged device (PDF, printer, preview)
// with no widget involved: the clinic's letterhead, then the text (Markdown, HTML shown as
// written), pages after the first headed with the patient and the document, every page footed
// with the document, its template version and "page X of Y".
class DocumentRenderer {
    Q_DECLARE_TR_FUNCTIONS(DocumentRenderer)

public:
    explicit DocumentRenderer(DocumentContent content);
    ~DocumentRenderer();

    // Paints every page; returns how many.
    int render(QPagedPaintDevice& device) const;
    // The same with a painter already on `device` (a page of a print pack).
    int render(QPagedPaintDevice& device, QPainter& painter) const;
    [[nodiscard]] Status exportPdf(const QString& path,
                                   QPageSize::PageSizeId pageSize = QPageSize::A4) const;

    [[nodiscard]] QString title() const;
    [[nodiscard]] QString footer(int page, int pages) const;
    [[nodiscard]] QString header() const;
    [[nodiscard]] std::unique_ptr<QTextDocument> buildDocument() const;

private:
    DocumentContent m_content;
};

} // namespace needlechart
