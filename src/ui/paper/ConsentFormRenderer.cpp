#include "paper/ConsentFormRenderer.h"

#include "needlechart/domain/common/DisplayText.h"
#include "needlechart/ui/common/DateText.h"

#include "common/Theme.h"
#include "paper/Letterhead.h"
#include "paper/PagedTextPrinter.h"

#include <QTextDocument>

namespace needlechart {
namespace {

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

QString line(const QString& label)
{
    return QStringLiteral("<tr><td style=\"padding: 14px 8px 2px 0\">%1</td>"
                          "<td style=\"padding: 14px 0 2px 0\" width=\"70%\">"
                          "______________________________________________</td></tr>")
        .arg(esc(label));
}

} // namespace

ConsentFormRenderer::ConsentFormRenderer(ConsentFormContent content) : m_content(std::move(content))
{}

QString ConsentFormRenderer::html() const
{
    const ClinicProfile& clinic = m_content.clinic;
    const Patient& patient = m_content.patient;
    const QString version =
        tr("version %1 of %2")
            .arg(m_content.leaflet.version)
            .arg(DateText::format(m_content.leaflet.createdAt.toLocalTime().date()));
    const QString accent = Theme::paperName(Theme::Role::Accent);
    const QString secondary = Theme::paperName(Theme::Role::SecondaryText);
    QString h;
    h += QStringLiteral("<p style=\"color:%1; font-size:13pt; font-weight:bold; margin:0\">%2</p>")
             .arg(accent, esc(clinic.name.trimmed().isEmpty()
                                  ? tr("Dry needling")
                                  : DisplayText::isolate(clinic.name.trimmed())));
    h += QStringLiteral("<p style=\"color:%1; font-size:9pt; margin:0 0 12px 0\">%2</p>")
             .arg(secondary, esc(Letterhead::contactLine(clinic)));
    h += QStringLiteral("<h1 style=\"color:%1\">%2</h1>")
             .arg(accent, esc(tr("Consent to dry needling")));
    h += QStringLiteral("<table cellspacing=\"0\">");
    h += QStringLiteral("<tr><td style=\"padding-right:12px\"><b>%1</b></td><td>%2</td></tr>")
             .arg(esc(tr("Patient")), esc(patient.isolatedFullName()));
    h += QStringLiteral("<tr><td style=\"padding-right:12px\"><b>%1</b></td><td>%2</td></tr>")
             .arg(esc(tr("Date of birth")), esc(DateText::format(patient.dateOfBirth)));
    h += QStringLiteral("<tr><td style=\"padding-right:12px\"><b>%1</b></td><td>%2</td></tr>")
             .arg(esc(tr("Record number")), QString::number(patient.id));
    h += QStringLiteral("<tr><td style=\"padding-right:12px\"><b>%1</b></td><td>%2</td></tr>")
             .arg(esc(tr("Leaflet given")),
                  esc(tr("Dry needling information leaflet, %1").arg(version)));
    h += QStringLiteral("</table>");
    h +=
        QStringLiteral("<p>%1</p>")
            .arg(esc(tr("I have been given the clinic's dry needling information leaflet (%1) and "
                        "have read it. My physiotherapist has explained the treatment and answered "
                        "my questions.")
                         .arg(version)));
    h += QStringLiteral("<p>%1</p><ul>").arg(esc(tr("I understand that dry needling can cause:")));
    for (const QString& risk :
         {tr("soreness for a day or two, and bruising where a needle went in;"),
          tr("tiredness or drowsiness, and occasionally feeling faint;"),
          tr("rarely, infection or irritation of a nerve;"),
          tr("very rarely, when needling over the chest, air around a lung (pneumothorax), which "
             "needs urgent medical care.")})
        h += QStringLiteral("<li>%1</li>").arg(esc(risk));
    h += QStringLiteral("</ul>");
    h += QStringLiteral("<p>%1</p>")
             .arg(esc(
                 tr("I have told my physiotherapist about my health, medicines and any pregnancy. "
                    "I know that I can refuse dry needling, and stop it at any time, without it "
                    "affecting the rest of my care.")));
    h += QStringLiteral("<table cellspacing=\"0\" width=\"100%\">");
    h += line(tr("Treatment this consent covers (regions, or the course of treatment)"));
    h += line(tr("I agree to dry needling: patient's signature"));
    h += line(tr("Name in capitals"));
    h += line(tr("Date"));
    h += line(tr("Physiotherapist: signature and name"));
    h += line(tr("Witness, if any: signature and name"));
    h += QStringLiteral("</table>");
    h += QStringLiteral("<p style=\"color:%1; font-size:9pt; margin-top:14px\">%2</p>")
             .arg(secondary,
                  esc(tr("Printed %1. Keep with the patient's record; the consent is also recorded "
                         "in NeedleChart with this leaflet version.")
                          .arg(DateText::format(m_content.date))));
    return h;
}

int ConsentFormRenderer::render(QPagedPaintDevice& device) const
{
    QTextDocument doc;
    PagedTextPrinter::prepare(doc, PagedTextPrinter::BodyPointSize);
    doc.setHtml(html());
    const int version = m_content.leaflet.version;
    return PagedTextPrinter::paint(doc, device, [version](int page, int pages) {
        return tr("Consent to dry needling  \u00b7  leaflet version %1  \u00b7  page %2 of %3")
            .arg(version)
            .arg(page)
            .arg(pages);
    });
}

Status ConsentFormRenderer::exportPdf(const QString& path, QPageSize::PageSizeId pageSize) const
{
    return PagedTextPrinter::exportPdf(path, pageSize, tr("Consent to dry needling"),
                                       [this](QPagedPaintDevice& device) { render(device); });
}

} // namespace needlechart
