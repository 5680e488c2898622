#include "needlechart/services/documents/DocumentService.h"

#include "needlechart/domain/documents/MarkdownTemplate.h"
#include "needlechart/domain/outcomes/OutcomeMeasureCatalogue.h"
#include "needlechart/services/common/ChangeNotifier.h"
#include "needlechart/services/common/ClinicServices.h"
#include "needlechart/services/outcomes/OutcomeService.h"
#include "needlechart/storage/database/Database.h"

#include "ClearedPatient.h"
#include "ErrorText.h"
#include "RawConnection.h"
#include "ServicesTest.h"
#include "SessionSamples.h"
#include "SigningClinician.h"
#include "TestServer.h"

#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace needlechart;
using test::describe;
using test::frontDeskUser;
using test::RawConnection;

namespace {

const QDateTime Start(QDate(2026, 11, 24), QTime(9, 30, 0), Qt::UTC);

class DocumentServiceTest : public test::ServicesTest {
protected:
    DocumentServiceTest() : ServicesTest(Start) {}

    DocumentService& documents = services.documents();
    OutcomeService& outcomes = services.outcomes();
    User alex = test::signingClinician(services, {StaffRole::Clinician, StaffRole::Admin});
    PatientId patientId = 0;

    void SetUp() override
    {
        ClinicProfile clinic;
        clinic.name = QStringLiteral("Harbour Physio");
        clinic.phone = QStringLiteral("01632 960 123");
        ASSERT_TRUE(services.clinic().saveProfile(clinic, alex).ok());
        patientId =
            test::clearedPatient(services, alex, QStringLiteral("Nakamura"), QStringLiteral("Hana"),
                                 QDate(1990, 7, 12), QStringLiteral("Neck and shoulders"));
        ASSERT_GT(patientId, 0);
        auto patient = services.patients().get(patientId, alex);
        ASSERT_TRUE(patient.ok());
        Patient withReferrer = *patient;
        withReferrer.referrer = QStringLiteral("Dr A Patel, Riverside Surgery");
        ASSERT_TRUE(services.patients().update(withReferrer, alex).ok());
    }

    // A signed note `daysAgo` before now with pain before treatment `before`.
    Session signedVisit(int daysAgo, int before)
    {
        Session note = test::richSession(patientId, clock.nowUtc().addDays(-daysAgo));
        note.painBefore = before;
        note.followUp = QStringLiteral("Review in 7 days; chin tucks daily.");
        auto signedNote = services.sessions().sign(note, alex, test::SigningPassword);
        EXPECT_TRUE(signedNote.ok()) << describe(signedNote.error());
        return signedNote.ok() ? *signedNote : Session{};
    }

    void recordPsfs(int firstValue, int secondValue)
    {
        auto recorded =
            outcomes.record(patientId, 0, OutcomeMeasureCatalogue::PatientSpecificFunctionalScale,
                            {{QStringLiteral("Driving"), firstValue},
                             {QStringLiteral("Lifting my son"), secondValue}},
                            alex);
        ASSERT_TRUE(recorded.ok()) << describe(recorded.error());
    }

    int auditRows(const char* action) const
    {
        return RawConnection::scalar(db->connection(),
                                     QStringLiteral("SELECT COUNT(*) FROM audit_event WHERE "
                                                    "action = '%1' AND object_type = 'document'")
                                         .arg(QLatin1String(action)))
            .toInt();
    }
};

} // namespace

TEST_P(DocumentServiceTest,
       every_kind_starts_from_the_projects_template_which_names_only_its_fields)
{
    for (DocumentKind kind : enumValues<DocumentKind>()) {
        auto current = documents.currentTemplate(kind);
        ASSERT_TRUE(current.ok()) << describe(current.error());
        EXPECT_EQ(current->version, 1);
        EXPECT_FALSE(current->markdown.trimmed().isEmpty()) << enumKey(kind).toStdString();
        EXPECT_EQ(current->markdown, DocumentService::defaultTemplate(kind));
        EXPECT_TRUE(
            MarkdownTemplate::unknownFields(current->markdown, documentFields(kind)).isEmpty())
            << enumKey(kind).toStdString();
        EXPECT_FALSE(current->markdown.contains(QLatin1Char('<')))
            << "templates are Markdown only, no HTML";
    }
    EXPECT_TRUE(documents.defaultTemplate(DocumentKind::AftercareAdvice)
                    .contains(QStringLiteral("{{clinic.phone}}")));
}

