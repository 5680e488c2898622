// The repository (QtSql) against the raw sqlite3 C API running the same SQL on the same file,
// side by side. Both build the same domain values (Patient / PatientSummary), so the ratio is
// the price of the repository layer and QtSql, not of the data. See docs/performance.md.
#include "needlechart/domain/patients/SearchText.h"
#include "needlechart/storage/database/Database.h"
#include "needlechart/storage/patients/PatientRepository.h"

#include "BenchDatabase.h"

#include <benchmark/benchmark.h>
#include <sqlite3.h>

#include <random>

using namespace needlechart;

namespace {

constexpr int Patients = 100000;

const char* const GetSql = "SELECT id, family_name, given_name, preferred_name, date_of_birth, "
                           "sex, phone, email, address, "
                           "referrer, notes, last_visit_on, created_at, updated_at, row_version "
                           "FROM patient WHERE id = :id";

// What PatientRepository::list runs for a selective search sorted by name (its term-driven
// plan), with two of the four term slots in use.
const char* const SearchSql =
    "SELECT p.id, p.family_name, p.given_name, p.preferred_name, p.date_of_birth, p.phone, "
    "p.last_visit_on FROM patient p JOIN (SELECT DISTINCT t.name_sort_key, t.patient_id "
    "FROM patient_search_token t WHERE t.token >= :lo0 AND t.token < :hi0"
    " AND (:use1 = 0 OR EXISTS (SELECT 1 FROM patient_search_token u1 WHERE u1.patient_id = "
    "t.patient_id "
    "AND u1.token >= :lo1 AND u1.token < :hi1))"
    " AND (:use2 = 0 OR EXISTS (SELECT 1 FROM patient_search_token u2 WHERE u2.patient_id = "
    "t.patient_id "
    "AND u2.token >= :lo2 AND u2.token < :hi2))"
    " AND (:use3 = 0 OR EXISTS (SELECT 1 FROM patient_search_token u3 WHERE u3.patient_id = "
    "t.patient_id "
    "AND u3.token >= :lo3 AND u3.token < :hi3))"
    " ORDER BY t.name_sort_key ASC, t.patient_id ASC LIMIT :limit OFFSET :offset) m "
    "ON m.patient_id = p.id ORDER BY m.name_sort_key ASC, m.patient_id ASC";

// The repository first checks that the leading term is selective; the raw side does too.
const char* const ProbeSql =
    "SELECT COUNT(*) FROM (SELECT 1 FROM patient_search_token WHERE token >= :lo AND token < :hi "
    "LIMIT :cap) probe";

QString columnText(sqlite3_stmt* stmt, int column)
{
    const auto* data = reinterpret_cast<const char16_t*>(sqlite3_column_text16(stmt, column));
    const int bytes = sqlite3_column_bytes16(stmt, column);
    return data ? QString::fromUtf16(data, bytes / 2) : QString();
}

struct Raw {
    sqlite3* db = nullptr;
    explicit Raw(const QString& path)
    {
        sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE, nullptr);
        sqlite3_exec(
            db,
            "PRAGMA journal_mode = WAL; PRAGMA foreign_keys = ON; PRAGMA synchronous = FULL; "
            "PRAGMA cache_size = -16384;",
            nullptr, nullptr, nullptr);
    }
    ~Raw() { sqlite3_close(db); }
    Raw(const Raw&) = delete;
    Raw& operator=(const Raw&) = delete;
};

std::vector<qint64> randomIds(int n)
{
    std::mt19937 rng(5);
    std::uniform_int_distribution<qint64> id(1, Patients);
    std::vector<qint64> ids(std::size_t(n), 0);
    for (auto& value : ids)
        value = id(rng);
    return ids;
}

const QStringList SearchQueries = {
    QStringLiteral("smith ol"), QStringLiteral("patel a"),  QStringLiteral("muller j"),
    QStringLiteral("garcia m"), QStringLiteral("jones da"), QStringLiteral("nguyen l"),
};

void BM_Get_Repository(benchmark::State& state)
{
    auto db = Database::open(bench::generatedDatabase(Patients));
    if (!db.ok()) {
        state.SkipWithError("could not open the generated database");
        return;
    }
    PatientRepository repo(**db);
    const auto ids = randomIds(4096);
    std::size_t i = 0;
    for (auto _ : state) {
        auto p = repo.get(ids[i++ % ids.size()]);
        benchmark::DoNotOptimize(p);
    }
}
BENCHMARK(BM_Get_Repository)->Unit(benchmark::kMicrosecond);

