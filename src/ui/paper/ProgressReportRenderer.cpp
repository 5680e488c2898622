#include "needlechart/ui/paper/ProgressReportRenderer.h"

#include "needlechart/domain/outcomes/OutcomeMeasureCatalogue.h"
#include "needlechart/domain/outcomes/ProgressText.h"
#include "needlechart/ui/common/DateText.h"
#include "needlechart/ui/outcomes/ProgressCharts.h"

#include "common/Theme.h"
#include "paper/ChartTextObject.h"
#include "paper/Letterhead.h"
#include "paper/PagedTextPrinter.h"

#include <QTextCursor>
#include <QTextDocument>

namespace needlechart {
namespace {

constexpr double Body = PagedTextPrinter::BodyPointSize;

void paragraph(QTextCursor& cursor, const QString& text, double size = Body, bool bold = false,
               const QColor& colour = {})
{
    QTextBlockFormat block;
    block.setTopMargin(size > Body ? 10 : 2);
    block.setBottomMargin(3);
    cursor.insertBlock(block);
    QTextCharFormat chars;
    chars.setFontPointSize(size);
    chars.setFontWeight(bold ? QFont::Bold : QFont::Normal);
    if (colour.isValid())
        chars.setForeground(colour);
    cursor.insertText(text, chars);
}

} // namespace

ProgressReportRenderer::ProgressReportRenderer(ProgressReportContent content)
    : m_content(std::move(content))
{}

ProgressReportRenderer::~ProgressReportRenderer() = default;

QString ProgressReportRenderer::title() const
{
    return tr("Progress report: %1").arg(m_content.patient.fullName());
}

std::unique_ptr<QTextDocument> ProgressReportRenderer::buildDocument() const
{
    auto doc = std::make_unique<QTextDocument>();
    PagedTextPrinter::prepare(*doc, Body);
    QTextCursor cursor(doc.get());
    Letterhead::insert(cursor, m_content.clinic, tr("Physiotherapy"));
    const QColor accent = Theme::paperColor(Theme::Role::Accent);
    const Patient& p = m_content.patient;
    paragraph(cursor, tr("Progress report"), Body * 1.6, true, accent);
    paragraph(cursor, tr("%1, born %2").arg(p.isolatedFullName(), DateText::format(p.dateOfBirth)),
              Body, true);
    paragraph(cursor,
              tr("Printed %1 by %2.")
                  .arg(DateText::formatDateTime(m_content.printedAtUtc), m_content.printedBy),
              Body * 0.9, false, Theme::paperColor(Theme::Role::SecondaryText));

    const OutcomeMeasureCatalogue& measures = OutcomeMeasureCatalogue::builtIn();
    paragraph(cursor, tr("Pain before and after each visit"), Body * 1.25, true, accent);
    if (m_content.trend.visits.isEmpty()) {
        paragraph(cursor, tr("No signed visit has a pain score yet."));
    } else {
        cursor.insertBlock();
        const PainTrend trend = m_content.trend;
        ChartTextObject::insert(cursor, [trend] { return ProgressCharts::pain(trend); });
    }
    if (const OutcomeMeasure* nprs = measures.find(OutcomeMeasureCatalogue::PainRating))
        paragraph(cursor, ProgressText::pain(m_content.trend, *nprs));

    const OutcomeMeasure* psfs =
        measures.find(OutcomeMeasureCatalogue::PatientSpecificFunctionalScale);
    std::vector<OutcomeCompletion> scale;
    for (const OutcomeCompletion& c : m_content.completions) {
        if (psfs && c.measureId == psfs->id)
            scale.push_back(c);
    }
    paragraph(cursor, psfs ? psfs->name : tr("Patient-Specific Functional Scale"), Body * 1.25,
              true, accent);
    const bool anyKept = std::any_of(scale.cbegin(), scale.cend(),
                                     [](const OutcomeCompletion& c) { return !c.isVoided(); });
    if (!anyKept) {
        paragraph(cursor, tr("Not scored yet."));
    } else {
        cursor.insertBlock();
        ChartTextObject::insert(cursor, [scale] { return ProgressCharts::functionScale(scale); });
        paragraph(cursor, ProgressText::measure(*psfs, scale));
    }
    for (const OutcomeCompletion& c : scale) {
        QStringList activities;
        for (const OutcomeAnswer& a : c.answers)
            activities << tr("%1: %2").arg(a.item).arg(a.value);
        QString line = tr("%1, score %2 (%3), recorded by %4")
                           .arg(DateText::format(c.completedAt.toLocalTime().date()),
                                ProgressText::score(c.score), activities.join(QStringLiteral("; ")),
                                c.recordedBy);
        if (c.isVoided())
            line += tr(". Entered in error: %1").arg(c.voidReason);
        paragraph(cursor, line, Body * 0.9);
    }
    return doc;
}

int ProgressReportRenderer::render(QPagedPaintDevice& device) const
{
    std::unique_ptr<QTextDocument> doc = buildDocument();
    const QString header =
        tr("%1  \u00b7  progress report").arg(m_content.patient.isolatedFullName());
    return PagedTextPrinter::paint(
        *doc, device,
        [](int page, int pages) {
            return tr("Progress report  \u00b7  page %1 of %2").arg(page).arg(pages);
        },
        header);
}

Status ProgressReportRenderer::exportPdf(const QString& path, QPageSize::PageSizeId pageSize) const
{
    return PagedTextPrinter::exportPdf(path, pageSize, title(),
                                       [this](QPagedPaintDevice& device) { render(device); });
}

} // namespace needlechart
