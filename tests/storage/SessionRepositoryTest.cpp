#include "needlechart/storage/session/SessionRepository.h"

#include "needlechart/storage/database/Database.h"
#include "needlechart/storage/database/Transaction.h"
#include "needlechart/storage/patients/PatientRepository.h"

#include "InjectedFault.h"
#include "QtPrinters.h"
#include "RawConnection.h"
#include "SessionSamples.h"
#include "TempDatabase.h"
#include "TestServer.h"

#include <gtest/gtest.h>

#include <cstring>

using namespace needlechart;
using test::RawConnection;
using test::richSession;

namespace {

const QDateTime Now(QDate(2026, 11, 24), QTime(10, 0), Qt::UTC);

class SessionRepositoryTest : public test::BackendTest {
protected:
    test::TempDatabase temp{GetParam()};
    std::unique_ptr<Database> db = temp.open();
    PatientRepository patients{*db};
    SessionRepository repo{*db};
    PatientId patientId = 0;

    void SetUp() override
    {
        Patient p;
        p.familyName = QStringLiteral("Okafor");
        p.givenName = QStringLiteral("Adaeze");
        p.dateOfBirth = QDate(1984, 2, 3);
        auto created = patients.create(p, Now);
        ASSERT_TRUE(created.ok());
        patientId = created->id;
    }

    int rows(const char* table) const
    {
        return RawConnection::scalar(db->connection(), QStringLiteral("SELECT COUNT(*) FROM ")
                                                           + QString::fromLatin1(table))
            .toInt();
    }
    int allChildRows() const
    {
        return rows("session_point") + rows("session_needle") + rows("session_care")
               + rows("session_adverse_event") + rows("session_pain_area");
    }
    Session saved(const Session& s, const QDateTime& at = Now)
    {
        auto result = repo.saveDraft(s, at);
        EXPECT_TRUE(result.ok()) << result.error().message.toStdString() << " / "
                                 << result.error().detail.toStdString();
        return result.ok() ? *result : Session{};
    }
    void failInsertsInto(const char* table)
    {
        ASSERT_EQ(test::InjectedFault::failInserts(*db, QStringLiteral("injected_fault"),
                                                   QString::fromLatin1(table)),
                  QString());
    }
};

} // namespace

TEST_P(SessionRepositoryTest, a_rich_session_round_trips_every_field)
{
    const Session original = richSession(patientId, Now.addSecs(-1800));
    const Session stored = saved(original);
    EXPECT_GT(stored.id, 0);
    EXPECT_EQ(stored.rowVersion, 1);
    EXPECT_EQ(stored.createdAt, Now);
    EXPECT_EQ(stored.status, SessionStatus::Draft);

    auto read = repo.get(stored.id);
    ASSERT_TRUE(read.ok());
    EXPECT_EQ(*read, stored);
    // Spot checks, so a failure says what went missing.
    ASSERT_EQ(read->points.size(), 3);
    EXPECT_EQ(read->points.points().at(0).findings, original.points.points().at(0).findings);
    EXPECT_EQ(read->points.points().at(1).findings.retentionSeconds, 300);
    EXPECT_FALSE(read->points.points().at(2).findings.depthMm.has_value());
    EXPECT_EQ(read->needles, original.needles);
    EXPECT_EQ(read->otherCare, original.otherCare);
    EXPECT_EQ(read->adverseEvents, original.adverseEvents);
    EXPECT_EQ(read->positions, QList<PatientPosition>{PatientPosition::Prone});
    EXPECT_EQ(read->treatedAt, original.treatedAt);
}

