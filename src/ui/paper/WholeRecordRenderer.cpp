#include "needlechart/ui/paper/WholeRecordRenderer.h"

#include "needlechart/domain/bodymap/MuscleCatalogue.h"
#include "needlechart/domain/common/DisplayText.h"
#include "needlechart/domain/consent/ScreeningChecklist.h"
#include "needlechart/ui/common/DateText.h"
#include "needlechart/ui/paper/DocumentRenderer.h"
#include "needlechart/ui/paper/LeafletRenderer.h"
#include "needlechart/ui/paper/SessionSummaryRenderer.h"

#include "common/Theme.h"
#include "paper/Letterhead.h"
#include "paper/PagedTextPrinter.h"
#include "paper/PaperHtml.h"

#include <QMap>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextCursor>
#include <QTextDocument>

namespace needlechart {
namespace {

constexpr double BodyPointSize = PagedTextPrinter::BodyPointSize;

QString none()
{
    return QStringLiteral("<p style=\"margin:2px 0\">%1</p>")
        .arg(PaperHtml::esc(WholeRecordRenderer::tr("None recorded.")));
}

QString paragraph(const QString& html)
{
    return QStringLiteral("<p style=\"margin:2px 0 4px 0\">%1</p>").arg(html);
}

} // namespace

WholeRecordRenderer::WholeRecordRenderer(const WholeRecord& record,
                                         const MuscleCatalogue* catalogue)
    : m_record(record), m_catalogue(catalogue ? *catalogue : MuscleCatalogue::builtIn())
{}

QString WholeRecordRenderer::title() const
{
    return tr("Whole record: %1").arg(m_record.patient().fullName());
}

QString WholeRecordRenderer::footer(int page, int pages) const
{
    return tr("Whole record of %1, made %2 by %3  \u00b7  overview, page %4 of %5")
        .arg(m_record.patient().isolatedFullName(), DateText::formatDateTime(m_record.madeAtUtc),
             DisplayText::isolate(m_record.madeBy))
        .arg(page)
        .arg(pages);
}

QString WholeRecordRenderer::practitionerName(qint64 bookClinicianId) const
{
    for (const FhirPractitioner& practitioner : m_record.fhir.practitioners)
        if (practitioner.bookClinicianId == bookClinicianId && bookClinicianId > 0)
            return practitioner.name;
    return {};
}

QString WholeRecordRenderer::overviewHtml() const
{
    const FhirPatientRecord& r = m_record.patientRecord();
    const Patient& p = r.patient;
    QString h;
    h += QStringLiteral("<h1 style=\"color:%1; font-size:%2pt; margin:4px 0 2px 0\">%3</h1>")
             .arg(Theme::paperName(Theme::Role::Accent))
             .arg(BodyPointSize * 1.5)
             .arg(PaperHtml::esc(tr("Whole record")));
    h += paragraph(
        PaperHtml::esc(tr("Everything the clinic holds about this patient as it stood on %1, "
                          "made by %2. This overview comes first; then each treatment "
                          "note in full with its amendments, each letter as it was "
                          "given, and each information leaflet the patient consented "
                          "on, each from a new page."))
            .arg(PaperHtml::esc(DateText::formatDateTime(m_record.madeAtUtc)),
                 PaperHtml::field(m_record.madeBy)));

    h += PaperHtml::heading(tr("Patient"));
    QString rows;
    rows += PaperHtml::row(tr("Name"), PaperHtml::field(p.fullName()));
    if (!p.preferredName.trimmed().isEmpty())
        rows += PaperHtml::row(tr("Preferred name"), PaperHtml::field(p.preferredName));
    rows += PaperHtml::row(tr("Date of birth"), PaperHtml::esc(DateText::format(p.dateOfBirth)));
    rows += PaperHtml::row(tr("Sex"), PaperHtml::esc(sexLabel(p.sex)));
    rows += PaperHtml::row(tr("Record number"), PaperHtml::esc(QString::number(p.id)));
    const auto optional = [&rows](const QString& label, const QString& value) {
        if (!value.trimmed().isEmpty())
            rows += PaperHtml::row(label, PaperHtml::field(value));
    };
    optional(tr("Address"), p.address);
    optional(tr("Phone"), p.phone);
    optional(tr("Email"), p.email);
    optional(tr("Referred by"), p.referrer);
    optional(tr("Notes at the desk"), p.notes);
    rows += PaperHtml::row(tr("Registered"), PaperHtml::esc(DateText::formatDateTime(p.createdAt)));
    if (p.updatedAt.isValid() && p.updatedAt != p.createdAt)
        rows += PaperHtml::row(tr("Details last changed"),
                               PaperHtml::esc(DateText::formatDateTime(p.updatedAt)));
    h += PaperHtml::table(rows);

    // Consents, each with the leaflet version given before it.
    QList<QStringList> consentRows;
    for (const FhirConsent& given : r.consents) {
        const Consent& c = given.consent;
        QString leaflet = c.leafletVersion > 0
                              ? PaperHtml::esc(tr("version %1").arg(c.leafletVersion))
                              : PaperHtml::esc(QStringLiteral("\u2013"));
        if (given.leaflet.version > 0)
            leaflet += PaperHtml::esc(
                tr(" of %1").arg(DateText::format(given.leaflet.createdAt.toLocalTime().date())));
        QString state = PaperHtml::esc(enumLabel(c.decision)) + PaperHtml::esc(QStringLiteral(", "))
                        + PaperHtml::esc(DisplayText::inSentence(enumLabel(c.form)));
        if (c.isWithdrawn())
            state += QStringLiteral("<br>")
                     + PaperHtml::esc(
                           tr("withdrawn %1 by %2").arg(DateText::formatDateTime(c.withdrawnAt)))
                           .arg(PaperHtml::field(c.withdrawnBy));
        QString scope = PaperHtml::field(c.scope);
        if (!c.withdrawalNote.trimmed().isEmpty())
            scope += QStringLiteral("<br>") + PaperHtml::field(c.withdrawalNote);
        consentRows.append(QStringList{PaperHtml::esc(DateText::formatDateTime(c.recordedAt)),
                                       state, leaflet, scope, PaperHtml::field(c.clinician)});
    }
    h += PaperHtml::grid(
        tr("Consent to dry needling"),
        {tr("Recorded"), tr("Decision"), tr("Leaflet"), tr("Scope"), tr("Recorded by")},
        consentRows, {18, 20, 16, 30, 16});
    if (consentRows.isEmpty())
        h += none();

    QList<QStringList> screeningRows;
    for (const Screening& s : m_record.screenings) {
        QStringList found;
        for (const ScreeningAnswer& answer : s.answers) {
            if (!answer.present)
                continue;
            const ScreeningItem* item = ScreeningChecklist::find(answer.itemKey);
            QString text = PaperHtml::field(item ? item->label : answer.itemKey);
            if (!answer.note.trimmed().isEmpty())
                text += PaperHtml::esc(QStringLiteral(": ")) + PaperHtml::field(answer.note);
            found << text;
        }
        screeningRows.append(QStringList{PaperHtml::esc(DateText::formatDateTime(s.screenedAt)),
                                         found.isEmpty() ? PaperHtml::esc(tr("No precaution found"))
                                                         : found.join(QStringLiteral("<br>")),
                                         PaperHtml::field(s.clinician)});
    }
    h += PaperHtml::grid(tr("Precaution screenings"),
                         {tr("Screened"), tr("Precautions found"), tr("Clinician")}, screeningRows,
                         {20, 60, 20});
    if (screeningRows.isEmpty())
        h += none();

    QList<QStringList> noteRows;
    for (const Session& s : r.sessions) {
        QString state =
            s.isSigned() ? PaperHtml::esc(tr("Signed %1").arg(DateText::formatDateTime(s.signedAt)))
                         : PaperHtml::esc(tr("Draft, not signed"));
        if (!s.amendments.isEmpty())
            state += QStringLiteral("<br>")
                     + PaperHtml::esc(tr("Amendments: %1").arg(s.amendments.size()));
        noteRows.append(QStringList{
            PaperHtml::esc(DateText::formatDateTime(s.treatedAt)), PaperHtml::field(s.clinician),
            state, PaperHtml::esc(s.notNeedled ? tr("Not needled") : tr("Dry needling"))});
    }
    h += PaperHtml::grid(tr("Treatment notes (each follows in full)"),
                         {tr("Treated"), tr("Clinician"), tr("Status"), tr("Treatment")}, noteRows,
                         {22, 26, 30, 22});
    if (noteRows.isEmpty())
        h += none();

    QList<QStringList> bookingRows;
    for (const Appointment& a : r.appointments) {
        QString status = PaperHtml::esc(enumLabel(a.status));
        if (!a.cancelReason.trimmed().isEmpty())
            status += PaperHtml::esc(QStringLiteral(": ")) + PaperHtml::field(a.cancelReason);
        bookingRows.append(QStringList{PaperHtml::esc(DateText::formatDateTime(a.start)),
                                       PaperHtml::esc(tr("%1 min").arg(a.durationMinutes)),
                                       PaperHtml::esc(enumLabel(a.type)),
                                       PaperHtml::field(practitionerName(a.clinicianId)), status});
    }
    h += PaperHtml::grid(tr("Appointments"),
                         {tr("Start"), tr("Length"), tr("Type"), tr("Clinician"), tr("Status")},
                         bookingRows, {22, 10, 22, 22, 24});
    if (bookingRows.isEmpty())
        h += none();

    QList<QStringList> scoreRows;
    for (const OutcomeCompletion& c : r.outcomes) {
        QString measure = c.measureId;
        for (const OutcomeMeasure& m : m_record.fhir.measures)
            if (m.id == c.measureId)
                measure = m.name;
        QString score = PaperHtml::esc(QLocale().toString(c.score, 'g', 3));
        if (c.isVoided())
            score +=
                QStringLiteral("<br>")
                + PaperHtml::esc(tr("voided %1 by %2").arg(DateText::formatDateTime(c.voidedAt)))
                      .arg(PaperHtml::field(c.voidedBy))
                + PaperHtml::esc(QStringLiteral(": ")) + PaperHtml::field(c.voidReason);
        scoreRows.append(QStringList{PaperHtml::esc(DateText::formatDateTime(c.completedAt)),
                                     PaperHtml::field(measure), score,
                                     PaperHtml::field(c.recordedBy)});
    }
    h += PaperHtml::grid(tr("Outcome scores"),
                         {tr("Completed"), tr("Measure"), tr("Score"), tr("Recorded by")},
                         scoreRows, {22, 34, 22, 22});
    if (scoreRows.isEmpty())
        h += none();

    QList<QStringList> letterRows;
    for (const PatientDocument& d : m_record.letters)
        letterRows.append(
            QStringList{PaperHtml::esc(DateText::formatDateTime(d.createdAt)),
                        PaperHtml::field(d.title), PaperHtml::field(d.recipient),
                        QString(PaperHtml::field(d.createdBy) + PaperHtml::esc(QStringLiteral(", "))
                                + PaperHtml::esc(deliveryPhrase(d.delivery)))});
    h += PaperHtml::grid(tr("Letters and sheets given (each follows in full)"),
                         {tr("Date"), tr("Title"), tr("To"), tr("By")}, letterRows,
                         {22, 30, 24, 24});
    if (letterRows.isEmpty())
        h += none();

    QList<QStringList> openingRows;
    for (const AuditEvent& e : m_record.openings)
        openingRows.append(QStringList{PaperHtml::esc(DateText::formatDateTime(e.atUtc)),
                                       PaperHtml::field(e.login), PaperHtml::field(e.workstation)});
    h += PaperHtml::grid(tr("Who opened the record"),
                         {tr("When"), tr("Staff login"), tr("Workstation")}, openingRows,
                         {30, 30, 40});
    if (openingRows.isEmpty())
        h += none();
    return h;
}

std::unique_ptr<QTextDocument> WholeRecordRenderer::buildOverview() const
{
    auto doc = std::make_unique<QTextDocument>();
    PagedTextPrinter::prepare(*doc, BodyPointSize * 0.9);
    QTextCursor cursor(doc.get());
    Letterhead::insert(cursor, m_record.clinic, tr("Dry needling"));
    cursor.insertHtml(overviewHtml());
    return doc;
}

int WholeRecordRenderer::render(QPagedPaintDevice& device) const
{
    QPainter painter;
    if (!painter.begin(&device))
        return 0;
    const Patient& patient = m_record.patient();
    std::unique_ptr<QTextDocument> overview = buildOverview();
    int pages = PagedTextPrinter::paint(
        *overview, device, painter, [this](int page, int count) { return footer(page, count); },
        tr("Whole record of %1").arg(patient.isolatedFullName()));

    for (const SessionRecord& note : m_record.notes) {
        device.newPage();
        SessionSummaryContent content{m_record.clinic, note, &m_catalogue, m_record.madeAtUtc,
                                      m_record.madeBy};
        for (const PatientDocument& letter : m_record.letters)
            if (letter.sessionId > 0 && letter.sessionId == note.session.id)
                content.papers.push_back(letter);
        pages += SessionSummaryRenderer(std::move(content)).render(device, painter);
    }
    for (const PatientDocument& letter : m_record.letters) {
        device.newPage();
        pages +=
            DocumentRenderer({m_record.clinic, letter, patient.fullName()}).render(device, painter);
    }
    // Each leaflet version the patient's consents name, once, dated the first time it was given.
    QMap<int, LeafletContent> leaflets;
    const auto& consents = m_record.patientRecord().consents;
    for (auto it = consents.crbegin(); it != consents.crend(); ++it) {
        if (it->leaflet.version > 0 && !leaflets.contains(it->leaflet.version))
            leaflets.insert(it->leaflet.version, {m_record.clinic, it->leaflet, patient.fullName(),
                                                  it->consent.recordedAt.toLocalTime().date()});
    }
    for (const LeafletContent& leaflet : std::as_const(leaflets)) {
        device.newPage();
        pages += LeafletRenderer(leaflet).render(device, painter);
    }
    painter.end();
    return pages;
}

QByteArray WholeRecordRenderer::pdf() const
{
    return PagedTextPrinter::pdf(QPageSize::A4, title(),
                                 [this](QPagedPaintDevice& device) { render(device); });
}

} // namespace needlechart
