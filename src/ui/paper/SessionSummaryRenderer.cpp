#include "needlechart/ui/paper/SessionSummaryRenderer.h"

#include "needlechart/domain/bodymap/MuscleCatalogue.h"
#include "needlechart/domain/common/DisplayText.h"
#include "needlechart/domain/consent/ScreeningChecklist.h"
#include "needlechart/domain/session/PointPlace.h"
#include "needlechart/ui/common/DateText.h"

#include "common/Theme.h"
#include "paper/BodyMapTextObject.h"
#include "paper/Letterhead.h"
#include "paper/PagedTextPrinter.h"

#include <QLocale>
#include <QTextCursor>
#include <QTextDocument>

namespace needlechart {
namespace {

constexpr double BodyPointSize = PagedTextPrinter::BodyPointSize;

// A value from the record for a cell or a line: isolated (DisplayText), so a right-to-left or
// legacy one keeps its place beside the others, escaped, and its line breaks kept.
QString field(const QString& text)
{
    return DisplayText::isolate(text.trimmed())
        .toHtmlEscaped()
        .replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

QString heading(const QString& text)
{
    return QStringLiteral("<h2 style=\"color:%1; font-size:%2pt; margin:10px 0 3px 0\">%3</h2>")
        .arg(Theme::paperName(Theme::Role::Accent))
        .arg(BodyPointSize * 1.15)
        .arg(esc(text));
}

// One "Label: value" row of a two-column table; `value` is already HTML.
QString row(const QString& label, const QString& value)
{
    return QStringLiteral("<tr><td style=\"padding:1px 10px 1px 0; color:%1\" width=\"24%\">%2"
                          "</td><td style=\"padding:1px 0\">%3</td></tr>")
        .arg(Theme::paperName(Theme::Role::SecondaryText), esc(label), value);
}

QString table(const QString& rows)
{
    return QStringLiteral("<table cellspacing=\"0\" width=\"100%\">%1</table>").arg(rows);
}

// A table under its heading: the heading and the column titles are its header rows, so they
// stay with the first rows and come again at the top of each page the table runs on to. Every
// cell's text is already HTML; `widths` are percentages (empty: as the text needs).
QString grid(const QString& title, const QStringList& headings, const QList<QStringList>& rows,
             const QList<int>& widths = {})
{
    QString h = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\" width=\"100%\" "
                               "style=\"border-collapse:collapse; margin-top:10px\"><thead>");
    h += QStringLiteral("<tr><td colspan=\"%1\" style=\"color:%2; font-size:%3pt; "
                        "font-weight:bold; padding:0 0 3px 0\">%4</td></tr>")
             .arg(headings.size())
             .arg(Theme::paperName(Theme::Role::Accent))
             .arg(BodyPointSize * 1.15)
             .arg(esc(title));
    h += QStringLiteral("<tr style=\"background:%1\">")
             .arg(Theme::paperName(Theme::Role::TableHeaderBackground));
    for (qsizetype i = 0; i < headings.size(); ++i)
        h += QStringLiteral("<th align=\"left\" %1style=\"padding:2px 6px 2px 2px\">%2</th>")
                 .arg(i < widths.size() ? QStringLiteral("width=\"%1%\" ").arg(widths.at(i))
                                        : QString(),
                      esc(headings.at(i)));
    h += QStringLiteral("</tr></thead>");
    for (const QStringList& cells : rows) {
        h += QStringLiteral("<tr>");
        for (const QString& cell : cells)
            h += QStringLiteral("<td valign=\"top\" style=\"padding:2px 6px 2px 2px; "
                                "border-bottom:1px solid %1\">%2</td>")
                     .arg(Theme::paperName(Theme::Role::FooterRule), cell);
        h += QStringLiteral("</tr>");
    }
    return h + QStringLiteral("</table>");
}

QString dash()
{
    return QStringLiteral("\u2013");
}

QString pain(const std::optional<int>& score)
{
    return score ? SessionSummaryRenderer::tr("%1/10").arg(*score) : dash();
}

QString twitchText(const PointFindings& f)
{
    if (f.twitch == TwitchResponse::Multiple && f.twitchCount >= PointFindings::MinMultipleTwitches)
        return SessionSummaryRenderer::tr("Multiple (%1)").arg(f.twitchCount);
    return enumLabel(f.twitch);
}

QString needleText(const std::optional<double>& gaugeMm, const std::optional<int>& lengthMm)
{
    if (!gaugeMm && !lengthMm)
        return dash();
    const QString gauge = gaugeMm ? QLocale().toString(*gaugeMm, 'f', 2) : QStringLiteral("?");
    const QString length = lengthMm ? QString::number(*lengthMm) : QStringLiteral("?");
    return SessionSummaryRenderer::tr("%1 \u00d7 %2 mm").arg(gauge, length);
}

QString techniqueText(const PointFindings& f)
{
    QString text = enumLabel(f.technique);
    if (f.isStimulated()) {
        QStringList settings;
        if (f.stimulation.frequencyHz)
            settings << SessionSummaryRenderer::tr("%1 Hz").arg(
                QLocale().toString(*f.stimulation.frequencyHz, 'g', 4));
        if (f.stimulation.pulseWidthUs)
            settings << SessionSummaryRenderer::tr("%1 \u00b5s").arg(*f.stimulation.pulseWidthUs);
        if (f.stimulation.intensityMa)
            settings << SessionSummaryRenderer::tr("%1 mA").arg(
                QLocale().toString(*f.stimulation.intensityMa, 'g', 4));
        if (!settings.isEmpty())
            text += QStringLiteral(" (") + settings.join(QStringLiteral(", ")) + QLatin1Char(')');
    }
    if (f.retentionSeconds)
        text += SessionSummaryRenderer::tr(", %1 s").arg(*f.retentionSeconds);
    return text;
}

} // namespace

SessionSummaryRenderer::SessionSummaryRenderer(SessionSummaryContent content)
    : m_content(std::move(content))
{
    if (!m_content.catalogue)
        m_content.catalogue = &MuscleCatalogue::builtIn();
}

SessionSummaryRenderer::~SessionSummaryRenderer() = default;

QString SessionSummaryRenderer::title() const
{
    return tr("Treatment note, %1, %2")
        .arg(m_content.record.patient.fullName(),
             DateText::format(m_content.record.session.treatedAt.toLocalTime().date()));
}

QString SessionSummaryRenderer::header() const
{
    const Patient& p = m_content.record.patient;
    QString line = tr("%1  \u00b7  born %2  \u00b7  record %3  \u00b7  treated %4")
                       .arg(p.isolatedFullName(), DateText::format(p.dateOfBirth))
                       .arg(p.id)
                       .arg(DateText::formatDateTime(m_content.record.session.treatedAt));
    if (!m_content.record.session.isSigned())
        line += tr("  \u00b7  DRAFT, NOT SIGNED");
    return line;
}

QString SessionSummaryRenderer::footer(int page, int pages) const
{
    return tr("Treatment note %1  \u00b7  printed %2 by %3  \u00b7  confidential  \u00b7  page %4 "
              "of %5")
        .arg(m_content.record.session.id)
        .arg(DateText::formatDateTime(m_content.printedAtUtc),
             DisplayText::isolate(m_content.printedBy))
        .arg(page)
        .arg(pages);
}

QString SessionSummaryRenderer::detailsHtml() const
{
    const SessionRecord& r = m_content.record;
    const Session& s = r.session;
    const Patient& p = r.patient;
    QString h;
    h += QStringLiteral("<h1 style=\"color:%1; font-size:%2pt; margin:4px 0 2px 0\">%3</h1>")
             .arg(Theme::paperName(Theme::Role::Accent))
             .arg(BodyPointSize * 1.5)
             .arg(esc(s.notNeedled ? tr("Treatment note (not needled)")
                                   : tr("Dry needling treatment note")));
    if (!s.isSigned())
        h += QStringLiteral("<p style=\"color:%1; font-weight:bold; margin:0 0 4px 0\">%2</p>")
                 .arg(Theme::paperName(Theme::Role::CancelledPaperText),
                      esc(tr("DRAFT: this note has not been signed and may still change.")));

    h += heading(tr("Patient"));
    QString rows;
    rows += row(tr("Name"), field(p.fullName()));
    const auto age = p.ageOn(s.treatedAt.toLocalTime().date());
    rows += row(
        tr("Date of birth"),
        esc(age ? tr("%1 (%2 years at treatment)").arg(DateText::format(p.dateOfBirth)).arg(*age)
                : DateText::format(p.dateOfBirth)));
    rows += row(tr("Record number"), esc(QString::number(p.id)));
    if (!p.referrer.trimmed().isEmpty())
        rows += row(tr("Referred by"), field(p.referrer));
    h += table(rows);

    h += heading(tr("Treatment"));
    rows.clear();
    rows += row(tr("Treated"), esc(DateText::formatDateTime(s.treatedAt)));
    rows += row(tr("Entry started"), esc(DateText::formatDateTime(s.createdAt)));
    if (s.isSigned()) {
        QString signer = field(s.signedBy);
        if (!s.signedByRegistration.trimmed().isEmpty())
            signer += esc(tr(", registration ")) + field(s.signedByRegistration);
        rows +=
            row(tr("Signed"), esc(DateText::formatDateTime(s.signedAt)) + esc(tr(" by ")) + signer);
    } else {
        rows += row(tr("Last saved"), esc(DateText::formatDateTime(s.updatedAt)));
    }
    rows += row(tr("Clinician"), field(s.clinician));
    if (!s.positions.isEmpty()) {
        QStringList positions;
        for (const PatientPosition position : s.positions)
            positions << enumLabel(position);
        rows += row(tr("Position"), esc(positions.join(QStringLiteral(", "))));
    }
    h += table(rows);

    h += heading(tr("Consent and screening"));
    rows.clear();
    if (r.consent) {
        const Consent& c = *r.consent;
        QString consent =
            esc(tr("%1 (%2) on %3, leaflet version %4, recorded by ")
                    .arg(enumLabel(c.decision), DisplayText::inSentence(enumLabel(c.form)),
                         DateText::formatDateTime(c.recordedAt))
                    .arg(c.leafletVersion))
            + field(c.clinician);
        if (!c.witness.trimmed().isEmpty())
            consent += esc(tr(", witnessed by ")) + field(c.witness);
        rows += row(tr("Consent relied on"), consent);
        if (!c.scope.trimmed().isEmpty())
            rows += row(tr("Scope"), field(c.scope));
        if (c.isWithdrawn())
            rows += row(tr("Withdrawn since"), esc(DateText::formatDateTime(c.withdrawnAt))
                                                   + esc(tr(" by ")) + field(c.withdrawnBy));
    } else {
        rows += row(tr("Consent relied on"),
                    esc(s.notNeedled   ? tr("None needed: no needling at this visit.")
                        : s.isSigned() ? tr("None recorded with this note.")
                                       : tr("Recorded when the note is signed.")));
    }
    if (r.screening) {
        const Screening& screening = *r.screening;
        rows += row(tr("Screening"),
                    esc(tr("%1 by ").arg(DateText::formatDateTime(screening.screenedAt)))
                        + field(screening.clinician));
        QStringList present;
        for (const ScreeningAnswer& answer : screening.answers) {
            if (!answer.present)
                continue;
            const ScreeningItem* item = ScreeningChecklist::find(answer.itemKey);
            QString line = esc(item ? item->label : answer.itemKey);
            if (!answer.note.trimmed().isEmpty())
                line += esc(tr(": ")) + field(answer.note);
            present << line;
        }
        rows += row(tr("Precautions found"),
                    present.isEmpty() ? esc(tr("None")) : present.join(QStringLiteral("<br>")));
    }
    if (!r.precautions.isEmpty()) {
        QStringList lines;
        for (const SitePrecaution& precaution : r.precautions) {
            const bool acknowledged = s.acknowledgedPrecautions.contains(precaution.key());
            lines << esc(precaution.message) + QStringLiteral(" <i>")
                         + esc(acknowledged ? tr("(acknowledged before signing)")
                                            : tr("(not acknowledged)"))
                         + QStringLiteral("</i>");
        }
        rows += row(tr("At the sites needled"), lines.join(QStringLiteral("<br>")));
    }
    h += table(rows);

    h += heading(tr("Assessment"));
    rows.clear();
    rows += row(tr("Presenting complaint"),
                s.presentingComplaint.trimmed().isEmpty() ? dash() : field(s.presentingComplaint));
    rows += row(tr("Pain (NPRS)"),
                esc(tr("%1 before, %2 after").arg(pain(s.painBefore), pain(s.painAfter))));
    if (!s.painAreas.isEmpty()) {
        QStringList areas;
        for (const PainArea& area : s.painAreas)
            areas << tr("%1 %2/10 (%3)")
                         .arg(enumLabel(area.type))
                         .arg(area.intensity)
                         .arg(DisplayText::inSentence(bodyViewLabel(area.view)));
        rows += row(tr("Pain drawing"), esc(areas.join(QStringLiteral("; "))));
    }
    if (s.notNeedled)
        rows += row(tr("Not needled"), field(s.notNeedledReason));
    h += table(rows);
    return h;
}

QString SessionSummaryRenderer::findingsHtml() const
{
    const Session& s = m_content.record.session;
    const MuscleCatalogue& catalogue = *m_content.catalogue;
    QString h;
    if (!s.notNeedled) {
        if (s.points.points().isEmpty()) {
            h += heading(tr("Trigger points needled"));
            h += QStringLiteral("<p>%1</p>").arg(esc(tr("No points were charted.")));
        } else {
            QList<QStringList> rows;
            int number = 0;
            for (const TriggerPoint& point : s.points.points()) {
                const PointFindings& f = point.findings;
                QStringList findings;
                findings << enumLabel(f.activity);
                if (f.painReproduced)
                    findings << (f.referredPatternReproduced ? tr("pain and referral reproduced")
                                                             : tr("pain reproduced"));
                rows.append(
                    {QString::number(++number), field(PointPlace::nameWithSide(point, catalogue)),
                     esc(twitchText(f)), esc(findings.join(QStringLiteral(", "))),
                     esc(f.depthMm ? tr("%1 mm").arg(*f.depthMm) : dash()), esc(techniqueText(f)),
                     esc(needleText(f.needleGaugeMm, f.needleLengthMm)),
                     f.notes.trimmed().isEmpty() ? QString() : field(f.notes)});
            }
            h += grid(tr("Trigger points needled"),
                      {tr("#"), tr("Muscle"), tr("Twitch"), tr("Findings"), tr("Depth"),
                       tr("Technique"), tr("Needle"), tr("Notes")},
                      rows);
        }

        if (s.needles.isEmpty()) {
            h += heading(tr("Needles"));
            h += QStringLiteral("<p>%1</p>").arg(esc(tr("No needles recorded.")));
        } else {
            QList<QStringList> rows;
            for (const NeedleUse& use : s.needles)
                rows.append({esc(needleText(use.gaugeMm, use.lengthMm)),
                             use.lot.trimmed().isEmpty() ? dash() : field(use.lot),
                             QString::number(use.inserted), QString::number(use.removed)});
            rows.append({QStringLiteral("<b>%1</b>").arg(esc(tr("Total"))), QString(),
                         QStringLiteral("<b>%1</b>").arg(s.needlesInserted()),
                         QStringLiteral("<b>%1</b>").arg(s.needlesRemoved())});
            h += grid(tr("Needles"), {tr("Needle"), tr("Lot"), tr("In"), tr("Out")}, rows,
                      {25, 35, 10, 30});
            h += QStringLiteral("<p style=\"margin:3px 0 0 0\">%1</p>")
                     .arg(s.needleCountMatches()
                              ? esc(tr("Every needle put in was counted back out."))
                              : esc(tr("The counts differ: ")) + field(s.needleCountNote));
        }
    }

    h += heading(tr("After treatment"));
    QString rows;
    rows += row(tr("Soreness"), esc(pain(s.soreness)));
    QString bruising = esc(enumLabel(s.bruising));
    if (s.bruising != BruisingGrade::None && !s.bruisingSite.trimmed().isEmpty())
        bruising += esc(tr(", ")) + field(s.bruisingSite);
    rows += row(tr("Bruising"), bruising);
    rows += row(tr("Tiredness"), esc(s.tiredness ? tr("Reported") : tr("None reported")));
    if (!s.otherCare.isEmpty()) {
        QStringList care;
        for (const OtherCare& c : s.otherCare)
            care << esc(enumLabel(c.kind))
                        + (c.note.trimmed().isEmpty() ? QString() : esc(tr(": ")) + field(c.note));
        rows += row(tr("Other care"), care.join(QStringLiteral("<br>")));
    }
    rows += row(tr("Advice given"), s.advice.trimmed().isEmpty() ? dash() : field(s.advice));
    rows += row(tr("Follow-up"), s.followUp.trimmed().isEmpty() ? dash() : field(s.followUp));
    // What was handed over or sent for this visit, kept on the record beside the locked note.
    QStringList papers;
    for (const PatientDocument& d : m_content.papers)
        papers << esc(tr("%1 (template version %2), %3 %4 by ")
                          .arg(enumLabel(d.kind))
                          .arg(d.templateVersion)
                          .arg(deliveryPhrase(d.delivery), DateText::formatDateTime(d.createdAt)))
                      + field(d.createdBy)
                      + (isLetter(d.kind) ? esc(tr(", to ")) + field(d.recipient) : QString());
    rows +=
        row(tr("Papers given"), papers.isEmpty() ? dash() : papers.join(QStringLiteral("<br>")));
    h += table(rows);

    if (s.adverseEvents.isEmpty()) {
        h += heading(tr("Adverse events"));
        h += QStringLiteral("<p>%1</p>").arg(esc(tr("None.")));
    } else {
        QList<QStringList> events;
        for (const AdverseEvent& e : s.adverseEvents)
            events.append({esc(enumLabel(e.kind)), esc(enumLabel(e.grade)), field(e.description),
                           field(e.actionTaken), field(e.followUp)});
        h += grid(
            tr("Adverse events"),
            {tr("Event"), tr("Grade"), tr("What happened"), tr("Action taken"), tr("Follow-up")},
            events);
    }

    if (!s.amendments.isEmpty()) {
        QList<QStringList> amendments;
        for (const Amendment& a : s.amendments)
            amendments.append({esc(DateText::formatDateTime(a.writtenAt)), field(a.author),
                               field(a.reason), field(a.text)});
        h += grid(tr("Amendments"), {tr("Written"), tr("By"), tr("Reason"), tr("Amendment")},
                  amendments, {17, 17, 24, 42});
    }
    return h;
}

std::unique_ptr<QTextDocument> SessionSummaryRenderer::buildDocument() const
{
    auto doc = std::make_unique<QTextDocument>();
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(BodyPointSize * 0.9);
    doc->setDefaultFont(font);
    doc->setDocumentMargin(0);
    PagedTextPrinter::useApplicationDirection(*doc);

    QTextCursor cursor(doc.get());
    Letterhead::insert(cursor, m_content.clinic, tr("Dry needling"));
    cursor.insertHtml(detailsHtml());
    const Session& s = m_content.record.session;
    if (!s.notNeedled) {
        cursor.insertBlock(QTextBlockFormat(), QTextCharFormat());
        BodyMapTextObject::insert(
            cursor, s.points, s.painAreas, *m_content.catalogue,
            {tr("Body map"),
             tr("Front and back as the clinician faces the patient: the patient's right is on "
                "the left of the front view. The numbers are those of the table.")});
    }
    cursor.insertBlock(QTextBlockFormat(), QTextCharFormat());
    cursor.insertHtml(findingsHtml());
    return doc;
}

int SessionSummaryRenderer::render(QPagedPaintDevice& device) const
{
    std::unique_ptr<QTextDocument> doc = buildDocument();
    return PagedTextPrinter::paint(
        *doc, device, [this](int page, int pages) { return footer(page, pages); }, header());
}

int SessionSummaryRenderer::render(QPagedPaintDevice& device, QPainter& painter) const
{
    std::unique_ptr<QTextDocument> doc = buildDocument();
    return PagedTextPrinter::paint(
        *doc, device, painter, [this](int page, int pages) { return footer(page, pages); },
        header());
}

Status SessionSummaryRenderer::exportPdf(const QString& path, QPageSize::PageSizeId pageSize) const
{
    return PagedTextPrinter::exportPdf(path, pageSize, title(),
                                       [this](QPagedPaintDevice& device) { render(device); });
}

} // namespace needlechart