TEST_P(SessionRepositoryTest, a_muscles_history_lists_its_signed_visits_newest_first_on_one_side)
{
    // Three visits needle the right upper trapezius (the sample's first point); the newest is a
    // draft, and one visit needles it twice.
    Session first = richSession(patientId, Now.addDays(-14));
    first.painBefore = 8;
    first.painAfter = 5;
    Session second = richSession(patientId, Now.addDays(-7));
    TriggerPoint again = second.points.points().first();
    again.position = QPointF(0.63, 0.18);
    again.findings.twitch = TwitchResponse::None;
    second.points.add(again);
    const Session draft = richSession(patientId, Now.addDays(-1));
    for (const Session& s : {first, second}) {
        const Session stored = saved(s);
        ASSERT_TRUE(
            repo.markSigned(stored.id, stored.rowVersion, QStringLiteral("Alex Morgan"), Now).ok());
    }
    saved(draft);

    auto right = repo.muscleHistory(patientId, QStringLiteral("upper_trapezius"), BodySide::Right);
    ASSERT_TRUE(right.ok()) << right.error().message.toStdString();
    ASSERT_EQ(right->size(), 3u) << "two points a week ago, one two weeks ago; not the draft";
    EXPECT_EQ(right->at(0).treatedAt, second.treatedAt);
    EXPECT_EQ(right->at(0).point.findings.twitch, TwitchResponse::Multiple);
    EXPECT_EQ(right->at(1).point.findings.twitch, TwitchResponse::None);
    EXPECT_EQ(right->at(2).treatedAt, first.treatedAt);
    EXPECT_EQ(right->at(2).painBefore, 8);
    EXPECT_EQ(right->at(2).painAfter, 5);
    EXPECT_TRUE(right->at(2).point.findings.painReproduced);
    EXPECT_EQ(right->at(2).clinician, QStringLiteral("Alex Morgan"));
    EXPECT_TRUE(
        repo.muscleHistory(patientId, QStringLiteral("upper_trapezius"), BodySide::Left)->empty());
}

TEST_P(SessionRepositoryTest, an_other_sites_name_is_stored_read_back_and_listed_in_the_history)
{
    Session s = richSession(patientId, Now.addSecs(-1800));
    TriggerPoint site{0, BodyView::Anterior, OtherSiteId, BodySide::Left, QPointF(0.62, 0.9)};
    site.siteName = QStringLiteral("Scar, lateral knee");
    s.points.add(site);
    const Session stored = saved(s);
    auto read = repo.get(stored.id);
    ASSERT_TRUE(read.ok());
    ASSERT_EQ(read->points.size(), 4);
    const TriggerPoint& back = read->points.points().last();
    EXPECT_TRUE(back.isOtherSite());
    EXPECT_EQ(back.siteName, QStringLiteral("Scar, lateral knee"));
    EXPECT_EQ(read->points.points().first().siteName, QString()) << "a muscle has no site name";

    auto history = repo.history(patientId);
    ASSERT_TRUE(history.ok());
    ASSERT_EQ(history->size(), 1u);
    EXPECT_EQ(history->front().sites.last(),
              (NeedledSite{OtherSiteId, BodySide::Left, QStringLiteral("Scar, lateral knee")}));
}

TEST_P(SessionRepositoryTest, items_carried_from_the_last_session_keep_their_mark_in_a_draft)
{
    Session s = richSession(patientId, Now.addSecs(-1800));
    s.points.setCarriedFrom(s.points.points().at(1).key, CarriedFrom::LastSession);
    s.points.setCarriedFrom(s.points.points().at(2).key, CarriedFrom::Template);
    s.needles[0].carriedFrom = CarriedFrom::LastSession;
    s.otherCare[2].carriedFrom = CarriedFrom::LastSession;
    const Session stored = saved(s);
    auto read = repo.get(stored.id);
    ASSERT_TRUE(read.ok());
    EXPECT_EQ(read->points.points().at(0).carriedFrom, CarriedFrom::Nowhere);
    EXPECT_EQ(read->points.points().at(1).carriedFrom, CarriedFrom::LastSession);
    EXPECT_EQ(read->points.points().at(2).carriedFrom, CarriedFrom::Template);
    EXPECT_EQ(read->needles.at(0).carriedFrom, CarriedFrom::LastSession);
    EXPECT_EQ(read->needles.at(1).carriedFrom, CarriedFrom::Nowhere);
    EXPECT_EQ(read->otherCare.at(2).carriedFrom, CarriedFrom::LastSession);
    EXPECT_EQ(*read, stored);
}

