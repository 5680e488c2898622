#include "needlechart/services/session/SessionService.h"

#include "needlechart/domain/bodymap/MuscleCatalogue.h"
#include "needlechart/domain/common/FixedClock.h"
#include "needlechart/domain/session/CarryForward.h"
#include "needlechart/domain/session/SessionValidator.h"
#include "needlechart/services/common/ChangeNotifier.h"
#include "needlechart/services/common/ClinicServices.h"
#include "needlechart/storage/audit/AuditRepository.h"
#include "needlechart/storage/database/Database.h"
#include "needlechart/storage/patients/PatientRepository.h"
#include "needlechart/storage/session/SessionRepository.h"

#include "ErrorText.h"
#include "QtPrinters.h"
#include "RawConnection.h"
#include "ServicesTest.h"
#include "SessionSamples.h"
#include "SigningClinician.h"
#include "TempDatabase.h"
#include "TestServer.h"

#include <QFile>
#include <QLocale>
#include <QSignalSpy>
#include <QSqlQuery>

#include <gtest/gtest.h>

#include <cstdlib>

using namespace needlechart;
using test::clinicianUser;
using test::frontDeskUser;
using test::RawConnection;
using test::richSession;

namespace {

const QDateTime Start(QDate(2026, 11, 24), QTime(9, 30, 0), Qt::UTC);

using test::describe;

class SessionServiceTest : public test::ServicesTest {
protected:
    SessionServiceTest() : ServicesTest(Start) {}

    PatientRepository& patients = services.patientRepository();
    SessionService& service = services.sessions();
    QSignalSpy spy{&services.notifier(), &ChangeNotifier::changed};
    User alex = test::signingClinician(services, StaffRole::Clinician);
    PatientId patientId = 0;

    void SetUp() override
    {
        Patient p;
        p.familyName = QStringLiteral("Nakamura");
        p.givenName = QStringLiteral("Hana");
        p.dateOfBirth = QDate(1990, 7, 12);
        auto created = patients.create(p, Start);
        ASSERT_TRUE(created.ok());
        patientId = created->id;
        clearForNeedling();
        spy.clear();
    }

    void clearForNeedling()
    {
        Screening screening;
        screening.patientId = patientId;
        ASSERT_TRUE(services.consent().recordScreening(screening, alex).ok());
        auto leaflet = services.clinic().currentLeaflet();
        ASSERT_TRUE(leaflet.ok());
        Consent consent;
        consent.patientId = patientId;
        consent.leafletVersion = leaflet->version;
        consent.scope = QStringLiteral("Neck and shoulders, course of treatment");
        consent.signedName = QStringLiteral("Hana Nakamura");
        auto recorded = services.consent().recordConsent(consent, alex);
        ASSERT_TRUE(recorded.ok()) << describe(recorded.error());
        consentId = recorded->id;
    }
    ConsentId consentId = 0;

    Session draft() const { return richSession(patientId, Start.addSecs(-1200)); }

    Session signedNote()
    {
        auto note = service.sign(draft(), alex, test::SigningPassword);
        EXPECT_TRUE(note.ok()) << describe(note.error());
        return note.ok() ? *note : Session{};
    }
    ChangeEvent eventAt(int index) const { return spy.at(index).at(0).value<ChangeEvent>(); }
};

} // namespace

TEST_P(SessionServiceTest, a_new_session_is_an_unsaved_draft_treated_now_by_the_user)
{
    auto session = service.startSession(patientId, alex);
    ASSERT_TRUE(session.ok()) << describe(session.error());
    EXPECT_FALSE(session->isStored());
    EXPECT_EQ(session->status, SessionStatus::Draft);
    EXPECT_EQ(session->treatedAt, Start);
    EXPECT_EQ(session->clinician, QStringLiteral("Alex Morgan"));
    EXPECT_EQ(session->clinicianLogin, QStringLiteral("amorgan"));
    EXPECT_EQ(spy.count(), 0);
}

TEST_P(SessionServiceTest, a_session_for_an_unknown_patient_is_refused)
{
    auto session = service.startSession(patientId + 100, alex);
    ASSERT_FALSE(session.ok());
    EXPECT_EQ(session.error().code, ErrorCode::NotFound);
}

TEST_P(SessionServiceTest, the_front_desk_can_neither_read_nor_write_clinical_notes)
{
    const User desk = frontDeskUser();
    const Session stored = *service.saveDraft(draft(), alex);
    for (const ErrorCode code :
         {service.startSession(patientId, desk).error().code,
          service.saveDraft(draft(), desk).error().code,
          service.sign(draft(), desk, test::SigningPassword).error().code,
          service.get(stored.id, desk).error().code, service.history(patientId, desk).error().code,
          service.chart(patientId, Session{}, desk).error().code,
          service.lastSignedBefore(patientId, Session{}, desk).error().code,
          service.templates(desk).error().code,
          service.saveTemplate(QStringLiteral("Neck"), draft().points.points(), desk).error().code,
          service.deleteTemplate(1, desk).error().code,
          service.searchNotes(NoteSearchQuery::forWords(QStringLiteral("neck")), desk).error().code,
          service
              .amend(stored.id, QStringLiteral("r"), QStringLiteral("t"), desk,
                     test::SigningPassword)
              .error()
              .code,
          service.deleteDraft(stored.id, desk).error().code})
        EXPECT_EQ(code, ErrorCode::NotPermitted);
}

