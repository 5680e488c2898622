#include "needlechart/storage/patients/PatientRepository.h"

#include "needlechart/domain/patients/PatientValidator.h"
#include "needlechart/domain/patients/SearchText.h"
#include "needlechart/storage/database/Database.h"
#include "needlechart/storage/database/Transaction.h"

#include "ErrorText.h"
#include "InjectedFault.h"
#include "QtPrinters.h"
#include "RawConnection.h"
#include "TempDatabase.h"
#include "TestServer.h"

#include <gtest/gtest.h>

#include <algorithm>

using namespace needlechart;

namespace {

Patient samplePatient()
{
    Patient p;
    p.familyName = QStringLiteral("Müller");
    p.givenName = QStringLiteral("Jürgen");
    p.dateOfBirth = QDate(1971, 5, 14);
    p.sex = Sex::Male;
    p.phone = QStringLiteral("07700 900123");
    p.email = QStringLiteral("jurgen@example.org");
    return p;
}

const QDateTime Now(QDate(2026, 11, 24), QTime(10, 0), Qt::UTC);

class PatientRepositoryTest : public test::BackendTest {
protected:
    test::TempDatabase temp{GetParam()};
    std::unique_ptr<Database> db = temp.open();
    PatientRepository repo{*db};
};

} // namespace

TEST_P(PatientRepositoryTest, created_patient_reads_back_with_id_version_and_timestamps)
{
    auto created = repo.create(samplePatient(), Now);
    ASSERT_TRUE(created.ok()) << created.error().message.toStdString();
    EXPECT_GT(created->id, 0);
    EXPECT_EQ(created->rowVersion, 1);
    auto read = repo.get(created->id);
    ASSERT_TRUE(read.ok());
    EXPECT_EQ(*read, *created);
    EXPECT_EQ(read->createdAt, Now);
}

TEST_P(PatientRepositoryTest, stale_update_is_reported_as_conflict)
{
    auto created = repo.create(samplePatient(), Now);
    ASSERT_TRUE(created.ok());
    Patient first = *created;
    Patient second = *created;
    first.phone = QStringLiteral("0113 496 0001");
    ASSERT_TRUE(repo.update(first, Now).ok());
    second.phone = QStringLiteral("0113 496 0002");
    auto stale = repo.update(second, Now);
    ASSERT_FALSE(stale.ok());
    EXPECT_EQ(stale.error().code, ErrorCode::Conflict);
    EXPECT_EQ(repo.get(created->id)->phone, QStringLiteral("0113 496 0001"));
}

TEST_P(PatientRepositoryTest, search_ignores_case_and_accents)
{
    ASSERT_TRUE(repo.create(samplePatient(), Now).ok());
    PatientQuery q;
    q.searchText = QStringLiteral("jurg MULL");
    auto rows = repo.list(q);
    ASSERT_TRUE(rows.ok()) << rows.error().message.toStdString();
    ASSERT_EQ(rows->size(), 1u);
    EXPECT_EQ(*repo.count(q), 1);
    q.searchText = QStringLiteral("14/05/1971");
    EXPECT_EQ(repo.list(q)->size(), 1u);
    q.searchText = QStringLiteral("07700 900");
    EXPECT_EQ(repo.list(q)->size(), 1u);
    q.searchText = QStringLiteral("smith");
    EXPECT_EQ(repo.list(q)->size(), 0u);
}

// --- round trips and errors ----------------------------------------------------------------

namespace {

using test::describe;

int rowCount(Database& db, const QString& table)
{
    return test::RawConnection::scalar(db.connection(),
                                       QStringLiteral("SELECT COUNT(*) FROM ") + table)
        .toInt();
}

Patient fullPatient()
{
    Patient p = samplePatient();
    p.preferredName = QStringLiteral("Jürgi");
    p.address = QStringLiteral("12 Church Road\nLeeds LS6 1AA");
    p.referrer = QStringLiteral("Dr Patel, Hyde Park Surgery");
    p.notes = QStringLiteral("Prefers mornings.");
    p.lastVisitOn = QDate(2026, 10, 1);
    p.sex = Sex::Other;
    return p;
}

void installFailingTokenTrigger(Database& db)
{
    ASSERT_EQ(test::InjectedFault::failInserts(db, QStringLiteral("fail_token"),
                                               QStringLiteral("patient_search_token"),
                                               QStringLiteral("NEW.token = 'boom'")),
              QString());
}

std::vector<PatientId> idsOf(const std::vector<PatientSummary>& rows)
{
    std::vector<PatientId> ids;
    for (const PatientSummary& s : rows)
        ids.push_back(s.id);
    return ids;
}

} // namespace