// A point's place on the body map and a needle's gauge come back as the very same doubles on both
// back ends (SQLite REAL and PostgreSQL double precision are 8-byte IEEE doubles, and neither
// the binding nor the reading may round them through fewer digits).
TEST_P(SessionRepositoryTest, coordinates_and_gauges_keep_their_exact_values)
{
    Session session = richSession(patientId, Now.addSecs(-1800));
    const std::vector<QPointF> awkward = {QPointF(0.1 + 0.2, 1.0 / 3.0),
                                          QPointF(0.123456789012345678, 0.999999999999999889),
                                          QPointF(2.2250738585072014e-308, 0.5)};
    TriggerPointSet points;
    for (const QPointF& at : awkward)
        points.add(test::samplePoint("upper_trapezius", BodySide::Right, BodyView::Posterior, at));
    session.points = points;
    session.needles.front().gaugeMm = 0.1 + 0.2;
    const Session stored = saved(session);
    auto read = repo.get(stored.id);
    ASSERT_TRUE(read.ok());
    ASSERT_EQ(read->points.size(), int(awkward.size()));
    for (std::size_t i = 0; i < awkward.size(); ++i) {
        const QPointF at = read->points.points().at(int(i)).position;
        EXPECT_EQ(std::memcmp(&at, &awkward[i], sizeof(QPointF)), 0)
            << "point " << i << ": " << at.x() << ", " << at.y();
    }
    ASSERT_TRUE(read->needles.front().gaugeMm.has_value());
    EXPECT_EQ(*read->needles.front().gaugeMm, 0.1 + 0.2);
}

TEST_P(SessionRepositoryTest, a_pain_drawing_comes_back_in_order_with_its_exact_outlines)
{
    Session session = richSession(patientId, Now.addSecs(-1800));
    session.painAreas = test::samplePainDrawing();
    // Awkward doubles, as with the points: the signed hash covers the outline.
    session.painAreas[0].outline[0] = QPointF(0.1 + 0.2, 1.0 / 3.0);
    session.painAreas[1].outline[5] = QPointF(0.123456789012345678, 2.2250738585072014e-308);
    const Session stored = saved(session);

    auto read = repo.get(stored.id);
    ASSERT_TRUE(read.ok());
    ASSERT_EQ(read->painAreas.size(), 2);
    EXPECT_EQ(read->painAreas, session.painAreas);
    EXPECT_EQ(read->painAreas.at(1).type, PainType::PinsAndNeedles);
    EXPECT_EQ(read->painAreas.at(1).view, BodyView::Posterior);
    EXPECT_EQ(read->painAreas.at(0).intensity, 7);
    EXPECT_EQ(std::memcmp(&read->painAreas[0].outline[0], &session.painAreas[0].outline[0],
                          sizeof(QPointF)),
              0);
    auto alone = repo.painDrawing(stored.id);
    ASSERT_TRUE(alone.ok());
    EXPECT_EQ(*alone, session.painAreas);

    // Saved again with one area erased: the drawing is replaced, not added to.
    Session next = *read;
    next.painAreas.removeFirst();
    const Session again = saved(next);
    auto reread = repo.get(again.id);
    ASSERT_TRUE(reread.ok());
    ASSERT_EQ(reread->painAreas.size(), 1);
    EXPECT_EQ(reread->painAreas.first().type, PainType::PinsAndNeedles);
    EXPECT_EQ(rows("session_pain_area"), 1);
}

TEST_P(SessionRepositoryTest, a_pain_area_row_that_cannot_be_read_is_skipped_and_the_note_opens)
{
    Session session = richSession(patientId, Now.addSecs(-1800));
    session.painAreas = test::samplePainDrawing();
    const Session stored = saved(session);
    ASSERT_EQ(RawConnection::run(db->connection(),
                                 QStringLiteral("UPDATE session_pain_area SET outline = "
                                                "'not numbers' WHERE ordinal = 0")),
              QString());
    auto read = repo.get(stored.id);
    ASSERT_TRUE(read.ok());
    ASSERT_EQ(read->painAreas.size(), 1);
    EXPECT_EQ(read->painAreas.first(), session.painAreas.at(1));
}

TEST_P(SessionRepositoryTest, saving_a_draft_again_replaces_its_rows_and_bumps_the_version)
{
    Session draft = saved(richSession(patientId, Now));
    draft.points.remove(draft.points.points().at(0).key);
    draft.needles.removeLast();
    draft.adverseEvents.clear();
    draft.painAfter.reset();
    const Session again = saved(draft, Now.addSecs(5));
    EXPECT_EQ(again.rowVersion, 2);
    EXPECT_EQ(again.updatedAt, Now.addSecs(5));
    EXPECT_EQ(again.createdAt, Now);
    auto read = repo.get(draft.id);
    ASSERT_TRUE(read.ok());
    EXPECT_EQ(read->points.size(), 2);
    EXPECT_EQ(read->needles.size(), 1);
    EXPECT_TRUE(read->adverseEvents.isEmpty());
    EXPECT_FALSE(read->painAfter.has_value());
    EXPECT_EQ(rows("session_point"), 2);
}

