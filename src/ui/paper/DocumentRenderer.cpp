#include "needlechart/ui/paper/DocumentRenderer.h"

#include "needlechart/domain/common/DisplayText.h"
#include "needlechart/ui/common/DateText.h"

#include "paper/Letterhead.h"
#include "paper/MarkdownPaper.h"
#include "paper/PagedTextPrinter.h"

#include <QTextCursor>
#include <QTextDocument>

namespace needlechart {

DocumentRenderer::DocumentRenderer(DocumentContent content) : m_content(std::move(content)) {}

DocumentRenderer::~DocumentRenderer() = default;

QString DocumentRenderer::title() const
{
    const QString title = m_content.document.title.trimmed().isEmpty()
                              ? enumLabel(m_content.document.kind)
                              : m_content.document.title.trimmed();
    return m_content.patientName.trimmed().isEmpty()
               ? title
               : tr("%1: %2").arg(title, m_content.patientName.trimmed());
}

QString DocumentRenderer::footer(int page, int pages) const
{
    return tr("%1, template version %2  \u00b7  page %3 of %4")
        .arg(enumLabel(m_content.document.kind))
        .arg(m_content.document.templateVersion)
        .arg(page)
        .arg(pages);
}

QString DocumentRenderer::header() const
{
    const QDate date = m_content.document.createdAt.isValid()
                           ? m_content.document.createdAt.toLocalTime().date()
                           : QDate::currentDate();
    return tr("%1  \u00b7  %2  \u00b7  %3")
        .arg(DisplayText::isolate(m_content.patientName.trimmed()),
             enumLabel(m_content.document.kind), DateText::format(date));
}

std::unique_ptr<QTextDocument> DocumentRenderer::buildDocument() const
{
    auto doc = std::make_unique<QTextDocument>();
    // Lists set close, so the after-care sheet's warning signs stay on its one page.
    MarkdownPaper::set(*doc, m_content.document.markdown, 1.5);
    PagedTextPrinter::useApplicationDirection(*doc);
    QTextCursor top(doc.get());
    top.movePosition(QTextCursor::Start);
    top.insertBlock();
    top.movePosition(QTextCursor::Start);
    Letterhead::insert(top, m_content.clinic, tr("Physiotherapy"));
    QTextBlockFormat gap;
    gap.setBottomMargin(6);
    top.setBlockFormat(gap);
    return doc;
}

int DocumentRenderer::render(QPagedPaintDevice& device) const
{
    std::unique_ptr<QTextDocument> doc = buildDocument();
    return PagedTextPrinter::paint(
        *doc, device, [this](int page, int pages) { return footer(page, pages); }, header());
}

int DocumentRenderer::render(QPagedPaintDevice& device, QPainter& painter) const
{
    std::unique_ptr<QTextDocument> doc = buildDocument();
    return PagedTextPrinter::paint(
        *doc, device, painter, [this](int page, int pages) { return footer(page, pages); },
        header());
}

Status DocumentRenderer::exportPdf(const QString& path, QPageSize::PageSizeId pageSize) const
{
    return PagedTextPrinter::exportPdf(path, pageSize, title(),
                                       [this](QPagedPaintDevice& device) { render(device); });
}

} // namespace needlechart