TEST_P(SessionServiceTest,
       a_session_started_from_the_last_signed_note_signs_only_once_its_copies_are_confirmed)
{
    const Session last = signedNote();
    clock.advanceSeconds(3600);
    auto unfinished = service.saveDraft(draft(), alex); // a newer draft is not "the last note"
    ASSERT_TRUE(unfinished.ok());
    clock.advanceSeconds(7 * 24 * 3600);

    auto today = service.startSession(patientId, alex);
    ASSERT_TRUE(today.ok());
    auto previous = service.lastSignedBefore(patientId, *today, alex);
    ASSERT_TRUE(previous.ok()) << describe(previous.error());
    ASSERT_TRUE(previous->has_value());
    EXPECT_EQ((*previous)->id, last.id);

    Session note = *today;
    note.presentingComplaint = last.presentingComplaint;
    note.positions = last.positions;
    note.painBefore = 5;
    note.painAfter = 2;
    note.advice = last.advice;
    const CarryForward::Items items = CarryForward::from(**previous);
    for (const TriggerPoint& point : items.points)
        note.points.add(point);
    note.needles = items.needles;
    note.needles[0].inserted = note.needles[0].removed = 4;
    note.otherCare = items.care;
    auto stored = service.saveDraft(note, alex);
    ASSERT_TRUE(stored.ok()) << describe(stored.error());
    EXPECT_EQ(CarryForward::unconfirmedCount(*stored), 3 + 2 + 3) << "the marks are kept";

    auto refused = service.sign(*stored, alex, test::SigningPassword);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::Validation);

    Session confirmed = *stored;
    CarryForward::confirmAll(confirmed);
    auto signedNote = service.sign(confirmed, alex, test::SigningPassword);
    ASSERT_TRUE(signedNote.ok()) << describe(signedNote.error());
    EXPECT_EQ(CarryForward::unconfirmedCount(*signedNote), 0);
}

TEST_P(SessionServiceTest, a_clinicians_point_templates_are_their_own_and_keep_only_the_plan)
{
    auto empty = service.saveTemplate(QStringLiteral("  "), draft().points.points(), alex);
    ASSERT_FALSE(empty.ok());
    EXPECT_EQ(empty.error().code, ErrorCode::Validation);
    EXPECT_FALSE(service.saveTemplate(QStringLiteral("Nothing"), {}, alex).ok());

    auto saved =
        service.saveTemplate(QStringLiteral(" Neck and shoulder "), draft().points.points(), alex);
    ASSERT_TRUE(saved.ok()) << describe(saved.error());
    EXPECT_EQ(saved->name, QStringLiteral("Neck and shoulder"));
    const User jo = test::signingClinician(services, StaffRole::Clinician, QStringLiteral("jo"),
                                           QStringLiteral("Jo Park"));
    auto others = service.templates(jo);
    ASSERT_TRUE(others.ok()) << describe(others.error());
    EXPECT_TRUE(others->empty()) << "Jo does not see Alex's templates";

    auto mine = service.templates(alex);
    ASSERT_TRUE(mine.ok());
    ASSERT_EQ(mine->size(), 1u);
    const QList<TriggerPoint> applied = mine->front().pointsToApply();
    ASSERT_EQ(applied.size(), 3);
    EXPECT_EQ(applied.at(0).carriedFrom, CarriedFrom::Template);
    EXPECT_EQ(applied.at(0).findings.twitch, TwitchResponse::None) << "nothing observed is kept";
    EXPECT_FALSE(service.deleteTemplate(mine->front().id, jo).ok());
    EXPECT_TRUE(service.deleteTemplate(mine->front().id, alex).ok());
    EXPECT_TRUE(service.templates(alex)->empty());
}

TEST_P(SessionServiceTest, a_clinician_finds_notes_by_their_words_and_the_search_is_recorded)
{
    Session note = draft();
    note.presentingComplaint = QStringLiteral("Golfer's elbow, médial");
    auto saved = service.saveDraft(note, alex);
    ASSERT_TRUE(saved.ok()) << describe(saved.error());

    auto across =
        service.searchNotes(NoteSearchQuery::forWords(QStringLiteral("ELBOW medial")), alex);
    ASSERT_TRUE(across.ok()) << describe(across.error());
    ASSERT_EQ(across->hits.size(), 1u);
    EXPECT_EQ(across->hits.front().sessionId, saved->id);
    EXPECT_EQ(across->hits.front().patient.familyName, QStringLiteral("Nakamura"));

    auto inRecord =
        service.searchNotes(NoteSearchQuery::forWords(QStringLiteral("golfer"), patientId), alex);
    ASSERT_TRUE(inRecord.ok());
    EXPECT_EQ(inRecord->hits.size(), 1u);
    auto elsewhere = service.searchNotes(
        NoteSearchQuery::forWords(QStringLiteral("golfer"), patientId + 1), alex);
    ASSERT_TRUE(elsewhere.ok());
    EXPECT_TRUE(elsewhere->hits.empty());

    AuditQuery searches;
    searches.action = AuditAction::ListRecords;
    auto rows = services.auditRepository().find(searches);
    ASSERT_TRUE(rows.ok());
    ASSERT_FALSE(rows->empty());
    EXPECT_EQ(rows->front().objectType, QStringLiteral("notes"));
    EXPECT_FALSE(rows->front().detail.contains(QStringLiteral("elbow"), Qt::CaseInsensitive))
        << "what was searched for stays out of the trail";
}