TEST_P(SessionRepositoryTest, a_stale_draft_save_is_a_conflict_and_changes_nothing)
{
    const Session first = saved(richSession(patientId, Now));
    Session mine = first;
    Session theirs = first;
    theirs.presentingComplaint = QStringLiteral("Theirs");
    saved(theirs);
    mine.presentingComplaint = QStringLiteral("Mine");
    auto result = repo.saveDraft(mine, Now);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code, ErrorCode::Conflict);
    EXPECT_EQ(repo.get(first.id)->presentingComplaint, QStringLiteral("Theirs"));
}

TEST_P(SessionRepositoryTest, a_fault_in_the_middle_of_saving_a_new_note_leaves_nothing_behind)
{
    failInsertsInto("session_adverse_event"); // the last table written
    auto result = repo.saveDraft(richSession(patientId, Now), Now);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(rows("session"), 0);
    EXPECT_EQ(allChildRows(), 0);
}

TEST_P(SessionRepositoryTest,
       a_fault_in_the_middle_of_resaving_a_draft_keeps_the_previous_version_whole)
{
    const Session first = saved(richSession(patientId, Now));
    const int childRows = allChildRows();
    failInsertsInto("session_care");
    Session edited = first;
    edited.presentingComplaint = QStringLiteral("Changed");
    edited.points.add(
        test::samplePoint("rhomboids", BodySide::Left, BodyView::Posterior, QPointF(0.45, 0.24)));
    ASSERT_FALSE(repo.saveDraft(edited, Now).ok());
    auto read = repo.get(first.id);
    ASSERT_TRUE(read.ok());
    EXPECT_EQ(*read, first);
    EXPECT_EQ(allChildRows(), childRows);
}

TEST_P(SessionRepositoryTest, a_signed_note_cannot_be_saved_over_or_deleted)
{
    const Session draft = saved(richSession(patientId, Now));
    auto signedNote =
        repo.markSigned(draft.id, draft.rowVersion, QStringLiteral("Alex Morgan"), Now);
    ASSERT_TRUE(signedNote.ok());
    EXPECT_EQ(signedNote->status, SessionStatus::Signed);
    EXPECT_EQ(signedNote->signedAt, Now);
    EXPECT_EQ(signedNote->signedBy, QStringLiteral("Alex Morgan"));
    EXPECT_EQ(signedNote->rowVersion, draft.rowVersion + 1);

    Session stale = *signedNote; // even a copy claiming to be a draft at the right version
    stale.status = SessionStatus::Draft;
    stale.painAfter = 0;
    auto overwrite = repo.saveDraft(stale, Now);
    ASSERT_FALSE(overwrite.ok());
    EXPECT_EQ(overwrite.error().code, ErrorCode::NoteSigned);

    Status removed = repo.deleteDraft(draft.id);
    ASSERT_FALSE(removed.ok());
    EXPECT_EQ(removed.error().code, ErrorCode::NoteSigned);
    EXPECT_EQ(*repo.get(draft.id), *signedNote);

    auto again = repo.markSigned(draft.id, signedNote->rowVersion, QStringLiteral("Someone"), Now);
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().code, ErrorCode::NoteSigned);
}

TEST_P(SessionRepositoryTest, amendments_are_appended_in_order_and_only_to_signed_notes)
{
    const Session draft = saved(richSession(patientId, Now));
    Amendment a{0, Now, QStringLiteral("Alex Morgan"), QStringLiteral("Wrong side"),
                QStringLiteral("Point 3 was on the right infraspinatus.")};
    auto onDraft = repo.appendAmendment(draft.id, a);
    ASSERT_FALSE(onDraft.ok());
    EXPECT_EQ(rows("session_amendment"), 0);

    ASSERT_TRUE(
        repo.markSigned(draft.id, draft.rowVersion, QStringLiteral("Alex Morgan"), Now).ok());
    auto first = repo.appendAmendment(draft.id, a);
    ASSERT_TRUE(first.ok());
    Amendment b{0, Now.addDays(1), QStringLiteral("Jo Park"), QStringLiteral("Follow-up"),
                QStringLiteral("Patient phoned: no further dizziness.")};
    auto second = repo.appendAmendment(draft.id, b);
    ASSERT_TRUE(second.ok());
    EXPECT_GT(second->id, first->id);

    auto read = repo.get(draft.id);
    ASSERT_TRUE(read.ok());
    ASSERT_EQ(read->amendments.size(), 2);
    EXPECT_EQ(read->amendments.at(0), *first);
    EXPECT_EQ(read->amendments.at(1), *second);
    EXPECT_EQ(read->amendments.at(1).author, QStringLiteral("Jo Park"));
    // The note itself is untouched by amending.
    EXPECT_EQ(read->points.size(), 3);
    EXPECT_EQ(read->status, SessionStatus::Signed);
}

