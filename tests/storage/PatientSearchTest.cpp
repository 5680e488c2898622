// Search over a realistic clinic: 10,000 generated patients, built once per suite. The
// database's answers are compared with a brute-force filter over the generated list that applies
// the documented rule directly: every query term is a prefix of some SearchText::patientTokens
// token.
#include "needlechart/domain/patients/SearchText.h"
#include "needlechart/services/demo/DemoClinic.h"
#include "needlechart/storage/database/Database.h"
#include "needlechart/storage/database/Transaction.h"
#include "needlechart/storage/patients/PatientRepository.h"

#include "ErrorText.h"
#include "QtPrinters.h"
#include "TempDatabase.h"
#include "TestServer.h"

#include <QSet>

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <optional>
#include <set>

using namespace needlechart;

namespace {

constexpr int PatientCount = 10000;
constexpr quint32 Seed = 20261124;
const QDateTime Now(QDate(2026, 11, 24), QTime(10, 0), Qt::UTC);

// The brute force compares queries of at most this many terms: PatientRepository binds only
// the longest few terms of longer queries.
constexpr int MaxComparedTerms = 4;

using test::describe;

// The patients are stored once per back end and shared by the suite's tests (ctest runs
// each test in a process of its own, where that is once). gtest runs the tests one back end
// after the other for each test, so the other back end's patients are parked, not rebuilt.
class PatientSearchTest : public test::BackendTest {
protected:
    struct Parked {
        test::TempDatabase* temp = nullptr;
        Database* database = nullptr;
        PatientRepository* repository = nullptr;
        std::vector<Patient> generated;
        std::map<PatientId, QStringList> tokens;
    };

    static void park()
    {
        Parked& p = parked[*preparedFor];
        p = Parked{temp, database, repository, std::move(generated), std::move(tokens)};
        temp = nullptr;
        database = nullptr;
        repository = nullptr;
        generated.clear();
        tokens.clear();
        preparedFor.reset();
    }

    static void unpark(Backend backend)
    {
        Parked& p = parked.at(backend);
        temp = p.temp;
        database = p.database;
        repository = p.repository;
        generated = std::move(p.generated);
        tokens = std::move(p.tokens);
        parked.erase(backend);
        preparedFor = backend;
    }

    static void destroyCurrent()
    {
        delete repository;
        delete database;
        delete temp;
        repository = nullptr;
        database = nullptr;
        temp = nullptr;
        generated.clear();
        tokens.clear();
        preparedFor.reset();
    }

    static void prepare(Backend backend)
    {
        destroyCurrent();
        preparedFor = backend;
        temp = new test::TempDatabase(backend);
        database = temp->open().release();
        ASSERT_NE(database, nullptr);
        repository = new PatientRepository(*database);
        generated = DemoClinic::generatePatients(PatientCount, Seed, Now.date());
        ASSERT_EQ(generated.size(), std::size_t(PatientCount));
        Transaction tx(*database);
        ASSERT_TRUE(tx.begun().ok());
        for (Patient& p : generated) {
            auto created = repository->create(p, Now);
            ASSERT_TRUE(created.ok()) << describe(created.error());
            p = *created;
            tokens[p.id] = SearchText::patientTokens(p);
        }
        ASSERT_TRUE(tx.commit().ok());
    }

    static void TearDownTestSuite()
    {
        destroyCurrent();
        while (!parked.empty()) {
            unpark(parked.begin()->first);
            destroyCurrent();
        }
    }

    void SetUp() override
    {
        if (!preparedFor || *preparedFor != GetParam()) {
            if (preparedFor)
                park();
            if (parked.count(GetParam()) > 0)
                unpark(GetParam());
            else
                prepare(GetParam());
        }
        ASSERT_NE(repository, nullptr) << "suite set-up failed";
        ASSERT_EQ(generated.size(), std::size_t(PatientCount));
    }

