#pragma once

#include <QMarginsF>
#include <QPageSize>
#include <QString>

#include <functional>

class QPagedPaintDevice;
class QPrinter;
class QWidget;

namespace needlechart {

// Qt's print preview and print dialogs for anything that paints itself onto a page device
// (leaflet, consent form, day sheet, appointment card), set up with the document's paper and
// margins so the preview shows what the printer will get.
class PrintDialogs {
public:
    using Painter = std::function<void(QPagedPaintDevice&)>;
    struct Paper {
        QPageSize pageSize; // invalid: the printer's own default (A4 or Letter)
        QMarginsF marginsMm = QMarginsF(17, 13.6, 17, 12);
        QString documentName;
        // The document is made for `pageSize` (a card), not just laid out on it: the print
        // dialog offers the printer's default paper, so the size is set again once it closes.
        bool exactSize = false;
    };

    // True if the person printed from the preview (its Print button, or a PDF file named
    // there), false if they closed it: a printed copy is audited like one from print().
    [[nodiscard]] static bool preview(const Painter& paint, const Paper& paper, QWidget* parent);
    // Returns false if the person cancelled the print dialog.
    static bool print(const Painter& paint, const Paper& paper, QWidget* parent);
    // What print() does to the printer once the person pressed Print: a paper of exact size
    // gets its page and margins back (a printer that cannot take them keeps its own, and the
    // renderer sets the document at its size in the page's corner).
    static void restorePaper(QPrinter& printer, const Paper& paper);
};

} // namespace needlechart
