// The session summary on paper: every section, a hostile name printed literally, the body map as
// vectors, long notes over several pages, drafts marked; and through the services, what a
// clinician (and not the front desk) writes, audited.
#include "needlechart/domain/audit/AuditQuery.h"
#include "needlechart/domain/bodymap/MuscleCatalogue.h"
#include "needlechart/services/audit/AuditTrail.h"
#include "needlechart/services/session/SessionService.h"
#include "needlechart/storage/audit/AuditRepository.h"
#include "needlechart/ui/paper/SessionDocuments.h"
#include "needlechart/ui/paper/SessionSummaryRenderer.h"

#include "ClinicUiTest.h"
#include "PdfTools.h"
#include "PrintPreviewAnswer.h"
#include "SessionSamples.h"
#include "SigningClinician.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTextDocument>

#include <gtest/gtest.h>

namespace needlechart {
namespace {

using test::PdfTools;

const QDateTime Treated(QDate(2026, 11, 24), QTime(9, 30), Qt::UTC);

// A signed note of a patient named with markup, with its consent, screening and amendments.
SessionSummaryContent signedContent(const QString& familyName = QStringLiteral("Lindqvist"))
{
    SessionSummaryContent c;
    c.clinic.name = QStringLiteral("Riverside Physiotherapy");
    c.clinic.address = QStringLiteral("4 Mill Lane\nLeeds LS1 4AB");
    c.clinic.phone = QStringLiteral("0113 496 0999");
    SessionRecord& r = c.record;
    r.patient.id = 42;
    r.patient.familyName = familyName;
    r.patient.givenName = QStringLiteral("Maja");
    r.patient.dateOfBirth = QDate(1988, 4, 2);
    r.patient.referrer = QStringLiteral("Dr Bailey, Laurel Bank Surgery");
    r.session = test::richSession(42, Treated);
    r.session.id = 7;
    r.session.createdAt = Treated.addSecs(-600);
    r.session.status = SessionStatus::Signed;
    r.session.signedAt = Treated.addSecs(1800);
    r.session.signedBy = QStringLiteral("Alex Morgan");
    r.session.signedByRegistration = QStringLiteral("PH123456");
    r.session.leafletVersion = 2;
    r.session.acknowledgedPrecautions << QStringLiteral("anticoagulants:levator_scapulae");
    r.session.amendments.append({1, Treated.addDays(1), QStringLiteral("Alex Morgan"),
                                 QStringLiteral("Depth left out"),
                                 QStringLiteral("Levator scapulae needled at 15 mm."), 1});
    Consent consent;
    consent.id = 3;
    consent.recordedAt = Treated.addDays(-7);
    consent.leafletVersion = 2;
    consent.scope = QStringLiteral("Neck and shoulders, course of six");
    consent.clinician = QStringLiteral("Jo Park");
    r.consent = consent;
    Screening screening;
    screening.id = 5;
    screening.screenedAt = Treated.addDays(-7);
    screening.clinician = QStringLiteral("Jo Park");
    screening.answers.append(
        {QStringLiteral("anticoagulants"), true, QStringLiteral("Apixaban 5 mg twice daily")});
    r.screening = screening;
    r.precautions = SitePrecautions::check({QStringLiteral("anticoagulants")},
                                           r.session.points.points(), MuscleCatalogue::builtIn());
    r.session.painAreas = test::samplePainDrawing();
    c.printedAtUtc = Treated.addDays(2);
    c.printedBy = QStringLiteral("Alex Morgan");
    return c;
}

class SessionSummaryTest : public ::testing::Test {
protected:
    QTemporaryDir dir;
    QString path(const char* name) const { return dir.filePath(QString::fromLatin1(name)); }
};

TEST_F(SessionSummaryTest, every_section_of_a_signed_note_is_on_paper)
{
    const SessionSummaryContent content = signedContent();
    ASSERT_FALSE(content.record.precautions.isEmpty());
    ASSERT_TRUE(SessionSummaryRenderer(content).exportPdf(path("note.pdf")).ok());
    const QString text = PdfTools::text(path("note.pdf"));
    for (const char* expected : {"Riverside Physiotherapy",
                                 "4 Mill Lane, Leeds LS1 4AB",
                                 "Dry needling treatment note",
                                 "Maja Lindqvist",
                                 "02/04/1988",
                                 "Record number",
                                 "Dr Bailey, Laurel Bank Surgery",
                                 "Treated",
                                 "Entry started",
                                 "by Alex Morgan, registration PH123456",
                                 "leaflet version 2, recorded by Jo Park",
                                 "Neck and shoulders, course of six",
                                 "Apixaban 5 mg twice daily",
                                 "acknowledged before signing",
                                 "Right-sided neck pain",
                                 "7/10 before, 3/10 after",
                                 "Pain drawing",
                                 "Body map",
                                 "Trigger points needled",
                                 "Multiple (4)",
                                 "pain and referral reproduced",
                                 "Electrical stimulation",
                                 "4.5 mA",
                                 "Needles",
                                 "LOT-2291A",
                                 "Every needle put in was counted back out",
                                 "After treatment",
                                 "Right upper trapezius",
                                 "Chin tucks, 10 x 3 daily",
                                 "Review in 7 days",
                                 "Adverse events",
                                 "Felt faint, pale and sweaty",
                                 "GP informed",
                                 "Amendments",
                                 "Depth left out",
                                 "Levator scapulae needled at 15 mm.",
                                 "Treatment note 7",
                                 "page 1 of"})
        EXPECT_TRUE(text.contains(QString::fromUtf8(expected))) << expected << "\n"
                                                                << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("DRAFT")));
}