    static std::set<PatientId> bruteForce(const QString& text)
    {
        const QStringList terms = SearchText::queryTerms(text);
        EXPECT_LE(terms.size(), MaxComparedTerms)
            << "query too long to compare: " << text.toStdString();
        std::set<PatientId> ids;
        for (const Patient& p : generated) {
            const QStringList& own = tokens.at(p.id);
            const bool all = std::all_of(terms.cbegin(), terms.cend(), [&own](const QString& term) {
                return std::any_of(own.cbegin(), own.cend(),
                                   [&term](const QString& t) { return t.startsWith(term); });
            });
            if (all)
                ids.insert(p.id);
        }
        return ids;
    }

    static std::vector<PatientSummary>
    search(const QString& text, PatientQuery::SortKey key = PatientQuery::SortKey::Name,
           bool descending = false)
    {
        PatientQuery q;
        q.searchText = text;
        q.sortKey = key;
        q.descending = descending;
        q.limit = PatientCount + 1;
        auto rows = repository->list(q);
        EXPECT_TRUE(rows.ok()) << describe(rows.error());
        return rows.ok() ? *rows : std::vector<PatientSummary>{};
    }

    static std::set<PatientId> idSet(const std::vector<PatientSummary>& rows)
    {
        std::set<PatientId> ids;
        for (const PatientSummary& s : rows)
            ids.insert(s.id);
        return ids;
    }

    // Every 97th patient: a spread over the whole list.
    static std::vector<const Patient*> sample()
    {
        std::vector<const Patient*> picked;
        for (std::size_t i = 0; i < generated.size(); i += 97)
            picked.push_back(&generated[i]);
        return picked;
    }

    static const Patient& patient(PatientId id)
    {
        return *std::find_if(generated.begin(), generated.end(),
                             [id](const Patient& p) { return p.id == id; });
    }

    static inline std::optional<Backend> preparedFor;
    static inline std::map<Backend, Parked> parked;
    static inline test::TempDatabase* temp = nullptr;
    static inline Database* database = nullptr;
    static inline PatientRepository* repository = nullptr;
    static inline std::vector<Patient> generated;
    static inline std::map<PatientId, QStringList> tokens;
};

QString stripAccents(const QString& text)
{
    QString out;
    for (QChar c : text.normalized(QString::NormalizationForm_D)) {
        if (c.category() != QChar::Mark_NonSpacing)
            out.append(c);
    }
    return out;
}

} // namespace

TEST_P(PatientSearchTest, every_patient_is_stored_and_counted)
{
    EXPECT_EQ(*repository->count({}), PatientCount);
    EXPECT_EQ(search(QString()).size(), std::size_t(PatientCount));
}

TEST_P(PatientSearchTest, sampled_patients_are_found_by_family_name_and_given_name_prefix)
{
    int checked = 0;
    for (const Patient* p : sample()) {
        const QString given = p->givenName.left(3);
        const QList<QString> queries = {
            p->familyName + QLatin1Char(' ') + given,                             // as written
            SearchText::fold(p->familyName) + QLatin1Char(' ') + given.toLower(), // folded
            stripAccents(p->familyName).toUpper() + QLatin1Char(' ')
                + given.toUpper(),                              // unaccented, upper case
            given + QLatin1Char(' ') + p->familyName.toUpper(), // other order
        };
        for (const QString& q : queries) {
            const auto ids = idSet(search(q));
            EXPECT_TRUE(ids.count(p->id)) << q.toStdString() << " did not find patient " << p->id;
        }
        ++checked;
    }
    EXPECT_GE(checked, 100);
}

TEST_P(PatientSearchTest, sampled_patients_are_found_by_date_of_birth_and_phone)
{
    for (const Patient* p : sample()) {
        const QString digits = [&] {
            QString d;
            for (QChar c : p->phone)
                if (c.isDigit())
                    d.append(c);
            return d;
        }();
        const QString national =
            digits.startsWith(QStringLiteral("44")) ? QLatin1Char('0') + digits.mid(2) : digits;
        const QList<QString> queries = {
            p->dateOfBirth.toString(QStringLiteral("dd/MM/yyyy")),
            p->dateOfBirth.toString(QStringLiteral("yyyy-MM-dd")),
            p->dateOfBirth.toString(QStringLiteral("d.M.yyyy")),
            p->phone,                                 // as stored, spaces and all
            digits,                                   // without spaces
            national,                                 // national form
            QStringLiteral("+44 ") + national.mid(1), // international form
            p->familyName + QLatin1Char(' ')
                + p->dateOfBirth.toString(QStringLiteral("dd/MM/yyyy")),
        };
        for (const QString& q : queries) {
            const auto ids = idSet(search(q));
            EXPECT_TRUE(ids.count(p->id)) << q.toStdString() << " did not find patient " << p->id;
        }
    }
}

