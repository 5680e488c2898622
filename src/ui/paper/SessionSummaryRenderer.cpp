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
#include "paper/PaperHtml.h"

#include <QLocale>
#include <QTextCursor>
#include <QTextDocument>

namespace needlechart {
namespace {

constexpr double BodyPointSize = PagedTextPrinter::BodyPointSize;

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
             .arg(PaperHtml::esc(s.notNeedled ? tr("Treatment note (not needled)")
                                              : tr("Dry needling treatment note")));
    if (!s.isSigned())
        h += QStringLiteral("<p style=\"color:%1; font-weight:bold; margin:0 0 4px 0\">%2</p>")
                 .arg(Theme::paperName(Theme::Role::CancelledPaperText),
                      PaperHtml::esc(
                          tr("DRAFT: this note has not been signed and may still change.")));

    h += PaperHtml::heading(tr("Patient"));
    QString rows;
    rows += PaperHtml::row(tr("Name"), PaperHtml::field(p.fullName()));
    const auto age = p.ageOn(s.treatedAt.toLocalTime().date());
    rows += PaperHtml::row(
        tr("Date of birth"),
        PaperHtml::esc(
            age ? tr("%1 (%2 years at treatment)").arg(DateText::format(p.dateOfBirth)).arg(*age)
                : DateText::format(p.dateOfBirth)));
    rows += PaperHtml::row(tr("Record number"), PaperHtml::esc(QString::number(p.id)));
    if (!p.referrer.trimmed().isEmpty())
        rows += PaperHtml::row(tr("Referred by"), PaperHtml::field(p.referrer));
    h += PaperHtml::table(rows);

    h += PaperHtml::heading(tr("Treatment"));
    rows.clear();
    rows += PaperHtml::row(tr("Treated"), PaperHtml::esc(DateText::formatDateTime(s.treatedAt)));
    rows +=
        PaperHtml::row(tr("Entry started"), PaperHtml::esc(DateText::formatDateTime(s.createdAt)));
    if (s.isSigned()) {
        QString signer = PaperHtml::field(s.signedBy);
        if (!s.signedByRegistration.trimmed().isEmpty())
            signer +=
                PaperHtml::esc(tr(", registration ")) + PaperHtml::field(s.signedByRegistration);
        rows += PaperHtml::row(tr("Signed"), PaperHtml::esc(DateText::formatDateTime(s.signedAt))
                                                 + PaperHtml::esc(tr(" by ")) + signer);
    } else {
        rows +=
            PaperHtml::row(tr("Last saved"), PaperHtml::esc(DateText::formatDateTime(s.updatedAt)));
    }
    rows += PaperHtml::row(tr("Clinician"), PaperHtml::field(s.clinician));
    if (!s.positions.isEmpty()) {
        QStringList positions;
        for (const PatientPosition position : s.positions)
            positions << enumLabel(position);
        rows +=
            PaperHtml::row(tr("Position"), PaperHtml::esc(positions.join(QStringLiteral(", "))));
    }
    h += PaperHtml::table(rows);

    h += PaperHtml::heading(tr("Consent and screening"));
    rows.clear();
    if (r.consent) {
        const Consent& c = *r.consent;
        QString consent = PaperHtml::esc(tr("%1 (%2) on %3, leaflet version %4, recorded by ")
                                             .arg(enumLabel(c.decision),
                                                  DisplayText::inSentence(enumLabel(c.form)),
                                                  DateText::formatDateTime(c.recordedAt))
                                             .arg(c.leafletVersion))
                          + PaperHtml::field(c.clinician);
        if (!c.witness.trimmed().isEmpty())
            consent += PaperHtml::esc(tr(", witnessed by ")) + PaperHtml::field(c.witness);
        rows += PaperHtml::row(tr("Consent relied on"), consent);
        if (!c.scope.trimmed().isEmpty())
            rows += PaperHtml::row(tr("Scope"), PaperHtml::field(c.scope));
        if (c.isWithdrawn())
            rows +=
                PaperHtml::row(tr("Withdrawn since"),
                               PaperHtml::esc(DateText::formatDateTime(c.withdrawnAt))
                                   + PaperHtml::esc(tr(" by ")) + PaperHtml::field(c.withdrawnBy));
    } else {
        rows += PaperHtml::row(
            tr("Consent relied on"),
            PaperHtml::esc(s.notNeedled   ? tr("None needed: no needling at this visit.")
                           : s.isSigned() ? tr("None recorded with this note.")
                                          : tr("Recorded when the note is signed.")));
    }
    if (r.screening) {
        const Screening& screening = *r.screening;
        rows += PaperHtml::row(tr("Screening"), PaperHtml::esc(tr("%1 by ").arg(
                                                    DateText::formatDateTime(screening.screenedAt)))
                                                    + PaperHtml::field(screening.clinician));
        QStringList present;
        for (const ScreeningAnswer& answer : screening.answers) {
            if (!answer.present)
                continue;
            const ScreeningItem* item = ScreeningChecklist::find(answer.itemKey);
            QString line = PaperHtml::esc(item ? item->label : answer.itemKey);
            if (!answer.note.trimmed().isEmpty())
                line += PaperHtml::esc(tr(": ")) + PaperHtml::field(answer.note);
            present << line;
        }
        rows += PaperHtml::row(tr("Precautions found"), present.isEmpty()
                                                            ? PaperHtml::esc(tr("None"))
                                                            : present.join(QStringLiteral("<br>")));
    }
    if (!r.precautions.isEmpty()) {
        QStringList lines;
        for (const SitePrecaution& precaution : r.precautions) {
            const bool acknowledged = s.acknowledgedPrecautions.contains(precaution.key());
            lines << PaperHtml::esc(precaution.message) + QStringLiteral(" <i>")
                         + PaperHtml::esc(acknowledged ? tr("(acknowledged before signing)")
                                                       : tr("(not acknowledged)"))
                         + QStringLiteral("</i>");
        }
        rows += PaperHtml::row(tr("At the sites needled"), lines.join(QStringLiteral("<br>")));
    }
    h += PaperHtml::table(rows);

