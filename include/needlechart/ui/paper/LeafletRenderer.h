#pragma once

#include "needlechart/domain/clinic/ClinicProfile.h"
#include "needlechart/domain/common/Result.h"
#include "needlechart/domain/consent/LeafletVersion.h"

#include <QCoreApplication>
#include <QDate>
#include <QPageSize>
#include <QString>

#include <memory>

class QPagedPaintDevice;
class QPainter;
class QTextDocument;

namespace needlechart {

// What goes on one printed leaflet: the clinic, the leaflet version and, when it is handed to a
// particular patient, their name and the date.
struct LeafletContent {
    ClinicProfile clinic;
    LeafletVersion leaflet;
    QString patientName; // empty: a blank copy
    QDate date;          // the day it is given
};

// Typesets the dry needling information leaflet onto any paged device (a QPdfWriter for Export
// PDF, a QPrinter for Print and Print preview) with no widget involved: the clinic's letterhead,
// "prepared for" line, the leaflet text (Markdown, with {{clinic.name}} and {{clinic.phone}}
// filled in) and on every page a footer with the version, its date and "page X of Y". Lays out
// for the device's page size, so A4 and Letter both fit.
class LeafletRenderer {
    Q_DECLARE_TR_FUNCTIONS(LeafletRenderer)

public:
    explicit LeafletRenderer(LeafletContent content);
    ~LeafletRenderer();

    // Paints every page; returns how many.
    int render(QPagedPaintDevice& device) const;
    // The same with a painter already on `device` (a part of the whole record).
    int render(QPagedPaintDevice& device, QPainter& painter) const;
    // Writes a PDF of the leaflet at `path` on `pageSize` paper.
    [[nodiscard]] Status exportPdf(const QString& path,
                                   QPageSize::PageSizeId pageSize = QPageSize::A4) const;

    // The leaflet text with the clinic's details filled in (Markdown).
    [[nodiscard]] QString markdown() const;
    // The footer line of page `page` of `pages`.
    [[nodiscard]] QString footer(int page, int pages) const;

private:
    [[nodiscard]] std::unique_ptr<QTextDocument> buildDocument() const;

    LeafletContent m_content;
};

} // namespace needlechart