TEST_P(PatientSearchTest, results_equal_a_brute_force_filter_over_the_generated_patients)
{
    QList<QString> queries = {
        QStringLiteral("a"),
        QStringLiteral("m"),
        QStringLiteral("z"),
        QStringLiteral("Ø"),
        QStringLiteral("ł"),
        QStringLiteral("smith"),
        QStringLiteral("SMITH"),
        QStringLiteral("smi ol"),
        QStringLiteral("ol smi"),
        QStringLiteral("jones sarah"),
        QStringLiteral("sarah jones"),
        QStringLiteral("MÜLLER"),
        QStringLiteral("muller"),
        QStringLiteral("O'Brien"),
        QStringLiteral("obrien"),
        QStringLiteral("o brien"),
        QStringLiteral("smith-jones"),
        QStringLiteral("jones smith"),
        QStringLiteral("van der"),
        QStringLiteral("da silva"),
        QStringLiteral("nguyen"),
        QStringLiteral("Nguyễn"),
        QStringLiteral("lukasik"),
        QStringLiteral("Łukasz"),
        QStringLiteral("sondergaard"),
        QStringLiteral("Søren"),
        QStringLiteral("bob"),
        QStringLiteral("gosia"),
        QStringLiteral("siobhan"),
        QStringLiteral("zoe"),
        QStringLiteral("Zoë"),
        QStringLiteral("Jose\u0301"),
        QStringLiteral("ma ma"),
        QStringLiteral("a b"),
        QStringLiteral("khan mo"),
        QStringLiteral("07700 900"),
        QStringLiteral("07700900"),
        QStringLiteral("+44 7700 900"),
        QStringLiteral("0113 496"),
        QStringLiteral("020 7946 0"),
        QStringLiteral("7700"),
        QStringLiteral("447700"),
        QStringLiteral("1984"),
        QStringLiteral("12/03"),
        QStringLiteral("1970-01"),
        QStringLiteral("01.01.1980"),
        QStringLiteral("nobody-at-all"),
        QStringLiteral("qqqq"),
        // Leading terms matching more tokens than the term-driven plan takes (dates and phone
        // numbers begin with these), so the order-driven walks answer them.
        QStringLiteral("1"),
        QStringLiteral("0"),
        QStringLiteral("1 m"),
        QStringLiteral("0 s"),
    };
    // Dates of birth and phone numbers of real sampled patients, in every accepted form.
    for (std::size_t i = 0; i < generated.size(); i += 1013) {
        const Patient& p = generated[i];
        queries.append(p.dateOfBirth.toString(QStringLiteral("dd/MM/yyyy")));
        queries.append(p.dateOfBirth.toString(QStringLiteral("yyyy-MM-dd")));
        queries.append(p.phone);
        queries.append(QString(p.phone).remove(QLatin1Char(' ')));
        queries.append(SearchText::fold(p.familyName).left(4) + QLatin1Char(' ')
                       + p.givenName.left(1));
    }
    ASSERT_GE(queries.size(), 90);
    int nonEmpty = 0;
    for (const QString& q : queries) {
        SCOPED_TRACE(q.toStdString());
        const std::set<PatientId> expected = bruteForce(q);
        const auto rows = search(q);
        EXPECT_EQ(idSet(rows), expected);
        EXPECT_EQ(rows.size(), idSet(rows).size()) << "duplicate rows";
        PatientQuery countQuery;
        countQuery.searchText = q;
        EXPECT_EQ(std::size_t(*repository->count(countQuery)), expected.size());
        nonEmpty += expected.empty() ? 0 : 1;
        // The other sorts may take other query plans; they must find the same patients.
        EXPECT_EQ(idSet(search(q, PatientQuery::SortKey::Name, true)), expected);
        EXPECT_EQ(idSet(search(q, PatientQuery::SortKey::DateOfBirth)), expected);
        EXPECT_EQ(idSet(search(q, PatientQuery::SortKey::LastVisit, true)), expected);
    }
    EXPECT_GE(nonEmpty, queries.size() * 3 / 4)
        << "most queries should find someone, or the comparison says little";
}