TEST_P(PatientRepositoryTest, every_field_survives_a_round_trip)
{
    const Patient input = fullPatient();
    auto created = repo.create(input, Now);
    ASSERT_TRUE(created.ok()) << describe(created.error());
    auto read = repo.get(created->id);
    ASSERT_TRUE(read.ok());
    Patient expected = input;
    expected.id = created->id;
    expected.createdAt = Now;
    expected.updatedAt = Now;
    expected.rowVersion = 1;
    EXPECT_EQ(*read, expected);
    EXPECT_EQ(read->createdAt.timeSpec(), Qt::UTC);
}

TEST_P(PatientRepositoryTest, ids_are_distinct_and_increasing)
{
    auto a = repo.create(samplePatient(), Now);
    auto b = repo.create(samplePatient(), Now);
    ASSERT_TRUE(a.ok() && b.ok());
    EXPECT_GT(b->id, a->id);
}

TEST_P(PatientRepositoryTest, update_stores_changes_bumps_version_and_keeps_created_at)
{
    auto created = repo.create(fullPatient(), Now);
    ASSERT_TRUE(created.ok());
    Patient changed = *created;
    changed.familyName = QStringLiteral("Schäfer");
    changed.phone = QStringLiteral("0113 496 0999");
    changed.lastVisitOn = QDate();
    changed.sex = Sex::Female;
    const QDateTime later = Now.addSecs(3600);
    auto updated = repo.update(changed, later);
    ASSERT_TRUE(updated.ok()) << describe(updated.error());
    EXPECT_EQ(updated->rowVersion, 2);
    EXPECT_EQ(updated->createdAt, Now);
    EXPECT_EQ(updated->updatedAt, later);
    auto read = repo.get(created->id);
    ASSERT_TRUE(read.ok());
    EXPECT_EQ(*read, *updated);
    EXPECT_FALSE(read->lastVisitOn.isValid()) << "a cleared last visit is stored as none";

    // The search index follows the new name.
    PatientQuery q;
    q.searchText = QStringLiteral("schafer");
    EXPECT_EQ(repo.list(q)->size(), 1u);
    q.searchText = QStringLiteral("muller");
    EXPECT_EQ(repo.list(q)->size(), 0u);
    q.searchText = QStringLiteral("0113 496 0999");
    EXPECT_EQ(repo.list(q)->size(), 1u);
}

TEST_P(PatientRepositoryTest, successive_updates_with_fresh_versions_succeed)
{
    auto current = repo.create(samplePatient(), Now);
    ASSERT_TRUE(current.ok());
    for (int i = 0; i < 5; ++i) {
        Patient next = *current;
        next.notes = QStringLiteral("edit %1").arg(i);
        current = repo.update(next, Now.addSecs(i + 1));
        ASSERT_TRUE(current.ok()) << describe(current.error());
    }
    EXPECT_EQ(current->rowVersion, 6);
    EXPECT_EQ(repo.get(current->id)->notes, QStringLiteral("edit 4"));
}

TEST_P(PatientRepositoryTest, stale_update_leaves_the_whole_row_unchanged)
{
    auto created = repo.create(fullPatient(), Now);
    ASSERT_TRUE(created.ok());
    Patient fresh = *created;
    fresh.notes = QStringLiteral("first save");
    auto saved = repo.update(fresh, Now.addSecs(60));
    ASSERT_TRUE(saved.ok());

    Patient stale = *created; // still rowVersion 1
    stale.familyName = QStringLiteral("Overwritten");
    stale.notes = QStringLiteral("second save");
    auto result = repo.update(stale, Now.addSecs(120));
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code, ErrorCode::Conflict);
    EXPECT_FALSE(result.error().message.isEmpty());
    EXPECT_EQ(*repo.get(created->id), *saved);
    PatientQuery q;
    q.searchText = QStringLiteral("overwritten");
    EXPECT_EQ(repo.list(q)->size(), 0u) << "tokens of the refused update were kept";
    EXPECT_EQ(db->transactionDepth(), 0);
}

