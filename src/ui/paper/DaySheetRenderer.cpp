#include "needlechart/ui/paper/DaySheetRenderer.h"

#include "needlechart/domain/common/DisplayText.h"
#include "needlechart/ui/common/DateText.h"

#include "common/Theme.h"
#include "paper/PagedTextPrinter.h"

#include <QLocale>
#include <QTextDocument>

#include <algorithm>
#include <array>
#include <map>

namespace needlechart {
namespace {

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

// A name or free text for a cell or a heading: isolated (DisplayText), so a right-to-left or
// legacy one keeps its place beside the others, then escaped.
QString field(const QString& text)
{
    return DisplayText::isolate(text).toHtmlEscaped();
}

QString cell(const QString& text, const QString& style = {})
{
    return QStringLiteral("<td style=\"padding:3px 6px 3px 0; %1\">%2</td>").arg(style, text);
}

// The columns and their share of the width, the same in every clinician's table.
struct SheetColumn {
    const char* heading;
    int percent;
};
constexpr std::array<SheetColumn, 8> SheetColumns{
    {{QT_TRANSLATE_NOOP("DaySheetRenderer", "In"), 4},
     {QT_TRANSLATE_NOOP("DaySheetRenderer", "Time"), 12},
     {QT_TRANSLATE_NOOP("DaySheetRenderer", "Patient"), 20},
     {QT_TRANSLATE_NOOP("DaySheetRenderer", "Phone"), 13},
     {QT_TRANSLATE_NOOP("DaySheetRenderer", "Type"), 18},
     {QT_TRANSLATE_NOOP("DaySheetRenderer", "Room"), 7},
     {QT_TRANSLATE_NOOP("DaySheetRenderer", "Status"), 14},
     {QT_TRANSLATE_NOOP("DaySheetRenderer", "Note"), 12}}};

QString countText(std::size_t count)
{
    return count == 1 ? DaySheetRenderer::tr("1 appointment")
                      : DaySheetRenderer::tr("%1 appointments").arg(count);
}

} // namespace

DaySheetRenderer::DaySheetRenderer(DaySheetContent content) : m_content(std::move(content)) {}

QString DaySheetRenderer::html() const
{
    const ClinicProfile& clinic = m_content.clinic;
    // By clinician (in name order), then by start.
    std::map<QString, std::vector<const AppointmentEntry*>> byClinician;
    for (const AppointmentEntry& entry : m_content.entries)
        byClinician[entry.clinicianName].push_back(&entry);
    std::size_t held = 0;
    for (auto& [name, entries] : byClinician) {
        std::sort(entries.begin(), entries.end(), [](const auto* a, const auto* b) {
            return a->appointment.start < b->appointment.start;
        });
        held += std::size_t(std::count_if(entries.begin(), entries.end(), [](const auto* e) {
            return e->appointment.holdsTime();
        }));
    }

    const QString accent = Theme::paperName(Theme::Role::Accent);
    QString h;
    h += QStringLiteral("<p style=\"color:%1; font-size:12pt; font-weight:bold; "
                        "margin:0\">%2</p>")
             .arg(accent, field(clinic.name.trimmed()));
    h += QStringLiteral("<h1 style=\"color:%1; margin:2px 0 2px 0\">%2</h1>")
             .arg(accent, esc(tr("Day sheet: %1").arg(DateText::longDate(m_content.day))));
    h += QStringLiteral("<p style=\"margin:0 0 8px 0\">%1</p>")
             .arg(esc(byClinician.empty()
                          ? tr("No appointments are booked for this day.")
                          : tr("%1, not counting cancellations.").arg(countText(held))));

    for (const auto& [name, entries] : byClinician) {
        h += QStringLiteral("<h2 style=\"margin:12px 0 4px 0\">%1</h2>")
                 .arg(name.isEmpty() ? esc(tr("No clinician")) : field(name));
        h += QStringLiteral("<table cellspacing=\"0\" width=\"100%\" "
                            "style=\"border-collapse:collapse\"><tr style=\"background:%1\">")
                 .arg(Theme::paperName(Theme::Role::TableHeaderBackground));
        for (const SheetColumn& column : SheetColumns)
            h += QStringLiteral("<td width=\"%1%\" style=\"padding:3px 6px 3px 0\"><b>%2</b></td>")
                     .arg(column.percent)
                     .arg(esc(tr(column.heading)));
        h += QStringLiteral("</tr>");
        for (const AppointmentEntry* entry : entries) {
            const Appointment& a = entry->appointment;
            const bool cancelled = a.status == AppointmentStatus::Cancelled;
            const QString style = cancelled
                                      ? QStringLiteral("color:%1; ")
                                            .arg(Theme::paperName(Theme::Role::CancelledPaperText))
                                      : QString();
            const QString status =
                cancelled && !a.cancelReason.isEmpty()
                    ? tr("Cancelled: %1").arg(DisplayText::isolate(a.cancelReason))
                    : enumLabel(a.status);
            h += QStringLiteral("<tr>");
            h += cell(cancelled ? QString() : QStringLiteral("\u2610"), style);
            h += cell(
                esc(DateText::formatTime(a.start) + QChar(0x2013) + DateText::formatTime(a.end())),
                style + QStringLiteral("white-space:nowrap"));
            h += cell(cancelled ? QStringLiteral("<s>%1</s>").arg(field(entry->patientName))
                                : field(entry->patientName),
                      style);
            h += cell(field(entry->patientPhone), style + QStringLiteral("white-space:nowrap"));
            h += cell(esc(enumLabel(a.type)), style);
            h += cell(field(entry->roomName), style);
            h += cell(esc(status), style);
            h += cell(field(a.note), style);
            h += QStringLiteral("</tr>");
        }
        h += QStringLiteral("</table>");
    }
    return h;
}

int DaySheetRenderer::render(QPagedPaintDevice& device) const
{
    QTextDocument doc;
    PagedTextPrinter::prepare(doc, PagedTextPrinter::BodyPointSize * 0.85);
    doc.setHtml(html());
    const QString day = DateText::format(m_content.day);
    const QString printed = DateText::formatDateTime(m_content.printedAtUtc);
    return PagedTextPrinter::paint(doc, device, [day, printed](int page, int pages) {
        return tr("Day sheet %1  \u00b7  printed %2  \u00b7  confidential: shred after use  "
                  "\u00b7  page %3 of %4")
            .arg(day, printed)
            .arg(page)
            .arg(pages);
    });
}

Status DaySheetRenderer::exportPdf(const QString& path, QPageSize::PageSizeId pageSize) const
{
    return PagedTextPrinter::exportPdf(path, pageSize,
                                       tr("Day sheet %1").arg(DateText::format(m_content.day)),
                                       [this](QPagedPaintDevice& device) { render(device); });
}

} // namespace needlechart
