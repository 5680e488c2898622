// Patient import (issue 19), see docs/performance.md section 15: a 10,000-row patient list as
// another practice system exports it (Windows-1252, semicolons, German headings, day-first
// dates; another size with NEEDLECHART_BENCH_IMPORT_ROWS) brought into a clinic that already has
// 20,000 patients (BenchDatabase's generated clinic), through PatientImportService as the wizard
// and `needlechart admin import-patients` use it:
//   read   decoding, delimiter detection and CSV parsing of the file's bytes;
//   check  every row made a patient and validated, possible duplicates looked up;
//   run    every row registered with its audit row in one transaction;
//   whole  the three, what a person waits for after choosing the file.
// `run` and `whole` work on a fresh copy of the clinic file each iteration (copied untimed), so
// every iteration registers the same 10,000 patients into the same 20,000. Given
// NEEDLECHART_TEST_POSTGRES_TCP, `whole` also runs into an empty clinic server database.
#include "needlechart/domain/bodymap/MuscleCatalogue.h"
#include "needlechart/domain/common/FixedClock.h"
#include "needlechart/services/common/ClinicServices.h"
#include "needlechart/services/transfer/PatientImportService.h"
#include "needlechart/storage/database/Database.h"

#include "BenchDatabase.h"
#include "BenchServer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <benchmark/benchmark.h>
#include <spdlog/spdlog.h>

#include <cstdio>
#include <memory>
#include <random>

using namespace needlechart;