    h += PaperHtml::heading(tr("Assessment"));
    rows.clear();
    rows +=
        PaperHtml::row(tr("Presenting complaint"), s.presentingComplaint.trimmed().isEmpty()
                                                       ? dash()
                                                       : PaperHtml::field(s.presentingComplaint));
    rows += PaperHtml::row(
        tr("Pain (NPRS)"),
        PaperHtml::esc(tr("%1 before, %2 after").arg(pain(s.painBefore), pain(s.painAfter))));
    if (!s.painAreas.isEmpty()) {
        QStringList areas;
        for (const PainArea& area : s.painAreas)
            areas << tr("%1 %2/10 (%3)")
                         .arg(enumLabel(area.type))
                         .arg(area.intensity)
                         .arg(DisplayText::inSentence(bodyViewLabel(area.view)));
        rows +=
            PaperHtml::row(tr("Pain drawing"), PaperHtml::esc(areas.join(QStringLiteral("; "))));
    }
    if (s.notNeedled)
        rows += PaperHtml::row(tr("Not needled"), PaperHtml::field(s.notNeedledReason));
    h += PaperHtml::table(rows);
    return h;
}

QString SessionSummaryRenderer::findingsHtml() const
{
    const Session& s = m_content.record.session;
    const MuscleCatalogue& catalogue = *m_content.catalogue;
    QString h;
    if (!s.notNeedled) {
        if (s.points.points().isEmpty()) {
            h += PaperHtml::heading(tr("Trigger points needled"));
            h += QStringLiteral("<p>%1</p>").arg(PaperHtml::esc(tr("No points were charted.")));
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
                rows.append({QString::number(++number),
                             PaperHtml::field(PointPlace::nameWithSide(point, catalogue)),
                             PaperHtml::esc(twitchText(f)),
                             PaperHtml::esc(findings.join(QStringLiteral(", "))),
                             PaperHtml::esc(f.depthMm ? tr("%1 mm").arg(*f.depthMm) : dash()),
                             PaperHtml::esc(techniqueText(f)),
                             PaperHtml::esc(needleText(f.needleGaugeMm, f.needleLengthMm)),
                             f.notes.trimmed().isEmpty() ? QString() : PaperHtml::field(f.notes)});
            }
            h += PaperHtml::grid(tr("Trigger points needled"),
                                 {tr("#"), tr("Muscle"), tr("Twitch"), tr("Findings"), tr("Depth"),
                                  tr("Technique"), tr("Needle"), tr("Notes")},
                                 rows);
        }

        if (s.needles.isEmpty()) {
            h += PaperHtml::heading(tr("Needles"));
            h += QStringLiteral("<p>%1</p>").arg(PaperHtml::esc(tr("No needles recorded.")));
        } else {
            QList<QStringList> rows;
            for (const NeedleUse& use : s.needles)
                rows.append({PaperHtml::esc(needleText(use.gaugeMm, use.lengthMm)),
                             use.lot.trimmed().isEmpty() ? dash() : PaperHtml::field(use.lot),
                             QString::number(use.inserted), QString::number(use.removed)});
            rows.append({QStringLiteral("<b>%1</b>").arg(PaperHtml::esc(tr("Total"))), QString(),
                         QStringLiteral("<b>%1</b>").arg(s.needlesInserted()),
                         QStringLiteral("<b>%1</b>").arg(s.needlesRemoved())});
            h += PaperHtml::grid(tr("Needles"), {tr("Needle"), tr("Lot"), tr("In"), tr("Out")},
                                 rows, {25, 35, 10, 30});
            h += QStringLiteral("<p style=\"margin:3px 0 0 0\">%1</p>")
                     .arg(s.needleCountMatches()
                              ? PaperHtml::esc(tr("Every needle put in was counted back out."))
                              : PaperHtml::esc(tr("The counts differ: "))
                                    + PaperHtml::field(s.needleCountNote));
        }
    }