TEST_P(SessionServiceTest, a_first_session_has_no_last_note_to_start_from)
{
    auto today = service.startSession(patientId, alex);
    ASSERT_TRUE(today.ok());
    auto previous = service.lastSignedBefore(patientId, *today, alex);
    ASSERT_TRUE(previous.ok());
    EXPECT_FALSE(previous->has_value());
}

TEST_P(SessionServiceTest, an_incomplete_draft_saves_and_announces_itself)
{
    Session partial;
    partial.patientId = patientId;
    partial.treatedAt = Start;
    partial.painBefore = 6;
    auto saved = service.saveDraft(partial, alex);
    ASSERT_TRUE(saved.ok()) << describe(saved.error());
    EXPECT_TRUE(saved->isStored());
    ASSERT_EQ(spy.count(), 1);
    EXPECT_EQ(eventAt(0).entity, ChangeEvent::Entity::Session);
    EXPECT_EQ(eventAt(0).kind, ChangeEvent::Kind::Created);
    EXPECT_EQ(eventAt(0).ids, QList<qint64>{saved->id});
    EXPECT_EQ(eventAt(0).patientId, patientId);
}

TEST_P(SessionServiceTest, a_draft_with_a_value_out_of_range_is_not_saved)
{
    Session bad = draft();
    bad.painAfter = 14;
    auto saved = service.saveDraft(bad, alex);
    ASSERT_FALSE(saved.ok());
    EXPECT_EQ(saved.error().code, ErrorCode::Validation);
    EXPECT_TRUE(saved.error().hasFieldError(SessionFields::PainAfter));
    EXPECT_EQ(
        RawConnection::scalar(db->connection(), QStringLiteral("SELECT COUNT(*) FROM session"))
            .toInt(),
        0);
}

TEST_P(SessionServiceTest, a_draft_with_a_text_over_its_limit_is_not_saved_and_names_the_field)
{
    Session tooLong = draft();
    tooLong.advice = QString(SessionValidator::MaxTextLength + 1, QLatin1Char('x'));
    auto saved = service.saveDraft(tooLong, alex);
    ASSERT_FALSE(saved.ok());
    EXPECT_EQ(saved.error().code, ErrorCode::Validation);
    EXPECT_EQ(saved.error().fieldMessage(SessionFields::Advice),
              QStringLiteral("The advice can be at most %1 characters (this one has %2).")
                  .arg(QLocale().toString(SessionValidator::MaxTextLength),
                       QLocale().toString(SessionValidator::MaxTextLength + 1)));
    EXPECT_EQ(
        RawConnection::scalar(db->connection(), QStringLiteral("SELECT COUNT(*) FROM session"))
            .toInt(),
        0);
}

TEST_P(SessionServiceTest, signing_saves_locks_and_records_the_visit_in_one_step)
{
    const Session note = signedNote();
    EXPECT_TRUE(note.isSigned());
    EXPECT_EQ(note.signedAt, Start);
    EXPECT_EQ(note.signedBy, QStringLiteral("Alex Morgan"));
    EXPECT_EQ(note.points.size(), 3);
    EXPECT_EQ(patients.get(patientId)->lastVisitOn, note.treatedAt.toLocalTime().date());
    ASSERT_EQ(spy.count(), 2);
    EXPECT_EQ(eventAt(0).entity, ChangeEvent::Entity::Session);
    EXPECT_EQ(eventAt(1).entity, ChangeEvent::Entity::Patient);
}

