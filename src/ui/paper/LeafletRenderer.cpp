#include "needlechart/ui/paper/LeafletRenderer.h"

#include "needlechart/domain/common/DisplayText.h"
#include "needlechart/ui/common/DateText.h"

#include "common/Theme.h"
#include "paper/Letterhead.h"
#include "paper/MarkdownPaper.h"
#include "paper/PagedTextPrinter.h"

#include <QAbstractTextDocumentLayout>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>

namespace needlechart {
namespace {

constexpr double BodyPointSize = PagedTextPrinter::BodyPointSize;

QString escapeMarkdown(QString text)
{
    for (const QChar c : {QLatin1Char('\\'), QLatin1Char('*'), QLatin1Char('_'), QLatin1Char('#'),
                          QLatin1Char('['), QLatin1Char(']')})
        text.replace(c, QStringLiteral("\\") + c);
    return text;
}

} // namespace

LeafletRenderer::LeafletRenderer(LeafletContent content) : m_content(std::move(content)) {}

LeafletRenderer::~LeafletRenderer() = default;

QString LeafletRenderer::markdown() const
{
    QString text = m_content.leaflet.markdown;
    // The clinic's details are isolated (DisplayText) in the running text around them.
    const QString name = m_content.clinic.name.trimmed().isEmpty()
                             ? tr("the clinic")
                             : DisplayText::isolate(m_content.clinic.name.trimmed());
    const QString phone = m_content.clinic.phone.trimmed().isEmpty()
                              ? tr("the number on your appointment card")
                              : DisplayText::isolate(m_content.clinic.phone.trimmed());
    text.replace(QStringLiteral("{{clinic.name}}"), escapeMarkdown(name));
    text.replace(QStringLiteral("{{clinic.phone}}"), escapeMarkdown(phone));
    return text;
}

QString LeafletRenderer::footer(int page, int pages) const
{
    return tr("Dry needling information leaflet, version %1 of %2  \u00b7  page %3 of %4")
        .arg(m_content.leaflet.version)
        .arg(DateText::format(m_content.leaflet.createdAt.toLocalTime().date()))
        .arg(page)
        .arg(pages);
}

std::unique_ptr<QTextDocument> LeafletRenderer::buildDocument() const
{
    auto doc = std::make_unique<QTextDocument>();
    MarkdownPaper::set(*doc, markdown());

    // Letterhead and "prepared for" line above the text.
    QTextCursor top(doc.get());
    top.movePosition(QTextCursor::Start);
    top.insertBlock();
    top.movePosition(QTextCursor::Start);
    Letterhead::insert(top, m_content.clinic, tr("Dry needling"));
    QTextBlockFormat preparedFormat;
    preparedFormat.setBottomMargin(10);
    top.setBlockFormat(preparedFormat);
    QTextCharFormat prepared;
    prepared.setFontPointSize(BodyPointSize * 0.9);
    prepared.setForeground(Theme::paperColor(Theme::Role::SecondaryText));
    prepared.setFontItalic(true);
    const QString date = DateText::format(m_content.date);
    top.insertText(m_content.patientName.trimmed().isEmpty()
                       ? tr("Given on: ______________    To: ______________________________")
                       : tr("Prepared for %1 on %2")
                             .arg(DisplayText::isolate(m_content.patientName.trimmed()), date),
                   prepared);
    return doc;
}

int LeafletRenderer::render(QPagedPaintDevice& device) const
{
    std::unique_ptr<QTextDocument> doc = buildDocument();
    return PagedTextPrinter::paint(*doc, device,
                                   [this](int page, int pages) { return footer(page, pages); });
}

int LeafletRenderer::render(QPagedPaintDevice& device, QPainter& painter) const
{
    std::unique_ptr<QTextDocument> doc = buildDocument();
    return PagedTextPrinter::paint(*doc, device, painter,
                                   [this](int page, int pages) { return footer(page, pages); });
}

Status LeafletRenderer::exportPdf(const QString& path, QPageSize::PageSizeId pageSize) const
{
    return PagedTextPrinter::exportPdf(path, pageSize, tr("Dry needling: information for patients"),
                                       [this](QPagedPaintDevice& device) { render(device); });
}

} // namespace needlechart
