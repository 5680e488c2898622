#include "paper/PagedTextPrinter.h"

#include "common/Theme.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QFont>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>
#include <QTextOption>

#include <algorithm>

namespace needlechart {
namespace {

constexpr double MarginMm = 17.0;

} // namespace

void PagedTextPrinter::prepare(QTextDocument& document, double pointSize)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(pointSize);
    document.setDefaultFont(font);
    document.setDocumentMargin(0);
    useApplicationDirection(document);
}

void PagedTextPrinter::useApplicationDirection(QTextDocument& document)
{
    QTextOption option = document.defaultTextOption();
    option.setTextDirection(QGuiApplication::layoutDirection());
    document.setDefaultTextOption(option);
}

void PagedTextPrinter::drawOnPaper(QTextDocument& document, QPainter& painter, const QRectF& clip)
{
    QAbstractTextDocumentLayout::PaintContext context;
    context.clip = clip;
    context.palette.setColor(QPalette::Text, Theme::paperColor(Theme::Role::WindowText));
    context.palette.setColor(QPalette::Link, Theme::paperColor(Theme::Role::LinkText));
    painter.save();
    painter.setClipRect(clip, Qt::IntersectClip);
    document.documentLayout()->draw(&painter, context);
    painter.restore();
}

int PagedTextPrinter::paint(QTextDocument& document, QPagedPaintDevice& device,
                            const Footer& footer, const QString& header)
{
    QPainter painter(&device);
    painter.setRenderHint(QPainter::Antialiasing);
    return paint(document, device, painter, footer, header);
}

int PagedTextPrinter::paint(QTextDocument& document, QPagedPaintDevice& device, QPainter& painter,
                            const Footer& footer, const QString& header)
{
    // Lay out in the device's own units so type is set at its resolution.
    document.documentLayout()->setPaintDevice(&device);
    const QRect page(QPoint(0, 0), QSize(device.width(), device.height()));
    QFont footerFont(QStringLiteral("DejaVu Sans"));
    footerFont.setPointSizeF(BodyPointSize * 0.8);
    const QFontMetricsF footerMetrics(footerFont, &device);
    const double footerHeight = footerMetrics.height() * 2.2;
    // The header's room is kept on every page, so each page holds as much as the next.
    const double headerHeight = header.isEmpty() ? 0.0 : footerMetrics.height() * 2.2;
    const QSizeF bodySize(page.width(), page.height() - footerHeight - headerHeight);
    document.setPageSize(bodySize);
    const int pages = std::max(1, document.pageCount());

    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            device.newPage();
        if (i > 0 && !header.isEmpty()) {
            painter.save();
            painter.setFont(footerFont);
            painter.setPen(Theme::paperColor(Theme::Role::FooterText));
            const QRectF line(0, 0, page.width(), footerMetrics.height() * 1.4);
            painter.drawText(line, Qt::AlignLeft | Qt::AlignVCenter,
                             footerMetrics.elidedText(header, Qt::ElideRight, page.width()));
            painter.setPen(
                QPen(Theme::paperColor(Theme::Role::FooterRule), footerMetrics.height() / 20.0));
            painter.drawLine(QPointF(0, line.bottom()), QPointF(page.width(), line.bottom()));
            painter.restore();
        }
        painter.save();
        painter.translate(0, headerHeight - i * bodySize.height());
        const QRectF visible(0, i * bodySize.height(), bodySize.width(), bodySize.height());
        drawOnPaper(document, painter, visible);
        painter.restore();

        painter.save();
        painter.setFont(footerFont);
        painter.setPen(
            QPen(Theme::paperColor(Theme::Role::FooterRule), footerMetrics.height() / 20.0));
        const double lineY = page.height() - footerHeight * 0.72;
        painter.drawLine(QPointF(0, lineY), QPointF(page.width(), lineY));
        painter.setPen(Theme::paperColor(Theme::Role::FooterText));
        painter.drawText(QRectF(0, lineY, page.width(), page.height() - lineY), Qt::AlignCenter,
                         footer(i + 1, pages));
        painter.restore();
    }
    return pages;
}

Status PagedTextPrinter::exportPdf(const QString& path, QPageSize::PageSizeId pageSize,
                                   const QString& title,
                                   const std::function<void(QPagedPaintDevice&)>& paint)
{
    return exportPdf(path, QPageSize(pageSize),
                     QMarginsF(MarginMm, MarginMm * 0.8, MarginMm, MarginMm * 0.7), title, paint);
}

QByteArray PagedTextPrinter::pdf(QPageSize::PageSizeId pageSize, const QString& title,
                                 const std::function<void(QPagedPaintDevice&)>& paint)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(300);
        writer.setPageSize(QPageSize(pageSize));
        writer.setPageMargins(QMarginsF(MarginMm, MarginMm * 0.8, MarginMm, MarginMm * 0.7),
                              QPageLayout::Millimeter);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("NeedleChart"));
        paint(writer);
    }
    return buffer.data();
}

Status PagedTextPrinter::exportPdf(const QString& path, const QPageSize& pageSize,
                                   const QMarginsF& marginsMm, const QString& title,
                                   const std::function<void(QPagedPaintDevice&)>& paint)
{
    QFile::remove(path);
    {
        QPdfWriter writer(path);
        writer.setResolution(300);
        writer.setPageSize(pageSize);
        writer.setPageMargins(marginsMm, QPageLayout::Millimeter);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("NeedleChart"));
        paint(writer);
    }
    QFile file(path);
    if (!file.exists() || file.size() == 0)
        return Error{
            ErrorCode::Io,
            QCoreApplication::translate("PagedTextPrinter", "Could not write the PDF to %1.")
                .arg(path),
            {},
            {}};
    return {};
}

} // namespace needlechart