TEST_P(SessionServiceTest, a_visit_without_needling_is_signed_over_a_contraindication_and_verifies)
{
    Screening screening;
    screening.patientId = patientId;
    screening.answers.append({QStringLiteral("local-infection"), true, QString()});
    ASSERT_TRUE(services.consent().recordScreening(screening, alex).ok());

    auto refused = service.sign(draft(), alex, test::SigningPassword);
    ASSERT_FALSE(refused.ok()) << "needled over a contraindication";
    EXPECT_TRUE(describe(refused.error()).find("Not needled this visit") != std::string::npos)
        << describe(refused.error());

    Session visit = draft();
    visit.points = TriggerPointSet{};
    visit.needles.clear();
    visit.notNeedled = true;
    auto noReason = service.sign(visit, alex, test::SigningPassword);
    ASSERT_FALSE(noReason.ok());
    EXPECT_TRUE(describe(noReason.error()).find("Say why no needling was done")
                != std::string::npos)
        << describe(noReason.error());

    visit.notNeedledReason = QStringLiteral("Infected graze over the site; stretches taught");
    auto note = service.sign(visit, alex, test::SigningPassword);
    ASSERT_TRUE(note.ok()) << describe(note.error());
    EXPECT_TRUE(note->notNeedled);
    auto read = service.get(note->id, alex);
    ASSERT_TRUE(read.ok());
    EXPECT_EQ(read->notNeedledReason, visit.notNeedledReason);
    auto history = service.history(patientId, alex);
    ASSERT_TRUE(history.ok());
    EXPECT_TRUE(history->front().notNeedled);
    auto intact = services.verifyAudit();
    ASSERT_TRUE(intact.ok());
    EXPECT_TRUE(intact->intact()) << intact->problem.toStdString();

    // A note marked not needled that still has points is refused.
    Session muddled = draft();
    muddled.notNeedled = true;
    muddled.notNeedledReason = QStringLiteral("Declined on the day");
    auto refusedAgain = service.sign(muddled, alex, test::SigningPassword);
    ASSERT_FALSE(refusedAgain.ok());
    EXPECT_TRUE(describe(refusedAgain.error()).find("remove them") != std::string::npos)
        << describe(refusedAgain.error());
}

TEST_P(SessionServiceTest, a_precaution_at_a_site_needled_is_signed_only_once_acknowledged)
{
    Screening screening;
    screening.patientId = patientId;
    screening.answers.append(
        {QStringLiteral("anticoagulants"), true, QStringLiteral("Apixaban; INR not needed")});
    ASSERT_TRUE(services.consent().recordScreening(screening, alex).ok());
    Session note = draft();
    note.points.add(TriggerPoint(0, BodyView::Posterior, QStringLiteral("piriformis"),
                                 BodySide::Right, QPointF(0.45, 0.5)));
    auto refused = service.sign(note, alex, test::SigningPassword);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(describe(refused.error()).find("piriformis") != std::string::npos
                || describe(refused.error()).find("Piriformis") != std::string::npos)
        << describe(refused.error());

    // The sample note's levator scapulae is deep too: every one is acknowledged.
    note.acknowledgedPrecautions << QStringLiteral("anticoagulants:piriformis");
    ASSERT_FALSE(service.sign(note, alex, test::SigningPassword).ok());
    note.acknowledgedPrecautions << QStringLiteral("anticoagulants:levator_scapulae");
    auto signedNote = service.sign(note, alex, test::SigningPassword);
    ASSERT_TRUE(signedNote.ok()) << describe(signedNote.error());
    auto read = service.get(signedNote->id, alex);
    ASSERT_TRUE(read.ok());
    EXPECT_EQ(read->acknowledgedPrecautions, note.acknowledgedPrecautions);
    auto intact = services.verifyAudit();
    ASSERT_TRUE(intact.ok());
    EXPECT_TRUE(intact->intact()) << intact->problem.toStdString();
}

TEST_P(SessionServiceTest,
       a_signed_notes_record_holds_the_consent_screening_and_precautions_it_relied_on)
{
    Screening screening;
    screening.patientId = patientId;
    screening.answers.append(
        {QStringLiteral("anticoagulants"), true, QStringLiteral("Apixaban 5 mg twice daily")});
    auto screened = services.consent().recordScreening(screening, alex);
    ASSERT_TRUE(screened.ok());
    Session note = draft();
    note.acknowledgedPrecautions << QStringLiteral("anticoagulants:levator_scapulae");
    auto signedNote = service.sign(note, alex, test::SigningPassword);
    ASSERT_TRUE(signedNote.ok()) << describe(signedNote.error());

    auto record = service.record(signedNote->id, alex);
    ASSERT_TRUE(record.ok()) << describe(record.error());
    EXPECT_EQ(record->session, *signedNote);
    EXPECT_EQ(record->patient.familyName, QStringLiteral("Nakamura"));
    ASSERT_TRUE(record->consent.has_value());
    EXPECT_EQ(record->consent->id, consentId);
    EXPECT_EQ(record->consent->leafletVersion, signedNote->leafletVersion);
    ASSERT_TRUE(record->screening.has_value());
    EXPECT_EQ(record->screening->id, screened->id);
    ASSERT_EQ(record->screening->answers.size(), 1);
    EXPECT_EQ(record->screening->answers.first().note, QStringLiteral("Apixaban 5 mg twice daily"));
    ASSERT_EQ(record->precautions.size(), 1) << "the deep levator scapulae, acknowledged";
    EXPECT_EQ(record->precautions.first().key(), QStringLiteral("anticoagulants:levator_scapulae"));
}