TEST_P(PatientRepositoryTest, update_with_a_future_version_is_a_conflict)
{
    auto created = repo.create(samplePatient(), Now);
    ASSERT_TRUE(created.ok());
    Patient ahead = *created;
    ahead.rowVersion = 5;
    auto result = repo.update(ahead, Now);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code, ErrorCode::Conflict);
}

TEST_P(PatientRepositoryTest, update_of_a_missing_patient_is_not_found)
{
    Patient ghost = samplePatient();
    ghost.id = 4242;
    ghost.rowVersion = 1;
    auto result = repo.update(ghost, Now);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code, ErrorCode::NotFound) << describe(result.error());
    EXPECT_EQ(rowCount(*db, QStringLiteral("patient")), 0);
    EXPECT_EQ(rowCount(*db, QStringLiteral("patient_search_token")), 0);
}

TEST_P(PatientRepositoryTest, update_of_an_unsaved_patient_is_not_found)
{
    auto result = repo.update(samplePatient(), Now);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code, ErrorCode::NotFound);
    EXPECT_EQ(rowCount(*db, QStringLiteral("patient")), 0);
}

TEST_P(PatientRepositoryTest, creating_a_stored_patient_again_is_refused)
{
    auto created = repo.create(samplePatient(), Now);
    ASSERT_TRUE(created.ok());
    auto again = repo.create(*created, Now);
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(rowCount(*db, QStringLiteral("patient")), 1);
}

TEST_P(PatientRepositoryTest, get_of_a_missing_patient_is_not_found)
{
    for (PatientId id : {PatientId(0), PatientId(-1), PatientId(1), PatientId(999999)}) {
        auto result = repo.get(id);
        ASSERT_FALSE(result.ok()) << id;
        EXPECT_EQ(result.error().code, ErrorCode::NotFound) << id;
    }
}

TEST_P(PatientRepositoryTest, failed_create_leaves_no_patient_and_no_tokens)
{
    installFailingTokenTrigger(*db);
    Patient boom = samplePatient();
    boom.familyName = QStringLiteral("Boom");
    auto result = repo.create(boom, Now);
    ASSERT_FALSE(result.ok()) << "the injected failure did not surface";
    EXPECT_TRUE(result.error().detail.contains(QStringLiteral("injected"))
                || result.error().message.contains(QStringLiteral("injected")))
        << describe(result.error());
    EXPECT_EQ(rowCount(*db, QStringLiteral("patient")), 0);
    EXPECT_EQ(rowCount(*db, QStringLiteral("patient_search_token")), 0);
    EXPECT_EQ(db->transactionDepth(), 0);

    // The connection is usable afterwards.
    auto ok = repo.create(samplePatient(), Now);
    ASSERT_TRUE(ok.ok()) << describe(ok.error());
    EXPECT_EQ(rowCount(*db, QStringLiteral("patient")), 1);
}

TEST_P(PatientRepositoryTest, failed_create_inside_an_outer_transaction_keeps_the_outer_work)
{
    installFailingTokenTrigger(*db);
    Transaction outer(*db);
    ASSERT_TRUE(outer.begun().ok());
    auto first = repo.create(samplePatient(), Now);
    ASSERT_TRUE(first.ok());
    Patient boom = samplePatient();
    boom.givenName = QStringLiteral("Boom");
    ASSERT_FALSE(repo.create(boom, Now).ok());
    EXPECT_EQ(db->transactionDepth(), 1);
    ASSERT_TRUE(outer.commit().ok());
    EXPECT_EQ(rowCount(*db, QStringLiteral("patient")), 1);
    EXPECT_TRUE(repo.get(first->id).ok());
    EXPECT_EQ(test::RawConnection::scalar(
                  db->connection(),
                  QStringLiteral("SELECT COUNT(DISTINCT patient_id) FROM patient_search_token"))
                  .toInt(),
              1);
}