    h += PaperHtml::heading(tr("After treatment"));
    QString rows;
    rows += PaperHtml::row(tr("Soreness"), PaperHtml::esc(pain(s.soreness)));
    QString bruising = PaperHtml::esc(enumLabel(s.bruising));
    if (s.bruising != BruisingGrade::None && !s.bruisingSite.trimmed().isEmpty())
        bruising += PaperHtml::esc(tr(", ")) + PaperHtml::field(s.bruisingSite);
    rows += PaperHtml::row(tr("Bruising"), bruising);
    rows += PaperHtml::row(tr("Tiredness"),
                           PaperHtml::esc(s.tiredness ? tr("Reported") : tr("None reported")));
    if (!s.otherCare.isEmpty()) {
        QStringList care;
        for (const OtherCare& c : s.otherCare)
            care << PaperHtml::esc(enumLabel(c.kind))
                        + (c.note.trimmed().isEmpty()
                               ? QString()
                               : PaperHtml::esc(tr(": ")) + PaperHtml::field(c.note));
        rows += PaperHtml::row(tr("Other care"), care.join(QStringLiteral("<br>")));
    }
    rows += PaperHtml::row(tr("Advice given"),
                           s.advice.trimmed().isEmpty() ? dash() : PaperHtml::field(s.advice));
    rows += PaperHtml::row(tr("Follow-up"),
                           s.followUp.trimmed().isEmpty() ? dash() : PaperHtml::field(s.followUp));
    // What was handed over or sent for this visit, kept on the record beside the locked note.
    QStringList papers;
    for (const PatientDocument& d : m_content.papers)
        papers << PaperHtml::esc(
                      tr("%1 (template version %2), %3 %4 by ")
                          .arg(enumLabel(d.kind))
                          .arg(d.templateVersion)
                          .arg(deliveryPhrase(d.delivery), DateText::formatDateTime(d.createdAt)))
                      + PaperHtml::field(d.createdBy)
                      + (isLetter(d.kind)
                             ? PaperHtml::esc(tr(", to ")) + PaperHtml::field(d.recipient)
                             : QString());
    rows += PaperHtml::row(tr("Papers given"),
                           papers.isEmpty() ? dash() : papers.join(QStringLiteral("<br>")));
    h += PaperHtml::table(rows);

    if (s.adverseEvents.isEmpty()) {
        h += PaperHtml::heading(tr("Adverse events"));
        h += QStringLiteral("<p>%1</p>").arg(PaperHtml::esc(tr("None.")));
    } else {
        QList<QStringList> events;
        for (const AdverseEvent& e : s.adverseEvents)
            events.append({PaperHtml::esc(enumLabel(e.kind)), PaperHtml::esc(enumLabel(e.grade)),
                           PaperHtml::field(e.description), PaperHtml::field(e.actionTaken),
                           PaperHtml::field(e.followUp)});
        h += PaperHtml::grid(
            tr("Adverse events"),
            {tr("Event"), tr("Grade"), tr("What happened"), tr("Action taken"), tr("Follow-up")},
            events);
    }

    if (!s.amendments.isEmpty()) {
        QList<QStringList> amendments;
        for (const Amendment& a : s.amendments)
            amendments.append({PaperHtml::esc(DateText::formatDateTime(a.writtenAt)),
                               PaperHtml::field(a.author), PaperHtml::field(a.reason),
                               PaperHtml::field(a.text)});
        h += PaperHtml::grid(tr("Amendments"),
                             {tr("Written"), tr("By"), tr("Reason"), tr("Amendment")}, amendments,
                             {17, 17, 24, 42});
    }
    return h;
}

std::unique_ptr<QTextDocument> SessionSummaryRenderer::buildDocument() const
{
    auto doc = std::make_unique<QTextDocument>();
    PagedTextPrinter::prepare(*doc, BodyPointSize * 0.9);

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