TEST_P(SessionServiceTest, a_drafts_record_has_no_consent_yet_and_the_front_desk_gets_none)
{
    auto saved = service.saveDraft(draft(), alex);
    ASSERT_TRUE(saved.ok());
    auto record = service.record(saved->id, alex);
    ASSERT_TRUE(record.ok()) << describe(record.error());
    EXPECT_FALSE(record->consent.has_value());
    EXPECT_FALSE(record->screening.has_value());
    EXPECT_TRUE(record->precautions.isEmpty());
    EXPECT_EQ(record->patient.id, patientId);

    auto refused = service.record(saved->id, frontDeskUser());
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::NotPermitted);
    EXPECT_EQ(service.record(saved->id + 1000, alex).error().code, ErrorCode::NotFound);
}

TEST_P(SessionServiceTest, my_drafts_are_my_unsigned_notes_oldest_first)
{
    Session older = draft();
    older.treatedAt = Start.addSecs(-3 * 86400);
    auto olderSaved = service.saveDraft(older, alex);
    ASSERT_TRUE(olderSaved.ok()) << describe(olderSaved.error());
    auto newerSaved = service.saveDraft(draft(), alex);
    ASSERT_TRUE(newerSaved.ok());
    signedNote(); // signed: not a draft
    const User jo = test::signingClinician(services, StaffRole::Clinician, QStringLiteral("jpark"),
                                           QStringLiteral("Jo Park"));
    Session josNote = draft();
    josNote.clinician = jo.displayName;
    josNote.clinicianLogin = jo.login;
    ASSERT_TRUE(service.saveDraft(josNote, jo).ok());

    auto mine = service.myDrafts(alex);
    ASSERT_TRUE(mine.ok()) << describe(mine.error());
    ASSERT_EQ(mine->size(), 2u) << "Jo's draft and the signed note are not listed";
    EXPECT_EQ(mine->at(0).id, olderSaved->id);
    EXPECT_EQ(mine->at(1).id, newerSaved->id);
    EXPECT_EQ(mine->at(0).patient.displayName(), QStringLiteral("Nakamura, Hana"));
    EXPECT_TRUE(mine->at(0).isOverdue(Start, QTime(18, 0)));
    EXPECT_EQ(service.myDrafts(jo)->size(), 1u);
    EXPECT_EQ(service.myDrafts(frontDeskUser()).error().code, ErrorCode::NotPermitted);
}

TEST_P(SessionServiceTest, signing_refuses_a_needle_count_mismatch_and_saves_nothing)
{
    Session s = draft();
    s.needles[0].removed = 3;
    s.needleCountNote.clear();
    auto result = service.sign(s, alex, test::SigningPassword);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code, ErrorCode::Validation);
    EXPECT_TRUE(result.error().hasFieldError(SessionFields::NeedleCountNote))
        << describe(result.error());
    EXPECT_EQ(result.error().message,
              QStringLiteral("The note cannot be signed yet: one thing needs attention."));
    EXPECT_EQ(
        RawConnection::scalar(db->connection(), QStringLiteral("SELECT COUNT(*) FROM session"))
            .toInt(),
        0);
}

TEST_P(SessionServiceTest, the_check_before_signing_finds_what_signing_would_and_stores_nothing)
{
    Session s = draft();
    s.needles[0].removed = 3;
    s.needleCountNote.clear();
    const Status refused = service.checkSignable(s, alex);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().hasFieldError(SessionFields::NeedleCountNote));
    s.needleCountNote = QStringLiteral("One needle bent and discarded before use.");
    EXPECT_TRUE(service.checkSignable(s, alex).ok());
    EXPECT_EQ(
        RawConnection::scalar(db->connection(), QStringLiteral("SELECT COUNT(*) FROM session"))
            .toInt(),
        0);
    EXPECT_EQ(spy.count(), 0) << "nothing announced";
}

TEST_P(SessionServiceTest, signing_reports_each_missing_field_with_its_own_message)
{
    Session s = draft();
    s.presentingComplaint.clear();
    s.positions.clear();
    s.advice.clear();
    auto result = service.sign(s, alex, test::SigningPassword);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().fieldErrors.size(), 3) << describe(result.error());
    EXPECT_EQ(result.error().message,
              QStringLiteral("The note cannot be signed yet: 3 things need attention."));
    EXPECT_NE(result.error().fieldMessage(SessionFields::PresentingComplaint),
              result.error().fieldMessage(SessionFields::Position));
}

TEST_P(SessionServiceTest, a_signed_note_refuses_edits_and_deletion_at_the_service)
{
    const Session note = signedNote();
    Session edited = note;
    edited.painAfter = 1;
    auto saved = service.saveDraft(edited, alex);
    ASSERT_FALSE(saved.ok());
    EXPECT_EQ(saved.error().code, ErrorCode::NoteSigned);
    // A stale copy that still says "draft" is refused too.
    Session stale = edited;
    stale.status = SessionStatus::Draft;
    EXPECT_EQ(service.saveDraft(stale, alex).error().code, ErrorCode::NoteSigned);
    EXPECT_EQ(service.sign(stale, alex, test::SigningPassword).error().code, ErrorCode::NoteSigned);
    EXPECT_EQ(service.deleteDraft(note.id, alex).error().code, ErrorCode::NoteSigned);
    EXPECT_EQ(*service.get(note.id, alex), note);
}