TEST_P(DocumentServiceTest, an_admin_saves_a_new_version_and_a_misspelt_field_is_refused)
{
    const QString text = QStringLiteral("# After needling\n\nCall {{clinic.phone}}.");
    auto saved = documents.saveTemplate(DocumentKind::AftercareAdvice, text, alex);
    ASSERT_TRUE(saved.ok()) << describe(saved.error());
    EXPECT_EQ(saved->version, 2);
    EXPECT_EQ(documents.saveTemplate(DocumentKind::AftercareAdvice, text, alex)->version, 2)
        << "the same text again is no new version";
    EXPECT_EQ(documents.currentTemplate(DocumentKind::ReferrerLetter)->version, 1)
        << "each kind has its own versions";
    EXPECT_EQ(documents.templateVersion(DocumentKind::AftercareAdvice, 1)->markdown,
              DocumentService::defaultTemplate(DocumentKind::AftercareAdvice));

    auto misspelt = documents.saveTemplate(DocumentKind::AftercareAdvice,
                                           QStringLiteral("Call {{clinic.phnoe}}."), alex);
    ASSERT_FALSE(misspelt.ok());
    EXPECT_EQ(misspelt.error().code, ErrorCode::Validation);
    EXPECT_TRUE(misspelt.error().message.contains(QStringLiteral("clinic.phnoe")));
    EXPECT_FALSE(
        documents.saveTemplate(DocumentKind::AftercareAdvice, QStringLiteral("{{findings}}"), alex)
            .ok())
        << "the advice sheet has no findings";
    EXPECT_EQ(documents.saveTemplate(DocumentKind::AftercareAdvice, QStringLiteral("  "), alex)
                  .error()
                  .code,
              ErrorCode::Validation);
    const User clinician = test::signingClinician(services, StaffRole::Clinician,
                                                  QStringLiteral("jo"), QStringLiteral("Jo Ellis"));
    EXPECT_EQ(
        documents.saveTemplate(DocumentKind::AftercareAdvice, text + QLatin1Char('!'), clinician)
            .error()
            .code,
        ErrorCode::NotPermitted);
}

TEST_P(DocumentServiceTest, a_letter_is_filled_from_the_record_of_the_course_of_care)
{
    signedVisit(14, 7);
    const Session latest = signedVisit(1, 3);
    recordPsfs(2, 4);
    clock.advanceSeconds(7 * 24 * 3600);
    recordPsfs(7, 8);

    auto letter = documents.compose(DocumentKind::ReferrerLetter, patientId, latest.id, {}, alex);
    ASSERT_TRUE(letter.ok()) << describe(letter.error());
    EXPECT_EQ(letter->recipient, QStringLiteral("Dr A Patel, Riverside Surgery"))
        << "the patient's referrer unless the clinician names someone";
    EXPECT_EQ(letter->templateVersion, 1);
    EXPECT_EQ(letter->sessionId, latest.id);
    auto values = documents.fields(DocumentKind::ReferrerLetter, patientId, latest.id, {}, alex);
    ASSERT_TRUE(values.ok());
    EXPECT_EQ(values->value(QStringLiteral("course.sessions")), QStringLiteral("2"));
    EXPECT_EQ(values->value(QStringLiteral("clinician.registration")), QStringLiteral("PH123456"));
    EXPECT_EQ(values->value(QStringLiteral("clinic.name")), QStringLiteral("Harbour Physio"));
    EXPECT_TRUE(
        values->value(QStringLiteral("findings")).contains(QStringLiteral("local twitch response")))
        << values->value(QStringLiteral("findings")).toStdString();
    EXPECT_TRUE(values->value(QStringLiteral("painTrend"))
                    .contains(QStringLiteral("fell from 7/10 at the first visit to 3/10")));
    EXPECT_TRUE(values->value(QStringLiteral("outcomes"))
                    .contains(QStringLiteral("rose from 3 to 7.5 over 2 completions")))
        << values->value(QStringLiteral("outcomes")).toStdString();
    EXPECT_EQ(values->value(QStringLiteral("plan")),
              QStringLiteral("Review in 7 days; chin tucks daily."));
    EXPECT_TRUE(letter->markdown.contains(QStringLiteral("Hana Nakamura")));
    EXPECT_TRUE(letter->markdown.contains(QStringLiteral("Dr A Patel, Riverside Surgery")));
    EXPECT_TRUE(MarkdownTemplate::fieldsIn(letter->markdown).isEmpty())
        << "every field of the project's letter is filled";

    auto named = documents.compose(DocumentKind::DischargeSummary, patientId, 0,
                                   QStringLiteral("Ms K Owusu, Harbour Orthopaedics"), alex);
    ASSERT_TRUE(named.ok());
    EXPECT_EQ(named->recipient, QStringLiteral("Ms K Owusu, Harbour Orthopaedics"));
}