TEST_P(PatientSearchTest, name_order_follows_the_name_sort_key_then_id)
{
    const auto rows = search(QString());
    ASSERT_EQ(rows.size(), std::size_t(PatientCount));
    for (std::size_t i = 1; i < rows.size(); ++i) {
        const QByteArray before = SearchText::nameSortKey(patient(rows[i - 1].id)).toUtf8();
        const QByteArray after = SearchText::nameSortKey(patient(rows[i].id)).toUtf8();
        ASSERT_TRUE(before < after || (before == after && rows[i - 1].id < rows[i].id))
            << "row " << i << ": " << before.toStdString() << " #" << rows[i - 1].id << " then "
            << after.toStdString() << " #" << rows[i].id;
    }
    auto descending = search(QString(), PatientQuery::SortKey::Name, true);
    std::reverse(descending.begin(), descending.end());
    EXPECT_EQ(descending, rows);
}

TEST_P(PatientSearchTest, search_results_are_in_name_order_too)
{
    for (const QString& q :
         {QStringLiteral("smith"), QStringLiteral("a"), QStringLiteral("07700")}) {
        const auto rows = search(q);
        ASSERT_FALSE(rows.empty()) << q.toStdString();
        for (std::size_t i = 1; i < rows.size(); ++i) {
            const QByteArray before = SearchText::nameSortKey(patient(rows[i - 1].id)).toUtf8();
            const QByteArray after = SearchText::nameSortKey(patient(rows[i].id)).toUtf8();
            ASSERT_TRUE(before < after || (before == after && rows[i - 1].id < rows[i].id))
                << q.toStdString() << " row " << i;
        }
    }
}

TEST_P(PatientSearchTest, search_results_follow_the_other_sort_keys)
{
    const auto byBirth = search(QStringLiteral("jones"), PatientQuery::SortKey::DateOfBirth, true);
    ASSERT_GT(byBirth.size(), 10u);
    for (std::size_t i = 1; i < byBirth.size(); ++i)
        EXPECT_GE(byBirth[i - 1].dateOfBirth, byBirth[i].dateOfBirth) << i;
    const auto byVisit = search(QStringLiteral("jones"), PatientQuery::SortKey::LastVisit);
    for (std::size_t i = 1; i < byVisit.size(); ++i) {
        if (byVisit[i - 1].lastVisitOn.isValid()) {
            EXPECT_TRUE(byVisit[i].lastVisitOn.isValid()
                        && byVisit[i - 1].lastVisitOn <= byVisit[i].lastVisitOn)
                << i;
        }
    }
    EXPECT_EQ(idSet(byBirth), idSet(byVisit));
}

TEST_P(PatientSearchTest, paging_through_a_search_matches_one_big_page)
{
    // A term matching thousands of patients and one matching a few dozen, in several orders.
    for (const QString& text : {QStringLiteral("a"), QStringLiteral("jones")}) {
        for (auto key : {PatientQuery::SortKey::Name, PatientQuery::SortKey::Phone}) {
            for (bool descending : {false, true}) {
                SCOPED_TRACE(::testing::Message() << text.toStdString() << " key " << int(key)
                                                  << " desc " << descending);
                const auto whole = search(text, key, descending);
                ASSERT_GT(whole.size(), 20u);
                std::vector<PatientSummary> paged;
                PatientQuery q;
                q.searchText = text;
                q.sortKey = key;
                q.descending = descending;
                q.limit = text.size() == 1 ? 250 : 7;
                for (q.offset = 0; q.offset < int(whole.size()) + q.limit; q.offset += q.limit) {
                    auto page = repository->list(q);
                    ASSERT_TRUE(page.ok());
                    paged.insert(paged.end(), page->begin(), page->end());
                }
                EXPECT_EQ(paged, whole);
            }
        }
    }
}

NEEDLECHART_ON_EVERY_BACKEND(PatientSearchTest);