TEST_P(SessionServiceTest, amendments_append_with_author_time_and_reason_and_keep_the_original)
{
    const Session note = signedNote();
    clock.advanceSeconds(3600);
    auto once = service.amend(note.id, QStringLiteral("Side recorded wrongly"),
                              QStringLiteral("Point 3 was on the right infraspinatus."), alex,
                              test::SigningPassword);
    ASSERT_TRUE(once.ok()) << describe(once.error());
    clock.advanceSeconds(86400);
    const User jo = test::signingClinician(services, StaffRole::Clinician, QStringLiteral("jpark"),
                                           QStringLiteral("Jo Park"));
    auto twice = service.amend(note.id, QStringLiteral("Phone follow-up"),
                               QStringLiteral("No dizziness since; GP letter sent."), jo,
                               test::SigningPassword);
    ASSERT_TRUE(twice.ok()) << describe(twice.error());
    ASSERT_EQ(twice->amendments.size(), 2);
    EXPECT_EQ(twice->amendments.at(0).author, QStringLiteral("Alex Morgan"));
    EXPECT_EQ(twice->amendments.at(0).writtenAt, Start.addSecs(3600));
    EXPECT_EQ(twice->amendments.at(0).reason, QStringLiteral("Side recorded wrongly"));
    EXPECT_EQ(twice->amendments.at(1).author, QStringLiteral("Jo Park"));
    EXPECT_EQ(twice->amendments.at(1).writtenAt, Start.addSecs(3600 + 86400));
    // The original note is unchanged.
    Session original = *twice;
    original.amendments.clear();
    Session expected = note;
    expected.amendments.clear();
    EXPECT_EQ(original, expected);
}

TEST_P(SessionServiceTest, an_amendment_needs_a_reason_and_a_signed_note)
{
    const Session stored = *service.saveDraft(draft(), alex);
    auto onDraft = service.amend(stored.id, QStringLiteral("r"), QStringLiteral("t"), alex,
                                 test::SigningPassword);
    ASSERT_FALSE(onDraft.ok());
    const Session note = signedNote();
    auto noReason = service.amend(note.id, QStringLiteral(" "), QStringLiteral("text"), alex,
                                  test::SigningPassword);
    ASSERT_FALSE(noReason.ok());
    EXPECT_TRUE(noReason.error().hasFieldError(SessionFields::Reason));
}

TEST_P(SessionServiceTest, an_amendment_over_the_length_limit_is_told_so_not_that_it_is_empty)
{
    const Session note = signedNote();
    auto tooLong = service.amend(note.id, QStringLiteral("Late entry"),
                                 QString(SessionValidator::MaxTextLength + 1, QLatin1Char('x')),
                                 alex, test::SigningPassword);
    ASSERT_FALSE(tooLong.ok());
    EXPECT_TRUE(tooLong.error().hasFieldError(SessionFields::Text));
    EXPECT_EQ(tooLong.error().message,
              QStringLiteral("The amendment can be at most %1 characters (this one has %2).")
                  .arg(QLocale().toString(4000), QLocale().toString(4001)));
    auto both = service.amend(note.id, QString(), QString(), alex, test::SigningPassword);
    ASSERT_FALSE(both.ok());
    EXPECT_EQ(both.error().message,
              QStringLiteral("The amendment cannot be added yet: see the marked fields."));
}

TEST_P(SessionServiceTest, a_draft_can_be_deleted)
{
    const Session stored = *service.saveDraft(draft(), alex);
    spy.clear();
    ASSERT_TRUE(service.deleteDraft(stored.id, alex).ok());
    EXPECT_EQ(service.get(stored.id, alex).error().code, ErrorCode::NotFound);
    ASSERT_EQ(spy.count(), 1);
    EXPECT_EQ(eventAt(0).kind, ChangeEvent::Kind::Removed);
}

TEST_P(SessionServiceTest, the_chart_ghosts_the_previous_session_and_counts_earlier_needling)
{
    Session first = draft();
    first.treatedAt = Start.addDays(-14);
    ASSERT_TRUE(service.sign(first, alex, test::SigningPassword).ok());
    Session second = draft();
    second.treatedAt = Start.addDays(-7);
    second.points = TriggerPointSet();
    second.points.add(test::samplePoint("gluteus_medius", BodySide::Left, BodyView::Posterior,
                                        QPointF(0.4, 0.5)));
    const Session secondStored = *service.sign(second, alex, test::SigningPassword);

    auto today = service.startSession(patientId, alex);
    ASSERT_TRUE(today.ok());
    auto chart = service.chart(patientId, *today, alex);
    ASSERT_TRUE(chart.ok()) << describe(chart.error());
    EXPECT_EQ(chart->history.size(), 2u);
    EXPECT_EQ(chart->previousSessionId, secondStored.id);
    ASSERT_EQ(chart->previousPoints.size(), 1);
    EXPECT_EQ(chart->previousPoints.at(0).muscleId, QStringLiteral("gluteus_medius"));
    EXPECT_EQ(chart->needlingCounts.value(QStringLiteral("upper_trapezius_R")), 1);
    EXPECT_EQ(chart->needlingCounts.value(QStringLiteral("gluteus_medius_L")), 1);
    EXPECT_TRUE(chart->hasSeriousAdverseEvent()); // the rich sample has a serious faint

    // Opening the older note, "previous" is the one before it, and it does not count itself.
    auto older = service.chart(patientId, secondStored, alex);
    ASSERT_TRUE(older.ok());
    EXPECT_NE(older->previousSessionId, secondStored.id);
    EXPECT_EQ(older->needlingCounts.value(QStringLiteral("gluteus_medius_L")), 0);
}