TEST_P(PatientRepositoryTest, failed_update_leaves_the_row_and_its_tokens_as_they_were)
{
    auto created = repo.create(fullPatient(), Now);
    ASSERT_TRUE(created.ok());
    const int tokensBefore = rowCount(*db, QStringLiteral("patient_search_token"));
    installFailingTokenTrigger(*db);
    Patient boom = *created;
    boom.familyName = QStringLiteral("Boom");
    auto result = repo.update(boom, Now.addSecs(5));
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(*repo.get(created->id), *created);
    EXPECT_EQ(rowCount(*db, QStringLiteral("patient_search_token")), tokensBefore);
    PatientQuery q;
    q.searchText = QStringLiteral("muller jurgen");
    EXPECT_EQ(repo.list(q)->size(), 1u);
    EXPECT_EQ(db->transactionDepth(), 0);
}

// --- text stored verbatim ------------------------------------------------------------------

namespace {

QString longNotes()
{
    QString notes;
    int line = 0;
    while (notes.size() < 10500)
        notes +=
            QStringLiteral("Line %1: prefers morning appointments; café ☕ \"quoted\" 'single'\n")
                .arg(++line);
    return notes;
}

QList<QString> awkwardTexts()
{
    return {
        QStringLiteral("张伟 山田太郎 김민준"),                       // CJK
        QStringLiteral("Παπαδόπουλος Ελένη"),                         // Greek
        QStringLiteral("Иванова Наталья"),                            // Cyrillic
        QStringLiteral("محمد الحداد"),                                // Arabic, right to left
        QStringLiteral("כהן שרה"),                                    // Hebrew
        QStringLiteral("Dr \u202Eabc\u202C mixed עברית and English"), // bidi controls
        QStringLiteral("👩‍⚕️ 👍🏽 👨‍👩‍👧‍👦 🏳️‍🌈 "
                       "🧑🏿‍🦱"),                      // ZWJ sequences, skin tones
        QStringLiteral("Jose\u0301 Mu\u0308ller Zoe\u0308"),    // NFD: must stay NFD
        QStringLiteral("O'Brien \"Bob\" ''quoted'' \"\""),      // quotes
        QStringLiteral("Robert'); DROP TABLE patient;--"),      // injection attempt
        QStringLiteral("C:\\Users\\x \\n \\0 \\' %_ LIKE '%'"), // backslashes, wildcards
        QStringLiteral("  padded with spaces  "),
        QStringLiteral("\U0001D49C\U0001D4B7 math letters \U00020BB7"), // astral plane
        longNotes(),                                                    // > 10,000 characters
    };
}

} // namespace

// Each field takes every awkward text up to the length the validator lets through: the names
// and the phone number are indexed, and an index entry has a size limit on PostgreSQL (about
// 2.7 kB), which the validator's limits keep far below.
TEST_P(PatientRepositoryTest, every_text_field_is_stored_verbatim)
{
    using V = PatientValidator;
    const QList<QString> texts = awkwardTexts();
    ASSERT_GT(texts.last().size(), 10000);
    ASSERT_NE(texts[7], texts[7].normalized(QString::NormalizationForm_C)) << "sample must be NFD";
    ASSERT_GE(V::MaxNotesLength, texts.last().size() + 7);
    for (const QString& text : texts) {
        SCOPED_TRACE(text.left(40).toStdString());
        Patient p = samplePatient();
        p.familyName = text.left(V::MaxNameLength);
        p.givenName = text.left(V::MaxNameLength);
        p.preferredName = text.left(V::MaxNameLength);
        p.phone = text.left(V::MaxPhoneLength);
        p.email = text.left(V::MaxEmailLength);
        p.address = text.left(V::MaxAddressLength);
        p.referrer = text.left(V::MaxReferrerLength);
        p.notes = text;
        auto created = repo.create(p, Now);
        ASSERT_TRUE(created.ok()) << describe(created.error());
        auto read = repo.get(created->id);
        ASSERT_TRUE(read.ok());
        const std::pair<const QString*, const QString*> fields[] = {
            {&read->familyName, &p.familyName},
            {&read->givenName, &p.givenName},
            {&read->preferredName, &p.preferredName},
            {&read->phone, &p.phone},
            {&read->email, &p.email},
            {&read->address, &p.address},
            {&read->referrer, &p.referrer},
            {&read->notes, &p.notes}};
        for (const auto& [stored, given] : fields) {
            EXPECT_EQ(stored->size(), given->size());
            EXPECT_EQ(stored->toUtf8(), given->toUtf8()) << "not byte-identical";
        }

        // ... and again through an update, with the text in a different field each time.
        Patient changed = *read;
        changed.familyName = QStringLiteral("Plain");
        changed.notes = text + QStringLiteral("\nedited");
        auto updated = repo.update(changed, Now);
        ASSERT_TRUE(updated.ok()) << describe(updated.error());
        EXPECT_EQ(repo.get(created->id)->notes.toUtf8(),
                  (text + QStringLiteral("\nedited")).toUtf8());
        EXPECT_EQ(repo.get(created->id)->givenName.toUtf8(), p.givenName.toUtf8());
    }
    EXPECT_EQ(rowCount(*db, QStringLiteral("patient")), texts.size()) << "the table is still there";
}