TEST_P(DocumentServiceTest, a_name_with_markup_is_escaped_in_the_filled_text)
{
    auto patient = services.patients().get(patientId, alex);
    ASSERT_TRUE(patient.ok());
    Patient hostile = *patient;
    hostile.givenName = QStringLiteral("*Bold*");
    hostile.familyName = QStringLiteral("<b>Tag</b>");
    ASSERT_TRUE(services.patients().update(hostile, alex).ok());
    auto sheet = documents.compose(DocumentKind::AftercareAdvice, patientId, 0, {}, alex);
    ASSERT_TRUE(sheet.ok()) << describe(sheet.error());
    EXPECT_TRUE(sheet->markdown.contains(QStringLiteral("\\*Bold\\* \\<b\\>Tag\\</b\\>")))
        << sheet->markdown.toStdString();
    EXPECT_EQ(sheet->recipient, QStringLiteral("*Bold* <b>Tag</b>"))
        << "a sheet goes to the patient; the recipient is kept as text, unescaped";
}

TEST_P(DocumentServiceTest, keeping_a_document_stores_it_as_sent_audits_it_and_tells_the_windows)
{
    const Session visit = signedVisit(1, 6);
    QSignalSpy spy(&services.notifier(), &ChangeNotifier::changed);
    auto sheet = documents.compose(DocumentKind::AftercareAdvice, patientId, visit.id, {}, alex);
    ASSERT_TRUE(sheet.ok());
    auto kept = documents.keep(*sheet, alex);
    ASSERT_TRUE(kept.ok()) << describe(kept.error());
    EXPECT_GT(kept->id, 0);
    EXPECT_EQ(kept->createdAt, clock.nowUtc());
    EXPECT_EQ(kept->createdBy, QStringLiteral("Alex Morgan"));
    EXPECT_EQ(auditRows("print"), 1);
    ASSERT_EQ(spy.size(), 1);
    EXPECT_EQ(spy.at(0).at(0).value<ChangeEvent>().entity, ChangeEvent::Entity::Document);

    clock.advanceSeconds(300);
    auto letter = documents.compose(DocumentKind::ReferrerLetter, patientId, visit.id, {}, alex);
    ASSERT_TRUE(letter.ok());
    letter->markdown += QStringLiteral("\n\nAdded by hand before sending.");
    letter->delivery = DocumentDelivery::Pdf;
    ASSERT_TRUE(documents.keep(*letter, alex).ok());
    EXPECT_EQ(auditRows("export"), 1);

    auto listed = documents.documents(patientId, alex);
    ASSERT_TRUE(listed.ok());
    ASSERT_EQ(listed->size(), 2u);
    EXPECT_EQ(listed->front().kind, DocumentKind::ReferrerLetter) << "newest first";
    EXPECT_TRUE(listed->front().markdown.isEmpty()) << "lists leave the text out";
    auto full = documents.document(listed->front().id, alex);
    ASSERT_TRUE(full.ok());
    EXPECT_TRUE(full->markdown.endsWith(QStringLiteral("Added by hand before sending.")))
        << "the text as it went out, edits included";
    EXPECT_EQ(full->delivery, DocumentDelivery::Pdf);
    auto ofVisit = documents.documentsOfSession(visit.id, alex);
    ASSERT_TRUE(ofVisit.ok());
    ASSERT_EQ(ofVisit->size(), 2u);
    EXPECT_EQ(ofVisit->front().kind, DocumentKind::AftercareAdvice) << "oldest first";
    EXPECT_EQ(ofVisit->front().templateVersion, 1);
}