namespace {

constexpr int ClinicPatients = 20000;
constexpr int DefaultRows = 10000;
const QString ServerDatabase = QStringLiteral("needlechart_bench_import");
const QDateTime Now(QDate(2026, 12, 4), QTime(9, 0), Qt::UTC);

int rowCount()
{
    bool ok = false;
    const int wanted = qEnvironmentVariableIntValue("NEEDLECHART_BENCH_IMPORT_ROWS", &ok);
    return ok && wanted > 0 ? wanted : DefaultRows;
}

const int Rows = rowCount();

User importer()
{
    return User{QStringLiteral("desk"), QStringLiteral("Front Desk"), StaffRole::FrontDesk, 0};
}

// The file's bytes: made-up names from short lists, every field a practice system keeps, a few
// rows with a quoted address holding the delimiter. Windows-1252 (the umlauts as single bytes).
const QByteArray& csvBytes()
{
    static const QByteArray bytes = [] {
        const QStringList family = {
            QStringLiteral("Müller"),   QStringLiteral("Schmidt"), QStringLiteral("Schneider"),
            QStringLiteral("Fischer"),  QStringLiteral("Weber"),   QStringLiteral("Meyer"),
            QStringLiteral("Wagner"),   QStringLiteral("Becker"),  QStringLiteral("Schulz"),
            QStringLiteral("Hoffmann"), QStringLiteral("Koch"),    QStringLiteral("Bauer"),
            QStringLiteral("Richter"),  QStringLiteral("Klein"),   QStringLiteral("Wolf"),
            QStringLiteral("Schröder"), QStringLiteral("Neumann"), QStringLiteral("Zimmermann")};
        const QStringList given = {
            QStringLiteral("Anna"),  QStringLiteral("Jürgen"), QStringLiteral("Lena"),
            QStringLiteral("Felix"), QStringLiteral("Sophie"), QStringLiteral("Lukas"),
            QStringLiteral("Marie"), QStringLiteral("Jonas"),  QStringLiteral("Emma"),
            QStringLiteral("Paul"),  QStringLiteral("Mia"),    QStringLiteral("Ben")};
        std::mt19937 rng(19);
        const auto pick = [&rng](const QStringList& list) -> const QString& {
            return list.at(std::uniform_int_distribution<int>(0, int(list.size()) - 1)(rng));
        };
        QString text = QStringLiteral(
            "Nachname;Vorname;Geburtsdatum;Geschlecht;Telefon;E-Mail;Anschrift;Hausarzt\r\n");
        for (int i = 0; i < Rows; ++i) {
            const QDate born =
                QDate(1940, 1, 1).addDays(std::uniform_int_distribution<int>(0, 365 * 65)(rng));
            const QString name = pick(family) + QString::number(i);
            text += name + QLatin1Char(';') + pick(given) + QLatin1Char(';')
                    + born.toString(QStringLiteral("dd.MM.yyyy")) + QLatin1Char(';')
                    + (i % 2 ? QStringLiteral("w") : QStringLiteral("m")) + QLatin1Char(';')
                    + QStringLiteral("030 %1").arg(1000000 + i) + QLatin1Char(';')
                    + QStringLiteral("p%1@example.org").arg(i) + QLatin1Char(';')
                    + (i % 10 == 0 ? QStringLiteral("\"Hauptstraße %1; 10115 Berlin\"").arg(i)
                                   : QStringLiteral("Hauptstraße %1, 10115 Berlin").arg(i))
                    + QLatin1Char(';') + QStringLiteral("Dr. Keller") + QStringLiteral("\r\n");
        }
        return text.toLatin1();
    }();
    return bytes;
}

struct Prepared {
    PatientImportService::Source source;
    PatientImport::Mapping mapping;
};

const Prepared& prepared()
{
    static const Prepared once = [] {
        auto source = PatientImportService::read(csvBytes());
        if (!source) {
            std::fprintf(stderr, "the generated file cannot be read\n");
            std::abort();
        }
        const PatientImport::Mapping mapping = PatientImport::guessMapping(source->table);
        return Prepared{std::move(*source), mapping};
    }();
    return once;
}

// A fresh copy of the generated 20,000-patient clinic, opened with its services.
struct OpenClinic {
    FixedClock clock{Now};
    std::unique_ptr<ClinicServices> services;
};

std::unique_ptr<OpenClinic> freshClinicCopy(const QString& path)
{
    const QString source = bench::generatedDatabase(ClinicPatients);
    QFile::remove(path);
    if (!QFile::copy(source, path))
        return nullptr;
    auto clinic = std::make_unique<OpenClinic>();
    auto services = ClinicServices::openFile(path, clinic->clock, MuscleCatalogue::builtIn());
    if (!services)
        return nullptr;
    clinic->services = std::move(*services);
    return clinic;
}

QString copyPath()
{
    return QDir(QDir::temp().filePath(QStringLiteral("needlechart-bench")))
        .filePath(QStringLiteral("import-copy.db"));
}

void BM_ImportRead(benchmark::State& state)
{
    for (auto _ : state) {
        auto source = PatientImportService::read(csvBytes());
        benchmark::DoNotOptimize(source);
    }
    state.counters["rows"] = Rows;
    state.SetBytesProcessed(int64_t(state.iterations()) * csvBytes().size());
}

void BM_ImportCheck(benchmark::State& state)
{
    auto clinic = freshClinicCopy(copyPath());
    if (!clinic) {
        state.SkipWithError("cannot copy the generated clinic");
        return;
    }
    for (auto _ : state) {
        auto check = clinic->services->patientImport().check(prepared().source.table,
                                                             prepared().mapping, importer());
        if (!check || check->readyCount() != Rows) {
            state.SkipWithError("the check failed");
            return;
        }
    }
    state.counters["rows"] = Rows;
}

// `whole`: false for run alone (read and check untimed), true for read + check + run.
void importIntoCopy(benchmark::State& state, bool whole)
{
    for (auto _ : state) {
        state.PauseTiming();
        auto clinic = freshClinicCopy(copyPath());
        if (!clinic) {
            state.SkipWithError("cannot copy the generated clinic");
            return;
        }
        PatientImportService& service = clinic->services->patientImport();
        std::optional<PatientImportService::Check> check;
        if (!whole) {
            auto checked = service.check(prepared().source.table, prepared().mapping, importer());
            if (checked)
                check = std::move(*checked);
        }
        state.ResumeTiming();
        if (whole) {
            auto source = PatientImportService::read(csvBytes());
            auto checked =
                source ? service.check(source->table, PatientImport::guessMapping(source->table),
                                       importer())
                       : Result<PatientImportService::Check>(source.error());
            if (checked)
                check = std::move(*checked);
        }
        if (!check) {
            state.SkipWithError("the check failed");
            return;
        }
        auto outcome = service.run(*check, {}, importer());
        if (!outcome || outcome->registered != Rows) {
            state.SkipWithError("the import failed");
            return;
        }
        state.PauseTiming();
        clinic.reset();
        QFile::remove(copyPath());
        state.ResumeTiming();
    }
    state.counters["rows"] = Rows;
}

void BM_ImportRun(benchmark::State& state)
{
    importIntoCopy(state, false);
}

void BM_ImportWhole(benchmark::State& state)
{
    importIntoCopy(state, true);
}

// The whole import into an empty clinic server database, made afresh each iteration (untimed).
void BM_ImportWholeServer(benchmark::State& state)
{
    for (auto _ : state) {
        state.PauseTiming();
        bench::adminExec(qPrintable(QStringLiteral("DROP DATABASE IF EXISTS ") + ServerDatabase));
        bench::adminExec(qPrintable(QStringLiteral("CREATE DATABASE ") + ServerDatabase));
        auto db = bench::openServer(ServerDatabase, true);
        if (!db) {
            state.SkipWithError("cannot open the server database");
            return;
        }
        FixedClock clock{Now};
        auto services = std::make_unique<ClinicServices>(*db, clock, MuscleCatalogue::builtIn());
        state.ResumeTiming();
        auto source = PatientImportService::read(csvBytes());
        if (!source) {
            state.SkipWithError("the file cannot be read");
            return;
        }
        auto check = services->patientImport().check(
            source->table, PatientImport::guessMapping(source->table), importer());
        auto outcome = check ? services->patientImport().run(*check, {}, importer())
                             : Result<PatientImportService::Outcome>(check.error());
        if (!outcome || outcome->registered != Rows) {
            state.SkipWithError("the import failed");
            return;
        }
        state.PauseTiming();
        services.reset();
        db.reset();
        state.ResumeTiming();
    }
    state.counters["rows"] = Rows;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    spdlog::set_level(spdlog::level::warn);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RegisterBenchmark("BM_Import/read", BM_ImportRead)->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark("BM_Import/sqlite/check", BM_ImportCheck)
        ->Unit(benchmark::kMillisecond)
        ->UseRealTime();
    benchmark::RegisterBenchmark("BM_Import/sqlite/run", BM_ImportRun)
        ->Unit(benchmark::kMillisecond)
        ->UseRealTime()
        ->Iterations(3);
    benchmark::RegisterBenchmark("BM_Import/sqlite/whole", BM_ImportWhole)
        ->Unit(benchmark::kMillisecond)
        ->UseRealTime()
        ->Iterations(3);
    if (!bench::serverBase().isEmpty())
        benchmark::RegisterBenchmark("BM_Import/postgresql/whole", BM_ImportWholeServer)
            ->Unit(benchmark::kMillisecond)
            ->UseRealTime()
            ->Iterations(3);
    else
        std::fprintf(stderr, "NEEDLECHART_TEST_POSTGRES_TCP is not set: SQLite only.\n");
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
