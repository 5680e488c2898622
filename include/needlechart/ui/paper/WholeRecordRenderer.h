#pragma once

#include "needlechart/domain/transfer/WholeRecord.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <memory>

class QPagedPaintDevice;
class QPainter;
class QTextDocument;

namespace needlechart {

class MuscleCatalogue;

// Typesets a patient's whole record (WholeRecord) as one readable document, with no widget
// involved. First the overview: the patient's details, consents with the leaflet version each
// relied on, every screening with what it found, the notes, appointments, outcome scores and
// letters listed, and who opened the record when. Then, each from a new page and as the clinic
// prints it on its own: every note in full with its amendments (SessionSummaryRenderer), every
// letter or sheet given (DocumentRenderer), and every leaflet version a consent names
// (LeafletRenderer). Every value from the record is escaped.
class WholeRecordRenderer {
    Q_DECLARE_TR_FUNCTIONS(WholeRecordRenderer)

public:
    // `catalogue` names the muscles; null: MuscleCatalogue::builtIn().
    explicit WholeRecordRenderer(const WholeRecord& record,
                                 const MuscleCatalogue* catalogue = nullptr);

    // Paints every part; returns the number of pages.
    int render(QPagedPaintDevice& device) const;
    // An A4 PDF of it, in memory; empty if it could not be made.
    [[nodiscard]] QByteArray pdf() const;

    // The overview as typeset (for tests).
    [[nodiscard]] std::unique_ptr<QTextDocument> buildOverview() const;
    [[nodiscard]] QString title() const;

private:
    [[nodiscard]] QString overviewHtml() const;
    [[nodiscard]] QString footer(int page, int pages) const;
    [[nodiscard]] QString practitionerName(qint64 bookClinicianId) const;

    const WholeRecord& m_record;
    const MuscleCatalogue& m_catalogue;
};

} // namespace needlechart