TEST_P(SessionServiceTest, a_saved_draft_survives_the_program_being_killed)
{
    const QString location = temp.location();
    const PatientId patient = patientId;
    // The child saves a draft through its own connection and dies on the spot: no destructors,
    // no close, no checkpoint, as when the process is killed.
    EXPECT_EXIT(
        {
            auto opened = test::openLocation(location);
            if (!opened.ok())
                std::_Exit(3);
            FixedClock childClock(Start);
            ClinicServices childServices(**opened, childClock, MuscleCatalogue::builtIn());
            SessionService& child = childServices.sessions();
            Session typed = richSession(patient, Start);
            typed.presentingComplaint = QStringLiteral("Typed just before the crash");
            if (!child.saveDraft(typed, clinicianUser()).ok())
                std::_Exit(4);
            std::_Exit(0);
        },
        ::testing::ExitedWithCode(0), "");

    auto reopened = test::openLocation(location);
    ASSERT_TRUE(reopened.ok());
    SessionRepository after(**reopened);
    auto history = after.history(patient);
    ASSERT_TRUE(history.ok());
    ASSERT_EQ(history->size(), 1u);
    auto note = after.get(history->front().id);
    ASSERT_TRUE(note.ok());
    EXPECT_EQ(note->presentingComplaint, QStringLiteral("Typed just before the crash"));
    EXPECT_EQ(note->points.size(), 3);
    EXPECT_EQ(note->status, SessionStatus::Draft);
}

NEEDLECHART_ON_EVERY_BACKEND(SessionServiceTest);

// --- the audit trail -------------------------------------------------------------------------

namespace {

std::vector<AuditEvent> auditRows(ClinicServices& services)
{
    std::vector<AuditEvent> rows;
    EXPECT_TRUE(services.auditRepository().forEach([&rows](const AuditEvent& e) {
        rows.push_back(e);
        return true;
    }));
    return rows;
}

} // namespace

TEST_P(SessionServiceTest, each_clinical_operation_writes_exactly_one_audit_row)
{
    const auto before = auditRows(services).size();
    const auto countAfter = [&](const char* what, AuditAction action, std::size_t& seen) {
        const auto rows = auditRows(services);
        ASSERT_EQ(rows.size(), seen + 1) << what;
        EXPECT_EQ(rows.back().action, action) << what;
        EXPECT_EQ(rows.back().patientId, patientId) << what;
        EXPECT_EQ(rows.back().accountId, alex.accountId) << what;
        seen = rows.size();
    };
    std::size_t seen = before;
    auto created = service.saveDraft(draft(), alex);
    ASSERT_TRUE(created.ok());
    countAfter("first save", AuditAction::Create, seen);
    auto updated = service.saveDraft(*created, alex);
    ASSERT_TRUE(updated.ok());
    countAfter("second save", AuditAction::Update, seen);
    ASSERT_TRUE(service.get(updated->id, alex).ok());
    countAfter("opening it", AuditAction::OpenRecord, seen);
    ASSERT_TRUE(service.deleteDraft(updated->id, alex));
    countAfter("deleting the draft", AuditAction::DeleteDraft, seen);
    const Session note = signedNote();
    countAfter("signing", AuditAction::Sign, seen);
    ASSERT_TRUE(service.amend(note.id, QStringLiteral("Typo"), QStringLiteral("Depth 20 mm"), alex,
                              test::SigningPassword));
    countAfter("amending", AuditAction::Amend, seen);
    EXPECT_TRUE(services.verifyAudit()->intact());
}

TEST_P(SessionServiceTest, a_refused_save_writes_no_audit_row)
{
    const auto before = auditRows(services).size();
    Session broken = draft();
    broken.painBefore = 11;
    ASSERT_FALSE(service.saveDraft(broken, alex).ok());
    EXPECT_EQ(auditRows(services).size(), before);
}