TEST_P(PatientRepositoryTest, names_in_any_script_can_be_searched)
{
    Patient p = samplePatient();
    p.familyName = QStringLiteral("Παπαδόπουλος");
    p.givenName = QStringLiteral("Иван");
    ASSERT_TRUE(repo.create(p, Now).ok());
    Patient q2 = samplePatient();
    q2.familyName = QStringLiteral("Mu\u0308ller"); // NFD
    q2.givenName = QStringLiteral("Zoë");
    ASSERT_TRUE(repo.create(q2, Now).ok());
    PatientQuery q;
    for (const QString& text :
         {QStringLiteral("παπαδοπουλος"), QStringLiteral("ΠΑΠΑΔ"), QStringLiteral("иван")}) {
        q.searchText = text;
        EXPECT_EQ(repo.list(q)->size(), 1u) << text.toStdString();
    }
    q.searchText = QStringLiteral("Müller zoe"); // NFC query finds NFD name
    EXPECT_EQ(repo.list(q)->size(), 1u);
    q.searchText = QStringLiteral("Robert'); DROP TABLE patient;--");
    EXPECT_TRUE(repo.list(q).ok());
    EXPECT_EQ(rowCount(*db, QStringLiteral("patient")), 2);
}

TEST_P(PatientRepositoryTest, a_chinese_name_is_found_written_whole_without_a_space)
{
    Patient p = samplePatient();
    p.familyName = QStringLiteral("李");
    p.givenName = QStringLiteral("小龍");
    ASSERT_TRUE(repo.create(p, Now).ok());
    Patient other = samplePatient();
    other.familyName = QStringLiteral("李");
    other.givenName = QStringLiteral("美玲");
    ASSERT_TRUE(repo.create(other, Now).ok());
    PatientQuery q;
    for (const QString& text : {QStringLiteral("李小龍"), QStringLiteral("小龍"),
                                QStringLiteral("龍"), QStringLiteral("李小")}) {
        q.searchText = text;
        EXPECT_EQ(repo.list(q)->size(), 1u) << text.toStdString();
        EXPECT_EQ(*repo.count(q), 1) << text.toStdString();
    }
    q.searchText = QStringLiteral("李");
    EXPECT_EQ(repo.list(q)->size(), 2u);
}

TEST_P(PatientRepositoryTest, a_name_of_several_words_is_found_typed_without_its_spaces)
{
    Patient p = samplePatient();
    p.familyName = QStringLiteral("Mc Donald-Smythe III");
    p.givenName = QStringLiteral("Fiona");
    ASSERT_TRUE(repo.create(p, Now).ok());
    PatientQuery q;
    for (const QString& text : {QStringLiteral("mcdonald"), QStringLiteral("McDonald-Smythe"),
                                QStringLiteral("donaldsmythe"), QStringLiteral("mc donald fio")}) {
        q.searchText = text;
        EXPECT_EQ(repo.list(q)->size(), 1u) << text.toStdString();
    }
}

