#include "paper/AppointmentCardRenderer.h"

#include "needlechart/domain/common/DisplayText.h"
#include "needlechart/ui/common/DateText.h"

#include "common/Theme.h"
#include "paper/PagedTextPrinter.h"

#include <QAbstractTextDocumentLayout>
#include <QLocale>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPen>
#include <QTextDocument>

#include <algorithm>

namespace needlechart {
namespace {

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

constexpr double LargestPointSize = 8.5;
constexpr double SmallestPointSize = 5.0;

} // namespace

AppointmentCardRenderer::AppointmentCardRenderer(ClinicProfile clinic, AppointmentEntry entry)
    : m_clinic(std::move(clinic)), m_entry(std::move(entry))
{}

QPageSize AppointmentCardRenderer::pageSize()
{
    return QPageSize(QSizeF(85, 55), QPageSize::Millimeter, tr("Appointment card"),
                     QPageSize::ExactMatch);
}

QMarginsF AppointmentCardRenderer::marginsMm()
{
    return {5, 4, 5, 3};
}

PrintDialogs::Paper AppointmentCardRenderer::paper()
{
    return {pageSize(), marginsMm(), tr("Appointment card"), true};
}

QString AppointmentCardRenderer::html() const
{
    const Appointment& a = m_entry.appointment;
    const QDateTime start = a.start.toLocalTime();
    const QString when = DateText::longDate(start.date());
    const QString minutes =
        a.durationMinutes == 1 ? tr("1 minute") : tr("%1 minutes").arg(a.durationMinutes);
    const QString accent = Theme::paperName(Theme::Role::Accent);
    const QString secondary = Theme::paperName(Theme::Role::SecondaryText);
    QString h;
    h += QStringLiteral("<p style=\"color:%1; font-weight:bold; margin:0\">%2</p>")
             .arg(accent, esc(DisplayText::isolate(m_clinic.name.trimmed())));
    h += QStringLiteral("<p style=\"margin:0 0 3px 0; color:%1\">%2</p>")
             .arg(secondary, esc(tr("Your appointment")));
    h += QStringLiteral("<p style=\"font-size:large; font-weight:bold; margin:0\">%1</p>")
             .arg(esc(when));
    h += QStringLiteral("<p style=\"font-size:large; font-weight:bold; margin:0 0 3px 0\">%1</p>")
             .arg(esc(tr("at %1, for %2").arg(DateText::formatTime(a.start), minutes)));
    QString what = enumLabel(a.type);
    if (!m_entry.clinicianName.isEmpty())
        what = tr("%1 with %2").arg(what, DisplayText::isolate(m_entry.clinicianName));
    h += QStringLiteral("<p style=\"margin:0\">%1</p>").arg(esc(what));
    h += QStringLiteral("<p style=\"margin:0 0 4px 0\">%1</p>")
             .arg(esc(tr("For %1").arg(DisplayText::isolate(m_entry.patientFullName))));
    // The small print: where, how to call, and what to do if the time no longer suits.
    QStringList small;
    if (!m_clinic.address.trimmed().isEmpty())
        small << DisplayText::isolate(
            m_clinic.address.trimmed().replace(QLatin1Char('\n'), QStringLiteral(", ")));
    if (!m_clinic.phone.trimmed().isEmpty())
        small << tr("Phone %1").arg(DisplayText::isolate(m_clinic.phone.trimmed()));
    small << tr("Cannot come? Please tell us at least 24 hours before.");
    for (const QString& line : small)
        h += QStringLiteral("<p style=\"margin:0; color:%1; font-size:small\">%2</p>")
                 .arg(secondary, esc(line));
    return h;
}

QRectF AppointmentCardRenderer::textArea(const QPagedPaintDevice& device)
{
    const QRectF page(0, 0, device.width(), device.height());
    const QMarginsF margins = marginsMm();
    const QSizeF textMm = pageSize().size(QPageSize::Millimeter).shrunkBy(margins);
    const QSizeF text(textMm.width() * device.logicalDpiX() / 25.4,
                      textMm.height() * device.logicalDpiY() / 25.4);
    // A few per cent of slack: a printer rounds the card's size to its own units.
    if (page.width() <= text.width() * 1.05 && page.height() <= text.height() * 1.05)
        return page;
    const QPointF inset(margins.left() * device.logicalDpiX() / 25.4,
                        margins.top() * device.logicalDpiY() / 25.4);
    return {inset, text};
}

void AppointmentCardRenderer::render(QPagedPaintDevice& device) const
{
    QTextDocument doc;
    doc.documentLayout()->setPaintDevice(&device);
    doc.setDocumentMargin(0);
    PagedTextPrinter::useApplicationDirection(doc);
    doc.setHtml(html());
    const QRectF area = textArea(device);
    const QSizeF card = area.size();
    doc.setTextWidth(card.width());
    // The largest type that keeps everything on the card.
    for (double size = LargestPointSize; size >= SmallestPointSize; size -= 0.5) {
        QFont font(QStringLiteral("DejaVu Sans"));
        font.setPointSizeF(size);
        doc.setDefaultFont(font);
        doc.setHtml(html());
        if (doc.size().height() <= card.height())
            break;
    }
    QPainter painter(&device);
    painter.setRenderHint(QPainter::Antialiasing);
    if (area.topLeft() != QPointF(0, 0)) {
        // The card's edge, dashed, to cut along.
        const QSizeF cardMm = pageSize().size(QPageSize::Millimeter);
        QPen cut(Theme::paperColor(Theme::Role::SecondaryText));
        cut.setStyle(Qt::DashLine);
        cut.setWidthF(device.logicalDpiX() / 254.0); // 0.1 mm
        painter.setPen(cut);
        painter.drawRect(QRectF(0, 0, cardMm.width() * device.logicalDpiX() / 25.4,
                                cardMm.height() * device.logicalDpiY() / 25.4));
    }
    // Centred on the card, whatever room the type leaves.
    const double top = std::max(0.0, (card.height() - doc.size().height()) / 2);
    painter.translate(area.left(), area.top() + top);
    PagedTextPrinter::drawOnPaper(doc, painter, QRectF(QPointF(0, 0), card));
}

Status AppointmentCardRenderer::exportPdf(const QString& path) const
{
    return PagedTextPrinter::exportPdf(path, pageSize(), marginsMm(), tr("Appointment card"),
                                       [this](QPagedPaintDevice& device) { render(device); });
}

} // namespace needlechart
