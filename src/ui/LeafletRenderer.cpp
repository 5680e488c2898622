#include "needlechart/ui/LeafletRenderer.h"

#include "needlechart/ui/DateText.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
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

QString tr(const char* text)
{
    return QCoreApplication::translate("LeafletRenderer", text);
}

constexpr double MarginMm = 17.0;
constexpr double BodyPointSize = 10.5;
const QColor Accent(0x1b, 0x4f, 0x8a);

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
    const QString name = m_content.clinic.name.trimmed().isEmpty() ? tr("the clinic") : m_content.clinic.name.trimmed();
    const QString phone = m_content.clinic.phone.trimmed().isEmpty() ? tr("the number on your appointment card")
                                                                     : m_content.clinic.phone.trimmed();
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
    QFont font = doc->defaultFont();
    font.setFamily(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(BodyPointSize);
    doc->setDefaultFont(font);
    doc->setDocumentMargin(0);
    doc->setDefaultStyleSheet(QStringLiteral("h1 { color: #1b4f8a; } h2 { color: #1b4f8a; }"));
    doc->setMarkdown(markdown());

    // Headings in the clinic's colour and a little air between paragraphs.
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
        QTextCursor cursor(block);
        QTextBlockFormat format = block.blockFormat();
        QTextCharFormat chars;
        if (format.headingLevel() > 0) {
            chars.setForeground(Accent);
            format.setTopMargin(format.headingLevel() == 1 ? 4 : 9);
            format.setBottomMargin(3);
        } else {
            format.setBottomMargin(4);
        }
        cursor.setBlockFormat(format);
        if (chars.hasProperty(QTextFormat::ForegroundBrush)) {
            cursor.select(QTextCursor::BlockUnderCursor);
            cursor.mergeCharFormat(chars);
        }
    }

    // Letterhead and "prepared for" line above the text.
    QTextCursor top(doc.get());
    top.movePosition(QTextCursor::Start);
    QTextBlockFormat headFormat;
    headFormat.setBottomMargin(2);
    QTextCharFormat clinicName;
    clinicName.setFontWeight(QFont::Bold);
    clinicName.setFontPointSize(BodyPointSize * 1.25);
    clinicName.setForeground(Accent);
    QTextCharFormat small;
    small.setFontPointSize(BodyPointSize * 0.9);
    small.setForeground(QColor(0x44, 0x44, 0x44));
    top.insertBlock(headFormat);
    top.movePosition(QTextCursor::Start);
    if (!m_content.clinic.logoPng.isEmpty()) {
        QImage logo;
        if (logo.loadFromData(m_content.clinic.logoPng)) {
            doc->addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("logo")), logo);
            QTextImageFormat image;
            image.setName(QStringLiteral("logo"));
            image.setHeight(48);
            image.setWidth(48.0 * logo.width() / std::max(1, logo.height()));
            top.insertImage(image);
            top.insertText(QStringLiteral("  "));
        }
    }
    top.insertText(m_content.clinic.name.trimmed().isEmpty() ? tr("Dry needling") : m_content.clinic.name.trimmed(),
                   clinicName);
    QStringList contact;
    if (!m_content.clinic.address.trimmed().isEmpty())
        contact << m_content.clinic.address.trimmed().replace(QLatin1Char('\n'), QStringLiteral(", "));
    if (!m_content.clinic.phone.trimmed().isEmpty())
        contact << tr("Phone %1").arg(m_content.clinic.phone.trimmed());
    if (!m_content.clinic.email.trimmed().isEmpty())
        contact << m_content.clinic.email.trimmed();
    if (!contact.isEmpty()) {
        top.insertBlock(headFormat);
        top.insertText(contact.join(QStringLiteral("  \u00b7  ")), small);
    }
    QTextBlockFormat preparedFormat = headFormat;
    preparedFormat.setBottomMargin(10);
    top.insertBlock(preparedFormat);
    QTextCharFormat prepared = small;
    prepared.setFontItalic(true);
    const QString date = DateText::format(m_content.date);
    top.insertText(m_content.patientName.trimmed().isEmpty()
                       ? tr("Given on: ______________    To: ______________________________")
                       : tr("Prepared for %1 on %2").arg(m_content.patientName.trimmed(), date),
                   prepared);
    return doc;
}

int LeafletRenderer::render(QPagedPaintDevice& device) const
{
    std::unique_ptr<QTextDocument> doc = buildDocument();
    // Lay out in the device's own units so type is set at its resolution.
    doc->documentLayout()->setPaintDevice(&device);
    const QRect page(QPoint(0, 0), QSize(device.width(), device.height()));
    QFont footerFont(QStringLiteral("DejaVu Sans"));
    footerFont.setPointSizeF(BodyPointSize * 0.8);
    const QFontMetricsF footerMetrics(footerFont, &device);
    const double footerHeight = footerMetrics.height() * 2.2;
    const QSizeF bodySize(page.width(), page.height() - footerHeight);
    doc->setPageSize(bodySize);
    const int pages = std::max(1, doc->pageCount());

    QPainter painter(&device);
    painter.setRenderHint(QPainter::Antialiasing);
    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            device.newPage();
        painter.save();
        painter.translate(0, -i * bodySize.height());
        const QRectF visible(0, i * bodySize.height(), bodySize.width(), bodySize.height());
        painter.setClipRect(visible);
        doc->drawContents(&painter, visible);
        painter.restore();

        painter.save();
        painter.setFont(footerFont);
        painter.setPen(QPen(QColor(0xaa, 0xaa, 0xaa), footerMetrics.height() / 20.0));
        const double lineY = page.height() - footerHeight * 0.72;
        painter.drawLine(QPointF(0, lineY), QPointF(page.width(), lineY));
        painter.setPen(QColor(0x55, 0x55, 0x55));
        painter.drawText(QRectF(0, lineY, page.width(), page.height() - lineY), Qt::AlignCenter,
                         footer(i + 1, pages));
        painter.restore();
    }
    return pages;
}

Status LeafletRenderer::exportPdf(const QString& path, QPageSize::PageSizeId pageSize) const
{
    QPdfWriter writer(path);
    writer.setResolution(300);
    writer.setPageSize(QPageSize(pageSize));
    writer.setPageMargins(QMarginsF(MarginMm, MarginMm * 0.8, MarginMm, MarginMm * 0.7), QPageLayout::Millimeter);
    writer.setTitle(tr("Dry needling: information for patients"));
    writer.setCreator(QStringLiteral("NeedleChart"));
    render(writer);
    QFile file(path);
    if (!file.exists() || file.size() == 0)
        return Error{ErrorCode::Io, tr("Could not write the PDF to %1.").arg(path), {}, {}};
    return {};
}

} // namespace needlechart