TEST_P(PatientRepositoryTest, a_query_of_only_symbols_or_emoji_finds_nobody_rather_than_everybody)
{
    ASSERT_TRUE(repo.create(samplePatient(), Now).ok());
    PatientQuery q;
    for (const QString& text : {QStringLiteral("%"), QStringLiteral("');"),
                                QStringLiteral("\U0001F469"), QStringLiteral("_ * ?")}) {
        q.searchText = text;
        auto found = repo.list(q);
        ASSERT_TRUE(found.ok()) << text.toStdString();
        EXPECT_TRUE(found->empty()) << text.toStdString();
        EXPECT_EQ(*repo.count(q), 0) << text.toStdString();
    }
    q.searchText = QStringLiteral("   ");
    EXPECT_EQ(repo.list(q)->size(), 1u) << "blank is still everyone";
}

TEST_P(PatientRepositoryTest, international_number_finds_patient_stored_in_national_form)
{
    Patient national = samplePatient(); // 07700 900123
    ASSERT_TRUE(repo.create(national, Now).ok());
    Patient international = samplePatient();
    international.familyName = QStringLiteral("Other");
    international.phone = QStringLiteral("+44 7700 900124");
    ASSERT_TRUE(repo.create(international, Now).ok());
    PatientQuery q;
    for (const QString& text : {QStringLiteral("+44 7700 900123"), QStringLiteral("+447700900123"),
                                QStringLiteral("07700 900123"), QStringLiteral("7700900123")}) {
        q.searchText = text;
        auto rows = repo.list(q);
        ASSERT_TRUE(rows.ok());
        ASSERT_EQ(rows->size(), 1u) << text.toStdString();
        EXPECT_EQ(rows->front().phone, QStringLiteral("07700 900123"));
    }
    for (const QString& text : {QStringLiteral("+44 7700 900124"), QStringLiteral("07700900124"),
                                QStringLiteral("7700 900124"), QStringLiteral("447700900124")}) {
        q.searchText = text;
        auto rows = repo.list(q);
        ASSERT_TRUE(rows.ok());
        ASSERT_EQ(rows->size(), 1u) << text.toStdString();
        EXPECT_EQ(rows->front().phone, QStringLiteral("+44 7700 900124"));
    }
    q.searchText = QStringLiteral("+44 7700 9001");
    EXPECT_EQ(repo.list(q)->size(), 2u);
}

TEST_P(PatientRepositoryTest, long_queries_still_find_the_patient)
{
    Patient p = fullPatient(); // Müller, Jürgen (Jürgi), 14/05/1971, 07700 900123
    ASSERT_TRUE(repo.create(p, Now).ok());
    Patient other = fullPatient();
    other.familyName = QStringLiteral("Schmidt");
    ASSERT_TRUE(repo.create(other, Now).ok());
    PatientQuery q;
    q.searchText = QStringLiteral("Müller Jürgen Jürgi 14/05/1971 07700 900123 m j");
    auto rows = repo.list(q);
    ASSERT_TRUE(rows.ok());
    ASSERT_EQ(rows->size(), 1u);
    EXPECT_EQ(rows->front().familyName, QStringLiteral("Müller"));
    EXPECT_EQ(*repo.count(q), 1);
}

// --- listing, sorting, paging --------------------------------------------------------------

namespace {

// 60 patients with deliberate ties in every sort column and some who were never seen.
std::vector<Patient> listFixture()
{
    const QList<QString> families = {QStringLiteral("Smith"),   QStringLiteral("Ábel"),
                                     QStringLiteral("smith"),   QStringLiteral("Zhang"),
                                     QStringLiteral("O'Brien"), QStringLiteral("Øberg")};
    const QList<QString> givens = {QStringLiteral("Ann"), QStringLiteral("Bob"),
                                   QStringLiteral("Ann")};
    std::vector<Patient> patients;
    for (int i = 0; i < 60; ++i) {
        Patient p;
        p.familyName = families[i % families.size()];
        p.givenName = givens[i % givens.size()];
        p.dateOfBirth = QDate(1970 + i % 4, 1 + i % 3, 1);
        p.phone = i % 5 == 0 ? QString()
                             : QStringLiteral("0113 496 00%1").arg(i % 7, 2, 10, QLatin1Char('0'));
        if (i % 3 != 0)
            p.lastVisitOn = QDate(2026, 1 + i % 2, 1);
        patients.push_back(p);
    }
    return patients;
}

QByteArray sortText(const QString& s)
{
    return s.toUtf8(); // SQLite's BINARY collation compares UTF-8 bytes
}

// The documented order, ascending: the sort column (a never-seen last visit as the oldest),
// then the name sort key, then the id. Descending is exactly the reverse, ties included.
bool comesBefore(const Patient& a, const Patient& b, PatientQuery::SortKey key, bool descending)
{
    if (descending)
        return comesBefore(b, a, key, false);
    auto column = [key](const Patient& p) -> QByteArray {
        switch (key) {
        case PatientQuery::SortKey::Name: return {};
        case PatientQuery::SortKey::DateOfBirth:
            return sortText(p.dateOfBirth.toString(Qt::ISODate));
        case PatientQuery::SortKey::Phone: return sortText(p.phone);
        case PatientQuery::SortKey::LastVisit:
            return p.lastVisitOn.isValid() ? sortText(p.lastVisitOn.toString(Qt::ISODate))
                                           : QByteArray();
        }
        return {};
    };
    const QByteArray ca = column(a), cb = column(b);
    if (ca != cb)
        return ca < cb;
    const QByteArray na = sortText(SearchText::nameSortKey(a)),
                     nb = sortText(SearchText::nameSortKey(b));
    if (na != nb)
        return na < nb;
    return a.id < b.id;
}

} // namespace

