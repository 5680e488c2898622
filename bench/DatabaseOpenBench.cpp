// What opening the clinic database costs, and what a whole-file check would add to it, on the
// generated 100,000-patient file (issue 12, defect 5: decide with the figure whether to check
// every page on open). See docs/performance.md, section 10.
#include "needlechart/storage/database/Database.h"
#include "needlechart/storage/database/DatabaseCheck.h"
#include "needlechart/storage/database/DatabaseInspector.h"

#include "BenchDatabase.h"

#include <benchmark/benchmark.h>

using namespace needlechart;

namespace {

constexpr int Patients = 100000;

// Database::open as the app does it: inspection (header, log, schema), WAL set-up, migrations
// (none left to run), and closing again.
void BM_OpenDatabase(benchmark::State& state)
{
    const QString path = bench::generatedDatabase(Patients);
    for (auto _ : state) {
        auto db = Database::open(path);
        if (!db.ok())
            state.SkipWithError("cannot open");
        benchmark::DoNotOptimize(db);
    }
}
BENCHMARK(BM_OpenDatabase)->Unit(benchmark::kMillisecond);

// The inspection alone: what judging a file before opening it costs.
void BM_InspectDatabase(benchmark::State& state)
{
    const QString path = bench::generatedDatabase(Patients);
    for (auto _ : state) {
        auto inspected = DatabaseInspector::inspect(path, 5000);
        if (!inspected.ok())
            state.SkipWithError("cannot inspect");
        benchmark::DoNotOptimize(inspected);
    }
}
BENCHMARK(BM_InspectDatabase)->Unit(benchmark::kMillisecond);

// PRAGMA quick_check over every page: what a check on open would add to every start.
void BM_QuickCheckWholeFile(benchmark::State& state)
{
    const QString path = bench::generatedDatabase(Patients);
    for (auto _ : state) {
        const Status checked = DatabaseCheck::quickCheck(path);
        if (!checked.ok())
            state.SkipWithError("the check failed");
    }
}
BENCHMARK(BM_QuickCheckWholeFile)->Unit(benchmark::kMillisecond)->Iterations(5);

} // namespace
