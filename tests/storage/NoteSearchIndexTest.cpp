#include "needlechart/storage/session/NoteSearchIndex.h"

#include "needlechart/domain/bodymap/MuscleCatalogue.h"
#include "needlechart/storage/database/Database.h"
#include "needlechart/storage/patients/PatientRepository.h"
#include "needlechart/storage/session/SessionRepository.h"

#include "RawConnection.h"
#include "SessionSamples.h"
#include "TempDatabase.h"
#include "TestServer.h"

#include <gtest/gtest.h>

using namespace needlechart;
using test::RawConnection;

namespace {

const QDateTime Now(QDate(2026, 11, 24), QTime(10, 0), Qt::UTC);

class NoteSearchIndexTest : public test::BackendTest {
protected:
    test::TempDatabase temp{GetParam()};
    std::unique_ptr<Database> db = temp.open();
    PatientRepository patients{*db};
    SessionRepository repo{*db};
    PatientId okafor = 0;
    PatientId nakamura = 0;

    void SetUp() override
    {
        okafor = registered(QStringLiteral("Okafor"), QStringLiteral("Adaeze"));
        nakamura = registered(QStringLiteral("Nakamura"), QStringLiteral("Ren"));
    }

    PatientId registered(const QString& family, const QString& given)
    {
        Patient p;
        p.familyName = family;
        p.givenName = given;
        p.dateOfBirth = QDate(1984, 2, 3);
        auto created = patients.create(p, Now);
        EXPECT_TRUE(created.ok());
        return created.ok() ? created->id : 0;
    }

    // A draft of `patient` treated `daysAgo` days before Now, with only `complaint` written.
    Session note(PatientId patient, const QString& complaint, int daysAgo = 0,
                 const QString& login = QStringLiteral("amorgan"))
    {
        Session s;
        s.patientId = patient;
        s.treatedAt = Now.addDays(-daysAgo);
        s.clinician = QStringLiteral("Alex Morgan");
        s.presentingComplaint = complaint;
        s.clinicianLogin = login;
        return stored(s);
    }
    // test::richSession (points, care, advice and more) with `complaint`.
    Session richNote(PatientId patient, const QString& complaint)
    {
        Session s = test::richSession(patient, Now);
        s.presentingComplaint = complaint;
        return stored(s);
    }
    Session stored(const Session& s)
    {
        auto stored = repo.saveDraft(s, Now);
        EXPECT_TRUE(stored.ok()) << stored.error().detail.toStdString();
        return stored.ok() ? *stored : Session{};
    }

    std::vector<SessionId> found(const QString& text, PatientId patient = 0,
                                 const QString& login = {}, int limit = 100)
    {
        auto result = repo.searchNotes(NoteSearchQuery{text, patient, login, limit});
        EXPECT_TRUE(result.ok()) << result.error().detail.toStdString();
        std::vector<SessionId> ids;
        if (result.ok()) {
            for (const NoteSearchHit& hit : result->hits)
                ids.push_back(hit.sessionId);
        }
        return ids;
    }

    int rows(const char* table) const
    {
        return RawConnection::scalar(db->connection(), QStringLiteral("SELECT COUNT(*) FROM ")
                                                           + QString::fromLatin1(table))
            .toInt();
    }
};

using Ids = std::vector<SessionId>;

} // namespace

TEST_P(NoteSearchIndexTest, a_word_of_the_complaint_finds_the_note_whatever_its_case_and_accents)
{
    const Session elbow = note(okafor, QStringLiteral("Épicondylalgie latérale, coude droit"));
    note(nakamura, QStringLiteral("Low back pain after lifting"));

    EXPECT_EQ(found(QStringLiteral("epicondylalgie")), Ids{elbow.id});
    EXPECT_EQ(found(QStringLiteral("LATERALE")), Ids{elbow.id});
    EXPECT_EQ(found(QStringLiteral("épicond")), Ids{elbow.id}) << "a term is a word's prefix";
    EXPECT_TRUE(found(QStringLiteral("condyl")).empty()) << "not the middle of a word";
}

TEST_P(NoteSearchIndexTest, the_hit_carries_the_patient_the_date_and_the_searchable_text)
{
    const Session elbow = note(okafor, QStringLiteral("Tennis elbow"), 3);
    auto result = repo.searchNotes(NoteSearchQuery{QStringLiteral("tennis"), 0, {}, 10});
    ASSERT_TRUE(result.ok());
    ASSERT_EQ(result->hits.size(), 1u);
    const NoteSearchHit& hit = result->hits.front();
    EXPECT_EQ(hit.sessionId, elbow.id);
    EXPECT_EQ(hit.patient.id, okafor);
    EXPECT_EQ(hit.patient.familyName, QStringLiteral("Okafor"));
    EXPECT_EQ(hit.treatedAt, Now.addDays(-3));
    EXPECT_EQ(hit.clinician, QStringLiteral("Alex Morgan"));
    EXPECT_EQ(hit.status, SessionStatus::Draft);
    EXPECT_TRUE(hit.document.contains(QStringLiteral("complaint\tTennis elbow")));
    EXPECT_FALSE(result->more);
}

