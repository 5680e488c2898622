#pragma once

#include "needlechart/domain/common/Result.h"

#include <QMarginsF>
#include <QPageSize>
#include <QString>

#include <functional>

class QPagedPaintDevice;
class QPainter;
class QTextDocument;

namespace needlechart {

// Paints a QTextDocument page by page onto a paged device (QPdfWriter, QPrinter) with a footer
// line on every page, laid out at the device's resolution so any paper size works. Shared by
// the leaflet and the consent form.
class PagedTextPrinter {
public:
    using Footer = std::function<QString(int page, int pages)>;

    // Returns the number of pages painted. With a `header`, every page after the first carries
    // its line at the top (whose the record is, on a page that comes loose), above a rule.
    static int paint(QTextDocument& document, QPagedPaintDevice& device, const Footer& footer,
                     const QString& header = {});
    // The same with a painter already active on `device`, starting on its current page: so one
    // print job can hold several documents (the print pack), each after a newPage().
    static int paint(QTextDocument& document, QPagedPaintDevice& device, QPainter& painter,
                     const Footer& footer, const QString& header = {});
    // Writes a PDF at `path` with the project's margins; `paint` paints onto the writer.
    [[nodiscard]] static Status exportPdf(const QString& path, QPageSize::PageSizeId pageSize,
                                          const QString& title,
                                          const std::function<void(QPagedPaintDevice&)>& paint);
    // The same PDF in memory (empty if it could not be made), to go into an archive.
    [[nodiscard]] static QByteArray pdf(QPageSize::PageSizeId pageSize, const QString& title,
                                        const std::function<void(QPagedPaintDevice&)>& paint);
    // The same on any page size with its own margins (millimetres), e.g. an appointment card.
    [[nodiscard]] static Status exportPdf(const QString& path, const QPageSize& pageSize,
                                          const QMarginsF& marginsMm, const QString& title,
                                          const std::function<void(QPagedPaintDevice&)>& paint);
    // Makes `document` paper: DejaVu Sans at `pointSize`, no document margin, and the
    // application's direction (below).
    static void prepare(QTextDocument& document, double pointSize);
    // Lays every paragraph of `document` out in the application's direction (left to right for
    // English) instead of guessing it from each paragraph's first letter, so a cell holding only
    // an isolated right-to-left name keeps the alignment of the cells around it; inside its
    // isolate the name still takes its own direction (DisplayText).
    static void useApplicationDirection(QTextDocument& document);
    // Draws `document` clipped to `clip` as paper: text without a colour of its own is the
    // paper's (black), not the screen palette's, which is light in the dark appearance.
    static void drawOnPaper(QTextDocument& document, QPainter& painter, const QRectF& clip);
    // The body text size documents use, in points.
    static constexpr double BodyPointSize = 10.5;
};

} // namespace needlechart