TEST_F(SessionSummaryTest, a_name_with_markup_in_it_prints_literally)
{
    const QString hostile = QStringLiteral("<b>Bold</b> **Star** [link](http://x.example) &amp;");
    ASSERT_TRUE(SessionSummaryRenderer(signedContent(hostile)).exportPdf(path("hostile.pdf")).ok());
    const QString text = PdfTools::text(path("hostile.pdf"));
    EXPECT_TRUE(text.contains(QStringLiteral("Maja <b>Bold</b> **Star** [link](http://x.example) "
                                             "&amp;")))
        << text.toStdString();
}

TEST_F(SessionSummaryTest, the_body_map_is_drawn_as_vectors_not_a_picture)
{
    ASSERT_TRUE(SessionSummaryRenderer(signedContent()).exportPdf(path("map.pdf")).ok());
    EXPECT_EQ(PdfTools::rasterImages(path("map.pdf")), 0);
    // The views' labels are text on the page, not pixels.
    const QString text = PdfTools::text(path("map.pdf"));
    EXPECT_TRUE(text.contains(QStringLiteral("Front")) && text.contains(QStringLiteral("Back")));
}

TEST_F(SessionSummaryTest, a_long_note_runs_over_pages_each_with_the_patient_and_its_number)
{
    SessionSummaryContent content = signedContent();
    Session& s = content.record.session;
    for (int i = 0; i < 30; ++i) {
        TriggerPoint point =
            test::samplePoint("gluteus_medius", i % 2 ? BodySide::Left : BodySide::Right,
                              BodyView::Posterior, QPointF(0.4, 0.45));
        point.findings.notes = QStringLiteral("Point note %1, tender band.").arg(i);
        s.points.add(point);
    }
    for (int i = 0; i < 12; ++i)
        s.amendments.append(
            {100 + i, Treated.addDays(2 + i), QStringLiteral("Alex Morgan"),
             QStringLiteral("Follow-up call %1").arg(i),
             QString(QStringLiteral("Spoke with the patient; soreness settling. ")).repeated(8)
                 + QStringLiteral("End of amendment %1.").arg(i),
             1});
    ASSERT_TRUE(SessionSummaryRenderer(content).exportPdf(path("long.pdf")).ok());
    const int pages = PdfTools::pages(path("long.pdf"));
    ASSERT_GE(pages, 3);
    for (int page = 1; page <= pages; ++page) {
        const QString text = PdfTools::text(path("long.pdf"), page);
        EXPECT_TRUE(text.contains(QStringLiteral("page %1 of %2").arg(page).arg(pages)))
            << "page " << page;
        if (page > 1) {
            EXPECT_TRUE(text.contains(QStringLiteral("Maja Lindqvist · born 02/04/1988 · "
                                                     "record 42")))
                << "page " << page << ": " << text.left(120).toStdString();
        }
    }
    // Nothing is cut off: the last point, the last line of the last amendment.
    const QString all = PdfTools::text(path("long.pdf"));
    EXPECT_TRUE(all.contains(QStringLiteral("Point note 29,")));
    EXPECT_TRUE(all.contains(QStringLiteral("End of amendment 11.")));
}

TEST_F(SessionSummaryTest, a_draft_says_it_is_not_signed_on_every_page)
{
    SessionSummaryContent content = signedContent();
    content.record.session.status = SessionStatus::Draft;
    content.record.session.signedAt = {};
    content.record.consent.reset();
    content.record.screening.reset();
    content.record.precautions.clear();
    for (int i = 0; i < 12; ++i)
        content.record.session.amendments.append(content.record.session.amendments.first());
    ASSERT_TRUE(SessionSummaryRenderer(content).exportPdf(path("draft.pdf")).ok());
    const QString first = PdfTools::text(path("draft.pdf"), 1);
    EXPECT_TRUE(first.contains(QStringLiteral("DRAFT: this note has not been signed")));
    EXPECT_TRUE(first.contains(QStringLiteral("Recorded when the note is signed.")));
    ASSERT_GE(PdfTools::pages(path("draft.pdf")), 2);
    EXPECT_TRUE(PdfTools::text(path("draft.pdf"), 2).contains(QStringLiteral("NOT SIGNED")));
}