class PatientListTest : public PatientRepositoryTest {
protected:
    void SetUp() override
    {
        Transaction tx(*db);
        for (const Patient& p : listFixture()) {
            auto created = repo.create(p, Now);
            ASSERT_TRUE(created.ok());
            stored.push_back(*created);
        }
        ASSERT_TRUE(tx.commit().ok());
    }

    std::vector<PatientId> expectedOrder(PatientQuery::SortKey key, bool descending) const
    {
        std::vector<Patient> sorted = stored;
        std::sort(sorted.begin(), sorted.end(), [&](const Patient& a, const Patient& b) {
            return comesBefore(a, b, key, descending);
        });
        std::vector<PatientId> ids;
        for (const Patient& p : sorted)
            ids.push_back(p.id);
        return ids;
    }

    std::vector<Patient> stored;
};

TEST_P(PatientListTest, every_sort_key_orders_both_ways_with_name_and_id_breaking_ties)
{
    for (auto key : {PatientQuery::SortKey::Name, PatientQuery::SortKey::DateOfBirth,
                     PatientQuery::SortKey::Phone, PatientQuery::SortKey::LastVisit}) {
        for (bool descending : {false, true}) {
            SCOPED_TRACE(::testing::Message()
                         << "sort key " << int(key) << (descending ? " descending" : " ascending"));
            PatientQuery q;
            q.sortKey = key;
            q.descending = descending;
            q.limit = 1000;
            auto rows = repo.list(q);
            ASSERT_TRUE(rows.ok()) << describe(rows.error());
            EXPECT_EQ(idsOf(*rows), expectedOrder(key, descending));
        }
    }
}

TEST_P(PatientListTest, never_seen_patients_sort_as_the_oldest_visits)
{
    PatientQuery q;
    q.sortKey = PatientQuery::SortKey::LastVisit;
    q.limit = 1000;
    auto ascending = repo.list(q);
    ASSERT_TRUE(ascending.ok());
    const std::size_t neverSeen = std::size_t(std::count_if(
        stored.begin(), stored.end(), [](const Patient& p) { return !p.lastVisitOn.isValid(); }));
    ASSERT_GT(neverSeen, 0u);
    for (std::size_t i = 0; i < ascending->size(); ++i)
        EXPECT_EQ((*ascending)[i].lastVisitOn.isValid(), i >= neverSeen) << i;
    q.descending = true;
    auto descending = repo.list(q);
    ASSERT_TRUE(descending.ok());
    for (std::size_t i = 0; i < descending->size(); ++i)
        EXPECT_EQ((*descending)[i].lastVisitOn.isValid(), i < descending->size() - neverSeen) << i;
}

