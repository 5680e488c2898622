#include "needlechart/ui/paper/PrintDialogs.h"

#include <QCoreApplication>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>

namespace needlechart {
namespace {

void prepare(QPrinter& printer, const PrintDialogs::Paper& paper)
{
    if (paper.pageSize.isValid())
        printer.setPageSize(paper.pageSize);
    printer.setPageMargins(paper.marginsMm, QPageLayout::Millimeter);
    printer.setDocName(paper.documentName);
}

} // namespace

bool PrintDialogs::preview(const Painter& paint, const Paper& paper, QWidget* parent)
{
    QPrinter printer(QPrinter::HighResolution);
    prepare(printer, paper);
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(QCoreApplication::translate("PrintDialogs", "Print preview"));
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog,
                     [&paint](QPrinter* target) { paint(*target); });
    // Qt's preview accepts itself once it has printed; closing it rejects.
    return dialog.exec() == QDialog::Accepted;
}

bool PrintDialogs::print(const Painter& paint, const Paper& paper, QWidget* parent)
{
    QPrinter printer(QPrinter::HighResolution);
    prepare(printer, paper);
    QPrintDialog dialog(&printer, parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    restorePaper(printer, paper);
    paint(printer);
    return true;
}

void PrintDialogs::restorePaper(QPrinter& printer, const Paper& paper)
{
    if (!paper.exactSize || !paper.pageSize.isValid())
        return;
    if (printer.setPageSize(paper.pageSize))
        printer.setPageMargins(paper.marginsMm, QPageLayout::Millimeter);
}

} // namespace needlechart