TEST_P(NoteSearchIndexTest, every_word_must_be_in_the_note_though_not_in_the_same_field)
{
    const Session both = richNote(okafor, QStringLiteral("Whiplash pain"));
    note(nakamura, QStringLiteral("Hip pain"));
    // richSession's advice mentions driving; its points include the infraspinatus.
    EXPECT_EQ(found(QStringLiteral("whiplash driving")), Ids{both.id});
    EXPECT_EQ(found(QStringLiteral("whiplash infraspinatus")), Ids{both.id});
    EXPECT_EQ(found(QStringLiteral("pain")).size(), 2u);
    EXPECT_TRUE(found(QStringLiteral("whiplash hip")).empty());
}

TEST_P(NoteSearchIndexTest, muscles_are_found_by_name_group_and_keyword)
{
    const Session s = richNote(okafor, QStringLiteral("Shoulder"));
    note(nakamura, QStringLiteral("Shoulder"));
    EXPECT_EQ(found(QStringLiteral("levator")), Ids{s.id});
    EXPECT_EQ(found(QStringLiteral("rotator cuff")), Ids{s.id});
    EXPECT_EQ(found(QStringLiteral("traps")), Ids{s.id});
}

TEST_P(NoteSearchIndexTest, results_are_newest_first_and_say_when_there_were_more)
{
    const Session oldest = note(okafor, QStringLiteral("Sciatica"), 30);
    const Session newest = note(nakamura, QStringLiteral("Sciatica again"), 1);
    const Session middle = note(okafor, QStringLiteral("Sciatica, better"), 10);

    EXPECT_EQ(found(QStringLiteral("sciatica")), (Ids{newest.id, middle.id, oldest.id}));
    auto limited = repo.searchNotes(NoteSearchQuery{QStringLiteral("sciatica"), 0, {}, 2});
    ASSERT_TRUE(limited.ok());
    ASSERT_EQ(limited->hits.size(), 2u);
    EXPECT_TRUE(limited->more);
}

TEST_P(NoteSearchIndexTest, a_search_in_one_patients_notes_or_one_clinicians_keeps_to_them)
{
    const Session mine = note(okafor, QStringLiteral("Whiplash"), 2);
    const Session hers =
        note(okafor, QStringLiteral("Whiplash follow-up"), 1, QStringLiteral("jo"));
    const Session other = note(nakamura, QStringLiteral("Whiplash"), 0);

    EXPECT_EQ(found(QStringLiteral("whiplash"), okafor), (Ids{hers.id, mine.id}));
    EXPECT_EQ(found(QStringLiteral("whiplash"), 0, QStringLiteral("amorgan")),
              (Ids{other.id, mine.id}));
    EXPECT_EQ(found(QStringLiteral("whiplash"), okafor, QStringLiteral("jo")), Ids{hers.id});
}

TEST_P(NoteSearchIndexTest, saving_a_draft_again_rewrites_its_words)
{
    Session s = note(okafor, QStringLiteral("Plantar fasciitis"));
    s.presentingComplaint = QStringLiteral("Achilles tendinopathy");
    ASSERT_TRUE(repo.saveDraft(s, Now.addSecs(60)).ok());
    EXPECT_TRUE(found(QStringLiteral("plantar")).empty());
    EXPECT_EQ(found(QStringLiteral("achilles")), Ids{s.id});
}

TEST_P(NoteSearchIndexTest, an_amendments_words_find_the_signed_note)
{
    const Session s = note(okafor, QStringLiteral("Neck"));
    ASSERT_TRUE(repo.markSigned(s.id, s.rowVersion, QStringLiteral("Alex Morgan"), Now).ok());
    Amendment a;
    a.writtenAt = Now.addDays(1);
    a.author = QStringLiteral("Alex Morgan");
    a.reason = QStringLiteral("Omission");
    a.text = QStringLiteral("Patient also reported paraesthesia in the thumb");
    ASSERT_TRUE(repo.appendAmendment(s.id, a).ok());

    auto result = repo.searchNotes(NoteSearchQuery{QStringLiteral("paraesth"), 0, {}, 10});
    ASSERT_TRUE(result.ok());
    ASSERT_EQ(result->hits.size(), 1u);
    EXPECT_EQ(result->hits.front().status, SessionStatus::Signed);
}

