// Search as the patient list runs it on every keystroke: the first page (200 rows, by name); a
// page that is not full is its own count, and a full one is counted once typing pauses
// (PatientListModel::setCountDelay), reported apart as count_*, over a generated 100,000-patient
// database. Reports p50/p90/p99 per keystroke as counters; see docs/performance.md.
#include "needlechart/services/demo/DemoClinic.h"
#include "needlechart/storage/database/Database.h"
#include "needlechart/storage/patients/PatientRepository.h"

#include "BenchDatabase.h"

#include <QStringList>

#include <benchmark/benchmark.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <random>

using namespace needlechart;

namespace {

constexpr int Patients = 100000;

QString asTyped(const QString& name)
{
    // Receptionists type names in lower case and without accents.
    QString out;
    for (QChar c : name.normalized(QString::NormalizationForm_KD)) {
        if (c.unicode() < 128)
            out.append(c.toLower());
    }
    return out;
}

// Every prefix of what a receptionist types to find one of 300 patients: "surname g...",
// "dd/mm/yyyy" or a phone number, one character at a time.
QStringList keystrokes()
{
    const std::vector<Patient> people = DemoClinic::generatePatients(2000, 7, QDate(2026, 11, 24));
    std::mt19937 rng(11);
    QStringList typed;
    for (int i = 0; i < 300; ++i) {
        const Patient& p = people[std::size_t(i)];
        QString text;
        switch (i % 5) {
        case 0: text = p.dateOfBirth.toString(QStringLiteral("dd/MM/yyyy")); break;
        case 1: text = p.phone; break;
        case 2:
            text = asTyped(p.givenName) + QLatin1Char(' ') + asTyped(p.familyName).left(4);
            break;
        default:
            text = asTyped(p.familyName) + QLatin1Char(' ') + asTyped(p.givenName).left(3);
            break;
        }
        for (int n = 1; n <= text.size(); ++n)
            typed.append(text.left(n));
    }
    return typed;
}

struct Fixture {
    std::unique_ptr<Database> db;
    std::unique_ptr<PatientRepository> repo;
    QStringList typed;

    static Fixture& instance()
    {
        static Fixture f = [] {
            Fixture x;
            auto opened = Database::open(bench::generatedDatabase(Patients));
            if (opened.ok()) {
                x.db = std::move(opened).value();
                x.repo = std::make_unique<PatientRepository>(*x.db);
            }
            x.typed = keystrokes();
            return x;
        }();
        return f;
    }
};

// What PatientListModel does for one keystroke.
bool searchOnce(PatientRepository& repo, const QString& text)
{
    PatientQuery query;
    query.searchText = text;
    query.limit = 200;
    auto rows = repo.list(query);
    benchmark::DoNotOptimize(rows);
    if (!rows.ok()) {
        std::fprintf(stderr, "search for \"%s\" failed: %s\n", qPrintable(text),
                     qPrintable(rows.error().message));
        return false;
    }
    return true;
}

void BM_SearchPerKeystroke(benchmark::State& state)
{
    Fixture& f = Fixture::instance();
    if (!f.repo) {
        state.SkipWithError("could not open the generated database");
        return;
    }
    // One pass timing every keystroke, for the percentiles.
    std::vector<double> micros;
    micros.reserve(std::size_t(f.typed.size()));
    for (const QString& text : f.typed) {
        const auto start = std::chrono::steady_clock::now();
        searchOnce(*f.repo, text);
        micros.push_back(
            std::chrono::duration<double, std::micro>(std::chrono::steady_clock::now() - start)
                .count());
    }
    std::sort(micros.begin(), micros.end());
    auto pct = [&micros](double p) { return micros[std::size_t(p * double(micros.size() - 1))]; };

    qsizetype i = 0;
    for (auto _ : state) {
        if (!searchOnce(*f.repo, f.typed.at(i))) {
            state.SkipWithError("search failed");
            return;
        }
        i = (i + 1) % f.typed.size();
    }
    state.counters["keystrokes"] = double(f.typed.size());
    state.counters["p50_us"] = pct(0.50);
    state.counters["p90_us"] = pct(0.90);
    state.counters["p99_us"] = pct(0.99);
    state.counters["max_us"] = micros.back();

    // The deferred count, for the keystrokes whose first page was full.
    std::vector<double> countMicros;
    for (const QString& text : f.typed) {
        PatientQuery query;
        query.searchText = text;
        query.limit = 200;
        auto rows = f.repo->list(query);
        if (!rows.ok() || int(rows->size()) < query.limit)
            continue;
        const auto start = std::chrono::steady_clock::now();
        auto count = f.repo->count(query);
        countMicros.push_back(
            std::chrono::duration<double, std::micro>(std::chrono::steady_clock::now() - start)
                .count());
        benchmark::DoNotOptimize(count);
    }
    std::sort(countMicros.begin(), countMicros.end());
    if (!countMicros.empty()) {
        state.counters["counted_keystrokes"] = double(countMicros.size());
        state.counters["count_p50_us"] = countMicros[countMicros.size() / 2];
        state.counters["count_p90_us"] = countMicros[countMicros.size() * 9 / 10];
    }
}
BENCHMARK(BM_SearchPerKeystroke)->Unit(benchmark::kMicrosecond);

void BM_FirstPageUnfiltered(benchmark::State& state)
{
    Fixture& f = Fixture::instance();
    if (!f.repo) {
        state.SkipWithError("could not open the generated database");
        return;
    }
    for (auto _ : state)
        searchOnce(*f.repo, QString());
}
BENCHMARK(BM_FirstPageUnfiltered)->Unit(benchmark::kMicrosecond);

} // namespace