TEST_F(SessionSummaryTest, a_visit_without_needling_has_no_body_map_and_says_why)
{
    SessionSummaryContent content = signedContent();
    Session& s = content.record.session;
    s.notNeedled = true;
    s.notNeedledReason = QStringLiteral("Febrile on the day: exercise review only.");
    s.points = {};
    s.needles.clear();
    s.painAreas.clear();
    content.record.consent.reset();
    content.record.precautions.clear();
    ASSERT_TRUE(SessionSummaryRenderer(content).exportPdf(path("none.pdf")).ok());
    const QString text = PdfTools::text(path("none.pdf"));
    EXPECT_TRUE(text.contains(QStringLiteral("Treatment note (not needled)")));
    EXPECT_TRUE(text.contains(QStringLiteral("Febrile on the day: exercise review only.")));
    EXPECT_TRUE(text.contains(QStringLiteral("None needed: no needling at this visit.")));
    EXPECT_FALSE(text.contains(QStringLiteral("Body map")));
    EXPECT_FALSE(text.contains(QStringLiteral("Trigger points needled")));
}

// Through the services: a clinician's export is written and audited; the front desk's is refused
// and writes nothing.
class SessionDocumentsTest : public test::ClinicUiTest {
protected:
    QTemporaryDir dir;

    Patient patientTreated()
    {
        const Patient patient = clinic.addPatient(QStringLiteral("Lindqvist"),
                                                  QStringLiteral("Maja"), QDate(1988, 4, 2));
        clinic.clearForNeedling(patient.id);
        return patient;
    }
    // A full note about `patient`, signed by `by` an hour ago.
    Result<Session> signedNoteOf(const Patient& patient, const User& by)
    {
        Session draft = test::richSession(patient.id, test::TestClinic::fixedNow().addSecs(-3600));
        return clinic.services().sessions().sign(draft, by, test::SigningPassword);
    }
};

TEST_F(SessionDocumentsTest, a_clinician_exports_a_signed_note_audited_and_the_front_desk_cannot)
{
    ClinicServices& services = clinic.services();
    const User alex = test::signingClinician(services, StaffRole::Clinician);
    const Patient patient = patientTreated();
    const Result<Session> signedNote = signedNoteOf(patient, alex);
    ASSERT_TRUE(signedNote.ok()) << signedNote.error().message.toStdString();

    UiContext asAlex = clinic.context(settings, messages, alex);
    const QString pdf = dir.filePath(QStringLiteral("note.pdf"));
    ASSERT_TRUE(SessionDocuments(asAlex).exportSummaryPdf(signedNote->id, pdf).ok());
    const QString text = PdfTools::text(pdf);
    EXPECT_TRUE(text.contains(QStringLiteral("Maja Lindqvist")));
    EXPECT_TRUE(text.contains(QStringLiteral("registration PH123456")));
    EXPECT_TRUE(text.contains(QStringLiteral("printed")) && text.contains(alex.displayName));

    AuditQuery query;
    query.patientId = patient.id;
    auto events = services.auditRepository().find(query);
    ASSERT_TRUE(events.ok());
    const bool exported = std::any_of(events->begin(), events->end(), [&](const AuditEvent& e) {
        return e.action == AuditAction::Export && e.objectType == QLatin1String("session-summary")
               && e.objectId == signedNote->id;
    });
    EXPECT_TRUE(exported) << "the export is in the audit trail";

    UiContext asDesk = clinic.context(settings, messages, test::frontDeskUser());
    const QString refused = dir.filePath(QStringLiteral("desk.pdf"));
    auto written = SessionDocuments(asDesk).exportSummaryPdf(signedNote->id, refused);
    ASSERT_FALSE(written.ok());
    EXPECT_EQ(written.error().code, ErrorCode::NotPermitted);
    EXPECT_FALSE(QFile::exists(refused));
}

TEST_F(SessionDocumentsTest, a_note_printed_from_its_preview_is_audited_and_a_closed_preview_is_not)
{
    ClinicServices& services = clinic.services();
    const User alex = test::signingClinician(services, StaffRole::Clinician);
    const Patient patient = patientTreated();
    const Result<Session> signedNote = signedNoteOf(patient, alex);
    ASSERT_TRUE(signedNote.ok()) << signedNote.error().message.toStdString();
    const auto prints = [&] {
        AuditQuery query;
        query.patientId = patient.id;
        query.action = AuditAction::Print;
        return services.auditRepository().find(query)->size();
    };
    UiContext asAlex = clinic.context(settings, messages, alex);
    test::answerPrintPreview(false);
    SessionDocuments(asAlex).previewSummary(signedNote->id, nullptr);
    EXPECT_EQ(prints(), 0u) << "looked at, not printed";
    test::answerPrintPreview(true);
    SessionDocuments(asAlex).previewSummary(signedNote->id, nullptr);
    EXPECT_EQ(prints(), 1u);
}

} // namespace
} // namespace needlechart