TEST_P(NoteSearchIndexTest, a_deleted_draft_leaves_nothing_in_the_index)
{
    const Session s = note(okafor, QStringLiteral("Tension headache"));
    ASSERT_GT(rows("session_search_token"), 0);
    ASSERT_TRUE(repo.deleteDraft(s.id).ok());
    EXPECT_EQ(rows("session_search_token"), 0);
    EXPECT_EQ(rows("session_search_text"), 0);
    EXPECT_TRUE(found(QStringLiteral("headache")).empty());
}

TEST_P(NoteSearchIndexTest, a_query_without_words_finds_nothing)
{
    note(okafor, QStringLiteral("Neck pain"));
    EXPECT_TRUE(found(QString()).empty());
    EXPECT_TRUE(found(QStringLiteral("  %' ; --  ")).empty());
}

TEST_P(NoteSearchIndexTest, a_word_in_many_notes_walks_from_the_newest_with_the_same_results)
{
    // Small limits: a word in 2 notes counts as many, and 2 notes are the recent window.
    SessionRepository walking{*db, MuscleCatalogue::builtIn(), {2, 2}};
    const Session oldest = note(okafor, QStringLiteral("Common complaint"), 5);
    const Session middle = note(nakamura, QStringLiteral("Commonly seen"), 3);
    const Session newest = note(okafor, QStringLiteral("Common again"), 1);
    note(nakamura, QStringLiteral("Unrelated"), 0);

    auto all = walking.searchNotes(NoteSearchQuery{QStringLiteral("com"), 0, {}, 10});
    ASSERT_TRUE(all.ok());
    Ids ids;
    for (const NoteSearchHit& hit : all->hits)
        ids.push_back(hit.sessionId);
    EXPECT_EQ(ids, (Ids{newest.id, middle.id, oldest.id}));
    auto page = walking.searchNotes(NoteSearchQuery{QStringLiteral("com"), 0, {}, 1});
    ASSERT_TRUE(page.ok());
    ASSERT_EQ(page->hits.size(), 1u);
    EXPECT_EQ(page->hits.front().sessionId, newest.id);
    EXPECT_TRUE(page->more);
}

TEST_P(NoteSearchIndexTest, words_often_apart_and_seldom_together_are_found_beyond_the_recent_ones)
{
    SessionRepository walking{*db, MuscleCatalogue::builtIn(), {2, 2}};
    const Session together = note(okafor, QStringLiteral("Sciatica after whiplash"), 9);
    note(nakamura, QStringLiteral("Sciatica"), 4);
    note(okafor, QStringLiteral("Whiplash"), 3);
    note(nakamura, QStringLiteral("Sciatica"), 2);
    note(okafor, QStringLiteral("Whiplash"), 1);

    auto found =
        walking.searchNotes(NoteSearchQuery{QStringLiteral("whiplash sciatica"), 0, {}, 10});
    ASSERT_TRUE(found.ok());
    ASSERT_EQ(found->hits.size(), 1u) << "not among the two newest notes, found all the same";
    EXPECT_EQ(found->hits.front().sessionId, together.id);

    const Session recent = note(nakamura, QStringLiteral("Whiplash and sciatica"), 0);
    auto page = walking.searchNotes(NoteSearchQuery{QStringLiteral("whiplash sciatica"), 0, {}, 1});
    ASSERT_TRUE(page.ok());
    ASSERT_EQ(page->hits.size(), 1u);
    EXPECT_EQ(page->hits.front().sessionId, recent.id);
    EXPECT_TRUE(page->more);
}

TEST_P(NoteSearchIndexTest, notes_written_before_the_index_are_indexed_when_it_is_ensured)
{
    const Session s = note(okafor, QStringLiteral("Frozen shoulder"));
    ASSERT_TRUE(repo.ensureSearchIndex().ok());
    // As a database upgraded from before note search: no entries, version 0.
    ASSERT_EQ(
        RawConnection::run(db->connection(), QStringLiteral("DELETE FROM session_search_token")),
        QString());
    ASSERT_EQ(
        RawConnection::run(db->connection(), QStringLiteral("DELETE FROM session_search_text")),
        QString());
    ASSERT_EQ(RawConnection::run(db->connection(),
                                 QStringLiteral("UPDATE app_meta SET meta_value = '0' "
                                                "WHERE meta_key = 'note_search_index_version'")),
              QString());
    EXPECT_TRUE(found(QStringLiteral("frozen")).empty());

    ASSERT_TRUE(repo.ensureSearchIndex().ok());
    EXPECT_EQ(found(QStringLiteral("frozen")), Ids{s.id});
}

TEST_P(NoteSearchIndexTest, more_than_four_words_are_all_required)
{
    const Session s = note(okafor, QStringLiteral("alpha bravo charlie delta echo"));
    note(nakamura, QStringLiteral("alpha bravo charlie delta"));
    EXPECT_EQ(found(QStringLiteral("alpha bravo charlie delta echo")), Ids{s.id});
}

NEEDLECHART_ON_EVERY_BACKEND(NoteSearchIndexTest);