TEST_P(PatientListTest, pages_cover_every_patient_once_in_order)
{
    for (auto key : {PatientQuery::SortKey::Name, PatientQuery::SortKey::DateOfBirth,
                     PatientQuery::SortKey::Phone, PatientQuery::SortKey::LastVisit}) {
        for (bool descending : {false, true}) {
            SCOPED_TRACE(::testing::Message()
                         << "sort key " << int(key) << (descending ? " descending" : " ascending"));
            std::vector<PatientId> paged;
            PatientQuery q;
            q.sortKey = key;
            q.descending = descending;
            q.limit = 7;
            for (q.offset = 0; q.offset < 70; q.offset += q.limit) {
                auto page = repo.list(q);
                ASSERT_TRUE(page.ok());
                EXPECT_LE(page->size(), 7u);
                for (const PatientSummary& s : *page)
                    paged.push_back(s.id);
            }
            EXPECT_EQ(paged, expectedOrder(key, descending));
            std::vector<PatientId> unique = paged;
            std::sort(unique.begin(), unique.end());
            EXPECT_EQ(std::adjacent_find(unique.begin(), unique.end()), unique.end())
                << "duplicates across pages";
            EXPECT_EQ(paged.size(), stored.size()) << "gaps between pages";
        }
    }
}

TEST_P(PatientListTest, same_page_asked_twice_is_the_same)
{
    PatientQuery q;
    q.sortKey = PatientQuery::SortKey::DateOfBirth;
    q.offset = 14;
    q.limit = 9;
    EXPECT_EQ(idsOf(*repo.list(q)), idsOf(*repo.list(q)));
}

TEST_P(PatientListTest, summaries_carry_the_list_columns)
{
    PatientQuery q;
    q.limit = 1000;
    auto rows = repo.list(q);
    ASSERT_TRUE(rows.ok());
    for (const PatientSummary& s : *rows) {
        auto it = std::find_if(stored.begin(), stored.end(),
                               [&](const Patient& p) { return p.id == s.id; });
        ASSERT_NE(it, stored.end());
        EXPECT_EQ(s.familyName, it->familyName);
        EXPECT_EQ(s.givenName, it->givenName);
        EXPECT_EQ(s.preferredName, it->preferredName);
        EXPECT_EQ(s.dateOfBirth, it->dateOfBirth);
        EXPECT_EQ(s.phone, it->phone);
        EXPECT_EQ(s.lastVisitOn, it->lastVisitOn);
    }
}

TEST_P(PatientListTest, offset_past_the_end_and_zero_limit_give_empty_pages)
{
    PatientQuery q;
    q.offset = 60;
    EXPECT_TRUE(repo.list(q)->empty());
    q.offset = 0;
    q.limit = 0;
    EXPECT_TRUE(repo.list(q)->empty());
    q.limit = -5;
    EXPECT_TRUE(repo.list(q)->empty());
    q.limit = 10;
    q.offset = -3;
    EXPECT_EQ(repo.list(q)->size(), 10u) << "a negative offset counts from the start";
}

TEST_P(PatientListTest, count_matches_the_listed_rows_for_searches)
{
    for (const QString& text :
         {QString(), QStringLiteral("smith"), QStringLiteral("SMITH ann"), QStringLiteral("a"),
          QStringLiteral("ann smith"), QStringLiteral("obrien"), QStringLiteral("o'b"),
          QStringLiteral("oberg"), QStringLiteral("abel"), QStringLiteral("0113 496 0003"),
          QStringLiteral("01/01/1971"), QStringLiteral("1972-02"), QStringLiteral("nobody"),
          QStringLiteral("b")}) {
        PatientQuery q;
        q.searchText = text;
        q.limit = 1000;
        auto rows = repo.list(q);
        auto count = repo.count(q);
        ASSERT_TRUE(rows.ok() && count.ok()) << text.toStdString();
        EXPECT_EQ(std::size_t(*count), rows->size()) << text.toStdString();
        q.limit = 3; // count ignores paging
        EXPECT_EQ(*repo.count(q), *count) << text.toStdString();
    }
    PatientQuery all;
    EXPECT_EQ(*repo.count(all), 60);
    all.searchText = QStringLiteral("smith");
    EXPECT_EQ(*repo.count(all), 20) << "Smith and smith";
    all.searchText = QStringLiteral("nobody");
    EXPECT_EQ(*repo.count(all), 0);
}

NEEDLECHART_ON_EVERY_BACKEND(PatientRepositoryTest);
NEEDLECHART_ON_EVERY_BACKEND(PatientListTest);