TEST_P(DocumentServiceTest, the_front_desk_and_bad_documents_are_refused_and_nothing_is_kept)
{
    auto sheet = documents.compose(DocumentKind::AftercareAdvice, patientId, 0, {}, alex);
    ASSERT_TRUE(sheet.ok());
    EXPECT_EQ(documents.keep(*sheet, frontDeskUser()).error().code, ErrorCode::NotPermitted);
    EXPECT_EQ(documents.compose(DocumentKind::AftercareAdvice, patientId, 0, {}, frontDeskUser())
                  .error()
                  .code,
              ErrorCode::NotPermitted);
    EXPECT_EQ(documents.documents(patientId, frontDeskUser()).error().code,
              ErrorCode::NotPermitted);

    PatientDocument empty = *sheet;
    empty.markdown = QStringLiteral("   ");
    EXPECT_EQ(documents.keep(empty, alex).error().code, ErrorCode::Validation);
    auto letter = documents.compose(DocumentKind::ReferrerLetter, patientId, 0, {}, alex);
    ASSERT_TRUE(letter.ok());
    letter->recipient.clear();
    EXPECT_EQ(documents.keep(*letter, alex).error().code, ErrorCode::Validation)
        << "a letter says to whom";

    const PatientId other =
        test::clearedPatient(services, alex, QStringLiteral("Okafor"), QStringLiteral("Ben"),
                             QDate(1975, 1, 2), QStringLiteral("Back"));
    const Session visit = signedVisit(1, 5);
    PatientDocument wrongVisit = *sheet;
    wrongVisit.patientId = other;
    wrongVisit.sessionId = visit.id;
    EXPECT_EQ(documents.keep(wrongVisit, alex).error().code, ErrorCode::Validation)
        << "a visit of another patient";
    EXPECT_EQ(RawConnection::scalar(db->connection(),
                                    QStringLiteral("SELECT COUNT(*) FROM patient_document"))
                  .toInt(),
              0);
}

TEST_P(DocumentServiceTest, an_outcome_measure_is_scored_kept_and_marked_in_error_never_deleted)
{
    auto refused =
        outcomes.record(patientId, 0, OutcomeMeasureCatalogue::PatientSpecificFunctionalScale,
                        {{QStringLiteral("Driving"), 11}}, alex);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::Validation) << "11 is off the 0-10 scale";
    EXPECT_EQ(outcomes
                  .record(patientId, 0, QStringLiteral("no-such-measure"),
                          {{QStringLiteral("Driving"), 3}}, alex)
                  .error()
                  .code,
              ErrorCode::Validation);
    EXPECT_EQ(outcomes
                  .record(patientId, 0, OutcomeMeasureCatalogue::PatientSpecificFunctionalScale,
                          {{QStringLiteral("Driving"), 3}}, frontDeskUser())
                  .error()
                  .code,
              ErrorCode::NotPermitted);

    recordPsfs(3, 6);
    auto list = outcomes.completions(patientId, alex);
    ASSERT_TRUE(list.ok());
    ASSERT_EQ(list->size(), 1u);
    const OutcomeCompletion& first = list->front();
    EXPECT_DOUBLE_EQ(first.score, 4.5) << "the PSFS is the mean of its activities";
    EXPECT_EQ(first.answers.size(), 2);
    EXPECT_EQ(first.answers.at(1).item, QStringLiteral("Lifting my son"));
    EXPECT_EQ(first.recordedBy, QStringLiteral("Alex Morgan"));
    EXPECT_EQ(first.completedAt, Start);

    EXPECT_EQ(outcomes.markEnteredInError(first.id, QStringLiteral(" "), alex).error().code,
              ErrorCode::Validation)
        << "a reason is required";
    ASSERT_TRUE(
        outcomes.markEnteredInError(first.id, QStringLiteral("Another patient's form"), alex).ok());
    EXPECT_EQ(outcomes.markEnteredInError(first.id, QStringLiteral("Again"), alex).error().code,
              ErrorCode::Conflict);
    auto after = outcomes.completions(patientId, alex);
    ASSERT_TRUE(after.ok());
    ASSERT_EQ(after->size(), 1u) << "kept on the record";
    EXPECT_TRUE(after->front().isVoided());
    EXPECT_EQ(after->front().voidReason, QStringLiteral("Another patient's form"));
    auto values = documents.fields(DocumentKind::ReferrerLetter, patientId, 0, {}, alex);
    ASSERT_TRUE(values.ok());
    EXPECT_EQ(values->value(QStringLiteral("outcomes")),
              QStringLiteral("No other outcome measure was recorded."))
        << "a measure entered in error is left out of letters";
}

NEEDLECHART_ON_EVERY_BACKEND(DocumentServiceTest);