TEST_P(SessionServiceTest, a_signed_note_edited_in_the_database_afterwards_is_caught_by_verify)
{
    const Session note = signedNote();
    ASSERT_TRUE(service.amend(note.id, QStringLiteral("Typo"), QStringLiteral("Depth 20 mm"), alex,
                              test::SigningPassword));
    auto intact = services.verifyAudit();
    ASSERT_TRUE(intact.ok());
    ASSERT_TRUE(intact->intact()) << intact->problem.toStdString();

    QSqlQuery q(db->connection());
    ASSERT_TRUE(
        q.exec(QStringLiteral("UPDATE session SET advice = 'Nothing was said' WHERE id = %1")
                   .arg(note.id)));
    auto edited = services.verifyAudit();
    ASSERT_TRUE(edited.ok());
    EXPECT_FALSE(edited->intact());
    EXPECT_TRUE(edited->problem.contains(QStringLiteral("not as it was signed")))
        << edited->problem.toStdString();
}

TEST_P(SessionServiceTest, an_amendment_edited_in_the_database_afterwards_is_caught_by_verify)
{
    const Session note = signedNote();
    ASSERT_TRUE(service.amend(note.id, QStringLiteral("Typo"), QStringLiteral("Depth 20 mm"), alex,
                              test::SigningPassword));
    QSqlQuery q(db->connection());
    ASSERT_TRUE(q.exec(
        QStringLiteral("UPDATE session_amendment SET body = 'Depth 30 mm' WHERE session_id = %1")
            .arg(note.id)));
    auto edited = services.verifyAudit();
    ASSERT_TRUE(edited.ok());
    EXPECT_FALSE(edited->intact());
}

// --- signing with the signer's own account --------------------------------------------------

TEST_P(SessionServiceTest, a_signed_note_records_the_account_and_its_registration_number)
{
    const Session note = signedNote();
    EXPECT_EQ(note.signedByAccountId, alex.accountId);
    EXPECT_EQ(note.signedBy, QStringLiteral("Alex Morgan"));
    EXPECT_EQ(note.signedByRegistration, QStringLiteral("PH123456"));
    auto reread = service.get(note.id, alex);
    ASSERT_TRUE(reread.ok());
    EXPECT_EQ(reread->signedByAccountId, alex.accountId);
    EXPECT_EQ(reread->signedByRegistration, QStringLiteral("PH123456"));
    auto amended = service.amend(note.id, QStringLiteral("Typo"), QStringLiteral("Left side."),
                                 alex, test::SigningPassword);
    ASSERT_TRUE(amended.ok()) << describe(amended.error());
    EXPECT_EQ(amended->amendments.front().authorAccountId, alex.accountId);
}

TEST_P(SessionServiceTest, a_wrong_password_signs_nothing_and_counts_towards_the_lockout)
{
    auto refused = service.sign(draft(), alex, QStringLiteral("not-my-password"));
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::SignInRefused);
    auto account = services.accounts().ownAccount(alex);
    ASSERT_TRUE(account.ok());
    EXPECT_EQ(account->failedSignIns, 1);
    auto amendRefused = service.amend(signedNote().id, QStringLiteral("Typo"),
                                      QStringLiteral("Left side."), alex, QString());
    ASSERT_FALSE(amendRefused.ok());
    EXPECT_EQ(amendRefused.error().code, ErrorCode::SignInRefused);
}

TEST_P(SessionServiceTest, only_the_clinician_who_charted_a_note_signs_it)
{
    const User jo = test::signingClinician(services, StaffRole::Clinician, QStringLiteral("jpark"),
                                           QStringLiteral("Jo Park"));
    auto refused = service.sign(draft(), jo, test::SigningPassword);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::NotPermitted);
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("Alex Morgan")));
}

TEST_P(SessionServiceTest, a_user_without_a_staff_account_cannot_sign)
{
    auto refused = service.sign(draft(), clinicianUser(), test::SigningPassword);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::NotPermitted);
}

TEST_P(SessionServiceTest, a_dry_needling_note_needs_a_current_needling_authorisation)
{
    auto account = services.accounts().ownAccount(alex);
    ASSERT_TRUE(account.ok());
    StaffAccount lapsed = *account;
    lapsed.needling.expiresOn = clock.today().addDays(-1);
    ASSERT_TRUE(services.accountRepository().update(lapsed, clock.nowUtc()).ok());
    auto refused = service.sign(draft(), alex, test::SigningPassword);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::NotPermitted);
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("ran out")));

    auto current = services.accounts().ownAccount(alex);
    ASSERT_TRUE(current.ok());
    StaffAccount none = *current;
    none.needling = {};
    ASSERT_TRUE(services.accountRepository().update(none, clock.nowUtc()).ok());
    refused = service.sign(draft(), alex, test::SigningPassword);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::NotPermitted);

    // On its last day it is still current.
    auto again = services.accounts().ownAccount(alex);
    ASSERT_TRUE(again.ok());
    StaffAccount lastDay = *again;
    lastDay.needling.body = QStringLiteral("AACP roster");
    lastDay.needling.number = QStringLiteral("DN-0042");
    lastDay.needling.expiresOn = clock.today();
    ASSERT_TRUE(services.accountRepository().update(lastDay, clock.nowUtc()).ok());
    auto signedToday = service.sign(draft(), alex, test::SigningPassword);
    EXPECT_TRUE(signedToday.ok()) << describe(signedToday.error());
}