void BM_Get_RawSqlite(benchmark::State& state)
{
    Raw raw(bench::generatedDatabase(Patients));
    const auto ids = randomIds(4096);
    std::size_t i = 0;
    // Prepared once and reset per call, as the repository keeps its statements.
    sqlite3_stmt* stmt = nullptr;
    sqlite3_prepare_v2(raw.db, GetSql, -1, &stmt, nullptr);
    for (auto _ : state) {
        sqlite3_reset(stmt);
        sqlite3_bind_int64(stmt, 1, ids[i++ % ids.size()]);
        Patient p;
        if (sqlite3_step(stmt) == SQLITE_ROW) {
            p.id = sqlite3_column_int64(stmt, 0);
            p.familyName = columnText(stmt, 1);
            p.givenName = columnText(stmt, 2);
            p.preferredName = columnText(stmt, 3);
            p.dateOfBirth = QDate::fromString(columnText(stmt, 4), Qt::ISODate);
            p.sex = sexFromKey(columnText(stmt, 5)).value_or(Sex::NotStated);
            p.phone = columnText(stmt, 6);
            p.email = columnText(stmt, 7);
            p.address = columnText(stmt, 8);
            p.referrer = columnText(stmt, 9);
            p.notes = columnText(stmt, 10);
            p.lastVisitOn = QDate::fromString(columnText(stmt, 11), Qt::ISODate);
            p.createdAt = QDateTime::fromString(columnText(stmt, 12), Qt::ISODateWithMs);
            p.updatedAt = QDateTime::fromString(columnText(stmt, 13), Qt::ISODateWithMs);
            p.rowVersion = sqlite3_column_int64(stmt, 14);
        }
        benchmark::DoNotOptimize(p);
    }
    sqlite3_finalize(stmt);
}
BENCHMARK(BM_Get_RawSqlite)->Unit(benchmark::kMicrosecond);

void BM_Search_Repository(benchmark::State& state)
{
    auto db = Database::open(bench::generatedDatabase(Patients));
    if (!db.ok()) {
        state.SkipWithError("could not open the generated database");
        return;
    }
    PatientRepository repo(**db);
    qsizetype i = 0;
    for (auto _ : state) {
        PatientQuery query;
        query.searchText = SearchQueries.at(i++ % SearchQueries.size());
        auto rows = repo.list(query);
        benchmark::DoNotOptimize(rows);
    }
}
BENCHMARK(BM_Search_Repository)->Unit(benchmark::kMicrosecond);

void BM_Search_RawSqlite(benchmark::State& state)
{
    Raw raw(bench::generatedDatabase(Patients));
    static const QString highest = QString::fromUcs4(U"\U0010FFFF", 1);
    sqlite3_stmt* probe = nullptr;
    sqlite3_prepare_v2(raw.db, ProbeSql, -1, &probe, nullptr);
    sqlite3_stmt* stmt = nullptr;
    sqlite3_prepare_v2(raw.db, SearchSql, -1, &stmt, nullptr);
    qsizetype i = 0;
    for (auto _ : state) {
        const QStringList terms =
            SearchText::queryTerms(SearchQueries.at(i++ % SearchQueries.size()));
        auto bindText = [](sqlite3_stmt* statement, const char* name, const QString& value) {
            const QByteArray utf8 = value.toUtf8();
            sqlite3_bind_text(statement, sqlite3_bind_parameter_index(statement, name),
                              utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
        };
        sqlite3_reset(probe);
        bindText(probe, ":lo", terms.at(0));
        bindText(probe, ":hi", terms.at(0) + highest);
        sqlite3_bind_int(probe, sqlite3_bind_parameter_index(probe, ":cap"), 15000);
        sqlite3_step(probe);
        benchmark::DoNotOptimize(sqlite3_column_int(probe, 0));

        sqlite3_reset(stmt);
        static const char* const lo[] = {":lo0", ":lo1", ":lo2", ":lo3"};
        static const char* const hi[] = {":hi0", ":hi1", ":hi2", ":hi3"};
        static const char* const use[] = {nullptr, ":use1", ":use2", ":use3"};
        for (int t = 0; t < 4; ++t) {
            const QString term = t < terms.size() ? terms.at(t) : QString();
            bindText(stmt, lo[t], term);
            bindText(stmt, hi[t], term + highest);
            if (t > 0)
                sqlite3_bind_int(stmt, sqlite3_bind_parameter_index(stmt, use[t]),
                                 t < terms.size() ? 1 : 0);
        }
        sqlite3_bind_int(stmt, sqlite3_bind_parameter_index(stmt, ":limit"), 200);
        sqlite3_bind_int(stmt, sqlite3_bind_parameter_index(stmt, ":offset"), 0);
        std::vector<PatientSummary> rows;
        rows.reserve(200);
        while (sqlite3_step(stmt) == SQLITE_ROW) {
            PatientSummary s;
            s.id = sqlite3_column_int64(stmt, 0);
            s.familyName = columnText(stmt, 1);
            s.givenName = columnText(stmt, 2);
            s.preferredName = columnText(stmt, 3);
            s.dateOfBirth = QDate::fromString(columnText(stmt, 4), Qt::ISODate);
            s.phone = columnText(stmt, 5);
            s.lastVisitOn = QDate::fromString(columnText(stmt, 6), Qt::ISODate);
            rows.push_back(std::move(s));
        }
        benchmark::DoNotOptimize(rows);
    }
    sqlite3_finalize(probe);
    sqlite3_finalize(stmt);
}
BENCHMARK(BM_Search_RawSqlite)->Unit(benchmark::kMicrosecond);

} // namespace