TEST_P(SessionRepositoryTest, a_draft_is_deleted_with_all_its_rows)
{
    const Session draft = saved(richSession(patientId, Now));
    ASSERT_TRUE(repo.deleteDraft(draft.id).ok());
    EXPECT_EQ(rows("session"), 0);
    EXPECT_EQ(allChildRows(), 0);
    auto gone = repo.get(draft.id);
    ASSERT_FALSE(gone.ok());
    EXPECT_EQ(gone.error().code, ErrorCode::NotFound);
}

TEST_P(SessionRepositoryTest, history_lists_sessions_newest_first_with_their_summary)
{
    Session older = richSession(patientId, Now.addDays(-14));
    older.adverseEvents.clear();
    const Session first = saved(older);
    ASSERT_TRUE(
        repo.markSigned(first.id, first.rowVersion, QStringLiteral("Alex Morgan"), Now).ok());
    ASSERT_TRUE(repo.appendAmendment(first.id, Amendment{0, Now, QStringLiteral("Alex Morgan"),
                                                         QStringLiteral("r"), QStringLiteral("t")})
                    .ok());
    Session newer = richSession(patientId, Now.addDays(-1));
    newer.points.add(test::samplePoint("upper_trapezius", BodySide::Right, BodyView::Posterior,
                                       QPointF(0.62, 0.18))); // the same site twice
    const Session second = saved(newer);

    auto history = repo.history(patientId);
    ASSERT_TRUE(history.ok());
    ASSERT_EQ(history->size(), 2u);
    const SessionSummary& top = history->at(0);
    EXPECT_EQ(top.id, second.id);
    EXPECT_EQ(top.status, SessionStatus::Draft);
    EXPECT_EQ(top.pointCount, 4);
    EXPECT_TRUE(top.hasSeriousAdverseEvent);
    EXPECT_EQ(top.painBefore, 7);
    EXPECT_EQ(top.painAfter, 3);
    const QList<NeedledSite> expectedSites{
        {QStringLiteral("upper_trapezius"), BodySide::Right, {}},
        {QStringLiteral("levator_scapulae"), BodySide::Right, {}},
        {QStringLiteral("infraspinatus"), BodySide::Left, {}}};
    EXPECT_EQ(top.sites, expectedSites);
    const SessionSummary& bottom = history->at(1);
    EXPECT_EQ(bottom.id, first.id);
    EXPECT_EQ(bottom.status, SessionStatus::Signed);
    EXPECT_EQ(bottom.amendmentCount, 1);
    EXPECT_FALSE(bottom.hasSeriousAdverseEvent);
    EXPECT_EQ(bottom.clinician, QStringLiteral("Alex Morgan"));
}

TEST_P(SessionRepositoryTest, history_of_a_patient_without_sessions_is_empty)
{
    auto history = repo.history(patientId);
    ASSERT_TRUE(history.ok());
    EXPECT_TRUE(history->empty());
}

TEST_P(SessionRepositoryTest, needling_counts_add_up_each_region_over_other_sessions)
{
    const Session a = saved(richSession(patientId, Now.addDays(-7)));
    const Session b = saved(richSession(patientId, Now));
    auto counts = repo.needlingCounts(patientId, b.id);
    ASSERT_TRUE(counts.ok());
    EXPECT_EQ(counts->value(QStringLiteral("upper_trapezius_R")), 1);
    EXPECT_EQ(counts->value(QStringLiteral("infraspinatus_L")), 1);
    EXPECT_EQ(counts->size(), 3);
    auto all = repo.needlingCounts(patientId, 0);
    ASSERT_TRUE(all.ok());
    EXPECT_EQ(all->value(QStringLiteral("upper_trapezius_R")), 2);
    (void)a;
}

NEEDLECHART_ON_EVERY_BACKEND(SessionRepositoryTest);
