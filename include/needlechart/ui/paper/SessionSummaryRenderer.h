#pragma once

#include "needlechart/domain/clinic/ClinicProfile.h"
#include "needlechart/domain/common/Result.h"
#include "needlechart/domain/documents/PatientDocument.h"
#include "needlechart/domain/session/SessionRecord.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QPageSize>
#include <QString>

#include <memory>

class QPagedPaintDevice;
class QPainter;
class QTextDocument;

namespace needlechart {

class MuscleCatalogue;

// What a session summary prints: the clinic (its letterhead), the note with what it relied on
// (SessionRecord), the catalogue naming its muscles, and when and by whom it was printed.
struct SessionSummaryContent {
    ClinicProfile clinic;
    SessionRecord record;
    const MuscleCatalogue* catalogue = nullptr; // null: MuscleCatalogue::builtIn()
    QDateTime printedAtUtc;
    QString printedBy;
    // The letters and sheets given for this visit, oldest first (DocumentService).
    std::vector<PatientDocument> papers = {};
};

// Typesets one treatment note as the clinic's record on paper (print, preview, PDF) with no
// widget involved: the letterhead; the patient; when the treatment took place and when it was
// entered and signed, by whom with their registration; the consent and leaflet version and the
// screening it relied on, with the precautions at the sites needled; the body map drawn as
// vectors with the numbered points and the pain drawing; the point table; needles in and out;
// after treatment, adverse events and other care; and every amendment with its author, time and
// reason. A draft says on every page that it is not signed. Every value from the record is
// escaped, so a name holding markup prints literally. Long notes run over pages, each with the
// patient at the top and "page X of Y" at the foot.
class SessionSummaryRenderer {
    Q_DECLARE_TR_FUNCTIONS(SessionSummaryRenderer)

public:
    explicit SessionSummaryRenderer(SessionSummaryContent content);
    ~SessionSummaryRenderer();

    // Paints every page; returns how many.
    int render(QPagedPaintDevice& device) const;
    // The same with a painter already on `device` (the first document of a print pack).
    int render(QPagedPaintDevice& device, QPainter& painter) const;
    [[nodiscard]] Status exportPdf(const QString& path,
                                   QPageSize::PageSizeId pageSize = QPageSize::A4) const;

    // The document as typeset (for tests and the print pack).
    [[nodiscard]] std::unique_ptr<QTextDocument> buildDocument() const;
    // The line at the top of pages after the first, and the footer of page `page` of `pages`.
    [[nodiscard]] QString header() const;
    [[nodiscard]] QString footer(int page, int pages) const;
    // The PDF's title.
    [[nodiscard]] QString title() const;

private:
    [[nodiscard]] QString detailsHtml() const;
    [[nodiscard]] QString findingsHtml() const;

    SessionSummaryContent m_content;
};

} // namespace needlechart
