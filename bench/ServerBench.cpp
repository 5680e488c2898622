// PostgreSQL beside SQLite (issue 13), see docs/performance.md section 11. Every figure is
// taken on both back ends in one run, on the same generated data: the SQLite files are copied
// once into databases on the server named by NEEDLECHART_TEST_POSTGRES_TCP (TCP loopback) with
// DatabaseCopy, and those copies are reused by later runs.
//  - search as you type on 100,000 patients, p50/p99 per keystroke (PatientSearchBench's list);
//  - opening a patient with 200 signed sessions / 6,000 points (SessionBench's BM_OpenPatient_*);
//  - saving a 30-point draft through SessionRepository against raw libpq running the same
//    statements with the same values (and, on SQLite, the repository alone: the raw sqlite3
//    side is session_bench's);
//  - statements sent to the server per user action, counted in the server's own log;
//  - how soon a booking made at one workstation reaches another's ChangeNotifier.
// Without NEEDLECHART_TEST_POSTGRES_TCP it says so and exits 0.
#include "needlechart/domain/appointments/Appointment.h"
#include "needlechart/domain/bodymap/MuscleCatalogue.h"
#include "needlechart/domain/common/FixedClock.h"
#include "needlechart/domain/common/SystemClock.h"
#include "needlechart/domain/common/User.h"
#include "needlechart/domain/consent/Consent.h"
#include "needlechart/domain/consent/Screening.h"
#include "needlechart/domain/session/Session.h"
#include "needlechart/services/appointments/AppointmentService.h"
#include "needlechart/services/clinic/ClinicService.h"
#include "needlechart/services/common/ChangeNotifier.h"
#include "needlechart/services/common/ClinicServices.h"
#include "needlechart/services/common/ServerLink.h"
#include "needlechart/services/consent/ConsentService.h"
#include "needlechart/services/demo/DemoClinic.h"
#include "needlechart/services/session/SessionService.h"
#include "needlechart/storage/accounts/AccountRepository.h"
#include "needlechart/storage/backends/ServerAddress.h"
#include "needlechart/storage/database/Database.h"
#include "needlechart/storage/database/DatabaseCopy.h"
#include "needlechart/storage/database/SqlValues.h"
#include "needlechart/storage/database/Transaction.h"
#include "needlechart/storage/patients/PatientRepository.h"
#include "needlechart/storage/session/SessionRepository.h"

#include "BenchDatabase.h"
#include "BenchServer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QStringList>
#include <QTemporaryDir>
#include <QThread>

#include <benchmark/benchmark.h>
#include <libpq-fe.h>
#include <spdlog/spdlog.h>

#include <algorithm>
#include <array>
#include <chrono>
#include <cstdio>
#include <functional>
#include <map>
#include <memory>
#include <random>
#include <vector>

using namespace needlechart;

namespace {

constexpr int Patients = 100000;

// Charts, and keeps the book's clinicians and rooms (an admin's permission).
const User Author{QStringLiteral("amorgan"),
                  QStringLiteral("Alex Morgan"),
                  {StaffRole::Clinician, StaffRole::Admin}};

const QDateTime SaveTime(QDate(2026, 11, 24), QTime(10, 30), Qt::UTC);

QString benchDir()
{
    QString dir = qEnvironmentVariable("NEEDLECHART_BENCH_DIR");
    if (dir.isEmpty())
        dir = QDir::temp().filePath(QStringLiteral("needlechart-bench"));
    QDir().mkpath(dir);
    return dir;
}

// The server helpers (serverBase, openServer, ensureServerCopy, ...) are in BenchServer.h.
using bench::adminExec;
using bench::countRows;
using bench::databaseExists;
using bench::ensureServerCopy;
using bench::openServer;
using bench::serverAddressOf;
using bench::serverBase;

// ---------------------------------------------------------------------------------------------
// Realistic session notes, as SessionBench.cpp writes them (copied from there).

const QList<Muscle>& bilateralMuscles()
{
    static const QList<Muscle> muscles = [] {
        QList<Muscle> out;
        for (const Muscle& m : MuscleCatalogue::builtIn().all()) {
            if (m.bilateral)
                out.append(m);
        }
        return out;
    }();
    return muscles;
}

template <typename E>
E pick(std::mt19937& rng, std::initializer_list<E> values)
{
    std::uniform_int_distribution<std::size_t> index(0, values.size() - 1);
    return *(values.begin() + std::ptrdiff_t(index(rng)));
}

int between(std::mt19937& rng, int lo, int hi)
{
    return std::uniform_int_distribution<int>(lo, hi)(rng);
}

TriggerPoint fullPoint(std::mt19937& rng, const Muscle& muscle, BodySide side)
{
    const BodyView view =
        muscle.isVisibleIn(BodyView::Posterior)
            ? (muscle.isVisibleIn(BodyView::Anterior) && between(rng, 0, 1) ? BodyView::Anterior
                                                                            : BodyView::Posterior)
            : BodyView::Anterior;
    std::uniform_real_distribution<double> unit(0.02, 0.98);
    TriggerPoint point(0, view, muscle.id, side, QPointF(unit(rng), unit(rng)));
    PointFindings& f = point.findings;
    f.activity = pick(rng, {PointActivity::Active, PointActivity::Active, PointActivity::Latent});
    f.twitch = pick(rng, {TwitchResponse::None, TwitchResponse::Single, TwitchResponse::Multiple});
    f.twitchCount = f.twitch == TwitchResponse::Multiple ? between(rng, 2, 6) : 0;
    f.painReproduced = f.activity == PointActivity::Active;
    f.referredPatternReproduced = f.painReproduced && between(rng, 0, 1) == 1;
    f.depthMm = between(rng, 8, 55);
    f.technique = pick(rng, {NeedlingTechnique::FastInFastOut, NeedlingTechnique::Pistoning,
                             NeedlingTechnique::Static});
    f.retentionSeconds =
        f.technique == NeedlingTechnique::Static ? between(rng, 4, 20) * 30 : between(rng, 5, 30);
    f.needleGaugeMm = pick(rng, {0.25, 0.30});
    f.needleLengthMm = pick(rng, {30, 40, 50});
    f.notes = pick(rng, {QStringLiteral("Pincer grip, needle directed away from the lung."),
                         QStringLiteral("Flat palpation; local twitch on the second pass."),
                         QStringLiteral("Tender band, referral reproduced into the usual area."),
                         QStringLiteral("Patient tolerated well.")});
    return point;
}

Session fullSession(std::mt19937& rng, PatientId patientId, const QDateTime& treatedAt,
                    const std::vector<std::pair<Muscle, BodySide>>& usual, int points,
                    int adverseEvents)
{
    const QList<Muscle>& muscles = bilateralMuscles();
    Session s;
    s.patientId = patientId;
    s.treatedAt = treatedAt;
    s.clinician = Author.displayName;
    s.clinicianLogin = Author.login;
    s.presentingComplaint =
        QStringLiteral("Right-sided neck and shoulder pain, worse at the desk and on "
                       "turning the head; headache behind the right eye by evening.");
    s.positions = {pick(rng, {PatientPosition::Prone, PatientPosition::Prone,
                              PatientPosition::SideLyingLeft, PatientPosition::Supine})};
    s.painBefore = between(rng, 4, 8);
    s.painAfter = std::max(0, *s.painBefore - between(rng, 1, 4));
    for (int i = 0; i < points; ++i) {
        if (!usual.empty() && between(rng, 0, 3) != 0) {
            const auto& [muscle, side] =
                usual.at(std::size_t(between(rng, 0, int(usual.size()) - 1)));
            s.points.add(fullPoint(rng, muscle, side));
        } else {
            const Muscle& muscle = muscles.at(between(rng, 0, int(muscles.size()) - 1));
            s.points.add(fullPoint(rng, muscle, pick(rng, {BodySide::Left, BodySide::Right})));
        }
    }
    s.needles = {NeedleUse{0.30, 40, QStringLiteral("LOT-2291A"), 18, 18},
                 NeedleUse{0.25, 30, QStringLiteral("LOT-1187C"), 12, 12}};
    s.needleCountNote = QStringLiteral("Counted out with the patient.");
    s.soreness = between(rng, 1, 5);
    s.bruising = BruisingGrade::Minor;
    s.bruisingSite = QStringLiteral("Right upper trapezius");
    s.tiredness = between(rng, 0, 3) == 0;
    s.otherCare = {
        OtherCare{OtherCareKind::SoftTissue, QStringLiteral("Ischaemic compression, 5 min")},
        OtherCare{OtherCareKind::Stretching, QStringLiteral("Upper trapezius, 3 x 30 s")},
        OtherCare{OtherCareKind::RehabExercises, QStringLiteral("Chin tucks, 10 x 3 daily")}};
    const std::array<AdverseEvent, 2> events{
        AdverseEvent{AdverseEventKind::Bruising, AdverseEventGrade::Mild,
                     QStringLiteral("Small bruise"), QStringLiteral("Pressure applied"), QString()},
        AdverseEvent{AdverseEventKind::PainAfter, AdverseEventGrade::Significant,
                     QStringLiteral("Marked soreness the next day, limited work"),
                     QStringLiteral("Advised heat and paracetamol; phoned the next day"),
                     QStringLiteral("Review at next visit")}};
    for (int i = 0; i < adverseEvents; ++i)
        s.adverseEvents.append(events.at(std::size_t(i)));
    s.advice =
        QStringLiteral("Soreness may last 24-48 h; heat; keep moving; warning signs explained.");
    s.followUp = QStringLiteral("Review in 7 days");
    return s;
}

// The note every save writes: 30 points, 2 needle rows, 3 care rows, 2 events.
Session saveSample(PatientId patientId)
{
    std::mt19937 rng(4);
    std::vector<std::pair<Muscle, BodySide>> usual;
    for (const char* id :
         {"upper_trapezius", "levator_scapulae", "infraspinatus", "splenius_capitis"}) {
        if (const Muscle* m = MuscleCatalogue::builtIn().find(QString::fromLatin1(id)))
            usual.emplace_back(*m, BodySide::Right);
    }
    return fullSession(rng, patientId, QDateTime(QDate(2026, 11, 24), QTime(9, 40), Qt::UTC), usual,
                       30, 2);
}

// ---------------------------------------------------------------------------------------------
// The clinic with a 200-session patient: SessionBench's generator (same seed and dates).

constexpr int ChartPatients = 100;
constexpr PatientId HeavyPatient = 1;
constexpr int HeavySessions = 200;
constexpr int PointsPerSession = 30;

struct PlannedSession {
    QDateTime treatedAt;
    PatientId patientId = 0;
};

bool generateChartDatabase(const QString& path)
{
    QFile::remove(path);
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    auto db = Database::open(path);
    if (!db.ok())
        return false;
    const QDateTime now(QDate(2026, 11, 24), QTime(9, 0), Qt::UTC);
    {
        PatientRepository patients(**db);
        if (!patients.ensureSearchIndex().ok()
            || !DemoClinic::populate(**db, patients, ChartPatients, 20261124, now).ok())
            return false;
    }
    std::mt19937 rng(20261124);
    std::vector<PlannedSession> plan;
    const QDateTime first = now.addDays(-4 * 365);
    for (int i = 0; i < HeavySessions; ++i) {
        const QDate day =
            first.date().addDays(qint64(i) * 4 * 365 / HeavySessions + between(rng, 0, 2));
        plan.push_back(
            {QDateTime(day, QTime(between(rng, 8, 17), 15 * between(rng, 0, 3)), Qt::UTC),
             HeavyPatient});
    }
    for (PatientId p = 2; p <= ChartPatients; ++p) {
        const int visits = between(rng, 2, 40);
        for (int i = 0; i < visits; ++i) {
            const QDate day = first.date().addDays(between(rng, 0, 4 * 365 - 1));
            plan.push_back(
                {QDateTime(day, QTime(between(rng, 8, 17), 15 * between(rng, 0, 3)), Qt::UTC), p});
        }
    }
    std::stable_sort(
        plan.begin(), plan.end(),
        [](const PlannedSession& a, const PlannedSession& b) { return a.treatedAt < b.treatedAt; });
    const QList<Muscle>& muscles = bilateralMuscles();
    std::vector<std::vector<std::pair<Muscle, BodySide>>> usual(std::size_t(ChartPatients + 1));
    for (auto& list : usual) {
        const int count = between(rng, 4, 9);
        for (int i = 0; i < count; ++i)
            list.emplace_back(muscles.at(between(rng, 0, int(muscles.size()) - 1)),
                              pick(rng, {BodySide::Left, BodySide::Right}));
    }
    SessionRepository sessions(**db);
    Transaction tx(**db);
    if (!tx.begun().ok())
        return false;
    for (const PlannedSession& planned : plan) {
        const int points =
            planned.patientId == HeavyPatient ? PointsPerSession : between(rng, 3, 30);
        const int events = between(rng, 0, 9) == 0 ? between(rng, 1, 2) : 0;
        const Session note = fullSession(rng, planned.patientId, planned.treatedAt,
                                         usual.at(std::size_t(planned.patientId)), points, events);
        auto saved = sessions.saveDraft(note, planned.treatedAt.addSecs(40 * 60));
        if (!saved)
            return false;
        auto signedNote = sessions.markSigned(saved->id, saved->rowVersion, Author.displayName,
                                              planned.treatedAt.addSecs(60 * 60));
        if (!signedNote)
            return false;
    }
    return tx.commit().ok();
}

QString chartDatabase()
{
    const QString path = QDir(benchDir()).filePath(QStringLiteral("sessions-200.db"));
    const QString done = path + QStringLiteral(".complete");
    if (!QFileInfo::exists(done)) {
        std::fprintf(stderr, "generating a clinic with a 200-session patient into %s ...\n",
                     qPrintable(path));
        if (!generateChartDatabase(path))
            return {};
        QFile marker(done);
        if (!marker.open(QIODevice::WriteOnly))
            return {};
    }
    return path;
}

// ---------------------------------------------------------------------------------------------
// The data both back ends read, prepared once before any benchmark runs.

const QString SearchServerDb = QStringLiteral("needlechart_bench_100k");
const QString ChartServerDb = QStringLiteral("needlechart_bench_chart");
const QString SaveServerDb = QStringLiteral("needlechart_bench_save");

struct Data {
    QString searchFile; // SQLite, 100,000 patients
    QString chartFile;  // SQLite, the 200-session patient
    bool ready = false;
};

Data& data()
{
    static Data d;
    return d;
}

bool prepareData()
{
    Data& d = data();
    d.searchFile = bench::generatedDatabase(Patients);
    d.chartFile = chartDatabase();
    d.ready = !d.searchFile.isEmpty() && !d.chartFile.isEmpty()
              && ensureServerCopy(d.searchFile, SearchServerDb)
              && ensureServerCopy(d.chartFile, ChartServerDb);
    return d.ready;
}

enum class Side { Sqlite, Server };

std::unique_ptr<Database> openSide(Side side, const QString& file, const QString& serverDb)
{
    if (side == Side::Server)
        return openServer(serverDb, false);
    auto db = Database::open(file);
    return db ? std::move(db).value() : nullptr;
}

// ---------------------------------------------------------------------------------------------
// 1. Search as you type (PatientSearchBench's keystrokes and method).

QString asTyped(const QString& name)
{
    QString out;
    for (QChar c : name.normalized(QString::NormalizationForm_KD)) {
        if (c.unicode() < 128)
            out.append(c.toLower());
    }
    return out;
}

QStringList keystrokes()
{
    const std::vector<Patient> people = DemoClinic::generatePatients(2000, 7, QDate(2026, 11, 24));
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

const QStringList& typed()
{
    static const QStringList list = keystrokes();
    return list;
}

bool searchOnce(PatientRepository& repo, const QString& text)
{
    PatientQuery query;
    query.searchText = text;
    query.limit = 200;
    auto rows = repo.list(query);
    benchmark::DoNotOptimize(rows);
    return rows.ok();
}

double microsSince(std::chrono::steady_clock::time_point start)
{
    return std::chrono::duration<double, std::micro>(std::chrono::steady_clock::now() - start)
        .count();
}

void BM_SearchPerKeystroke(benchmark::State& state, Side side)
{
    auto db = openSide(side, data().searchFile, SearchServerDb);
    if (!db) {
        state.SkipWithError("could not open the 100,000-patient database");
        return;
    }
    PatientRepository repo(*db);
    const QStringList& keys = typed();
    // One pass to prepare the statements, then one pass timing every keystroke.
    for (const QString& text : keys)
        searchOnce(repo, text);
    std::vector<double> micros;
    micros.reserve(std::size_t(keys.size()));
    std::vector<std::pair<double, QString>> slowest;
    for (const QString& text : keys) {
        const auto start = std::chrono::steady_clock::now();
        if (!searchOnce(repo, text)) {
            state.SkipWithError("search failed");
            return;
        }
        micros.push_back(microsSince(start));
        slowest.emplace_back(micros.back(), text);
    }
    std::sort(micros.begin(), micros.end());
    // NEEDLECHART_BENCH_SLOWEST=n lists the n slowest keystrokes (generated data, no patient's).
    if (const int n = qEnvironmentVariableIntValue("NEEDLECHART_BENCH_SLOWEST"); n > 0) {
        std::sort(slowest.begin(), slowest.end(), std::greater<>());
        for (std::size_t i = 0; i < std::min(slowest.size(), std::size_t(n)); ++i)
            std::fprintf(stderr, "  %8.0f us  \"%s\"\n", slowest[i].first,
                         qPrintable(slowest[i].second));
    }
    auto pct = [&micros](double p) { return micros[std::size_t(p * double(micros.size() - 1))]; };

    qsizetype i = 0;
    for (auto _ : state) {
        searchOnce(repo, keys.at(i));
        i = (i + 1) % keys.size();
    }
    state.counters["keystrokes"] = double(keys.size());
    state.counters["p50_us"] = pct(0.50);
    state.counters["p90_us"] = pct(0.90);
    state.counters["p99_us"] = pct(0.99);
    state.counters["max_us"] = micros.back();

    // The count, run once typing pauses, for the keystrokes whose first page was full.
    std::vector<double> countMicros;
    for (const QString& text : keys) {
        PatientQuery query;
        query.searchText = text;
        query.limit = 200;
        auto rows = repo.list(query);
        if (!rows.ok() || int(rows->size()) < query.limit)
            continue;
        const auto start = std::chrono::steady_clock::now();
        auto count = repo.count(query);
        countMicros.push_back(microsSince(start));
        benchmark::DoNotOptimize(count);
    }
    std::sort(countMicros.begin(), countMicros.end());
    if (!countMicros.empty()) {
        state.counters["counted"] = double(countMicros.size());
        state.counters["count_p50_us"] = countMicros[countMicros.size() / 2];
        state.counters["count_p90_us"] = countMicros[countMicros.size() * 9 / 10];
    }
}

// ---------------------------------------------------------------------------------------------
// 2. Opening a patient with 200 sessions (SessionBench's BM_OpenPatient_*).

struct OpenClinic {
    std::unique_ptr<Database> db;
    SystemClock clock;
    std::unique_ptr<ClinicServices> services;
    SessionService* service = nullptr;
    SessionId newest = 0;

    bool open(Side side)
    {
        db = openSide(side, data().chartFile, ChartServerDb);
        if (!db)
            return false;
        services = std::make_unique<ClinicServices>(*db, clock, MuscleCatalogue::builtIn());
        service = &services->sessions();
        auto history = service->history(HeavyPatient, Author);
        if (!history || history->size() != std::size_t(HeavySessions))
            return false;
        newest = history->front().id;
        return true;
    }
    ~OpenClinic()
    {
        service = nullptr;
        services.reset();
        db.reset();
    }
};

// Opens the heavy patient as the session window does: the newest note, then its chart (history,
// the previous session's points, heat-map counts). False if anything came back wrong.
bool openNewestNote(SessionService& service, SessionId newest)
{
    auto note = service.get(newest, Author);
    if (!note || note->points.size() != PointsPerSession)
        return false;
    auto chart = service.chart(HeavyPatient, *note, Author);
    benchmark::DoNotOptimize(note);
    benchmark::DoNotOptimize(chart);
    return chart && chart->history.size() == std::size_t(HeavySessions)
           && chart->previousPoints.size() == PointsPerSession;
}

void BM_OpenPatient_GetAndChart(benchmark::State& state, Side side)
{
    OpenClinic clinic;
    if (!clinic.open(side)) {
        state.SkipWithError("could not open the 200-session database");
        return;
    }
    for (auto _ : state) {
        if (!openNewestNote(*clinic.service, clinic.newest)) {
            state.SkipWithError("unexpected note or chart");
            break;
        }
    }
}

// The first patient opened after start-up: new services each time (their creation not timed).
// Cold: every statement is prepared on first use, inside the open. Prepared ahead: as the app
// does it, main() has prepared the read statements once the window painted (not timed).
enum class Statements { Cold, PreparedAhead };

void BM_OpenPatient_FirstAfterStartUp(benchmark::State& state, Side side, Statements statements)
{
    OpenClinic clinic;
    if (!clinic.open(side)) {
        state.SkipWithError("could not open the 200-session database");
        return;
    }
    for (auto _ : state) {
        state.PauseTiming();
        auto fresh =
            std::make_unique<ClinicServices>(*clinic.db, clinic.clock, MuscleCatalogue::builtIn());
        if (statements == Statements::PreparedAhead && !fresh->prepareStatements()) {
            state.SkipWithError("could not prepare the statements");
            break;
        }
        state.ResumeTiming();
        if (!openNewestNote(fresh->sessions(), clinic.newest)) {
            state.SkipWithError("unexpected note or chart");
            break;
        }
        state.PauseTiming();
        fresh.reset();
        state.ResumeTiming();
    }
}

// The two halves, to see where the time goes.
void BM_OpenPatient_Chart(benchmark::State& state, Side side)
{
    OpenClinic clinic;
    if (!clinic.open(side)) {
        state.SkipWithError("could not open the 200-session database");
        return;
    }
    auto current = clinic.service->get(clinic.newest, Author);
    if (!current) {
        state.SkipWithError("no newest session");
        return;
    }
    for (auto _ : state) {
        auto chart = clinic.service->chart(HeavyPatient, *current, Author);
        benchmark::DoNotOptimize(chart);
    }
}

void BM_OpenPatient_GetNewest(benchmark::State& state, Side side)
{
    OpenClinic clinic;
    if (!clinic.open(side)) {
        state.SkipWithError("could not open the 200-session database");
        return;
    }
    for (auto _ : state) {
        auto note = clinic.service->get(clinic.newest, Author);
        benchmark::DoNotOptimize(note);
    }
}

// ---------------------------------------------------------------------------------------------
// 3. Saving a 30-point draft: repository (both back ends) against raw libpq.

// A new clinic with one patient to save notes for: a fresh file, or the server database
// SaveServerDb made again.
std::unique_ptr<Database> freshSaveDatabase(Side side, QTemporaryDir& dir)
{
    std::unique_ptr<Database> db;
    if (side == Side::Server) {
        adminExec(qPrintable(
            QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(SaveServerDb)));
        if (!adminExec(qPrintable(QStringLiteral("CREATE DATABASE %1").arg(SaveServerDb))))
            return {};
        db = openServer(SaveServerDb, true);
    } else {
        auto opened = Database::open(dir.filePath(QStringLiteral("save.db")));
        if (opened)
            db = std::move(opened).value();
    }
    if (!db)
        return {};
    PatientRepository patients(*db);
    if (!patients.ensureSearchIndex().ok()
        || !DemoClinic::populate(*db, patients, 1, 7, SaveTime).ok())
        return {};
    return db;
}

// `fsync` 0 turns SQLite's synchronous commits off, to match the test cluster (fsync = off,
// synchronous_commit = off); the server's own setting is not changed here.
void BM_SaveDraft_Repository(benchmark::State& state, Side side)
{
    QTemporaryDir dir(QDir(benchDir()).filePath(QStringLiteral("server-save-XXXXXX")));
    auto db = freshSaveDatabase(side, dir);
    if (!db) {
        state.SkipWithError("could not create the database");
        return;
    }
    if (side == Side::Sqlite && state.range(0) == 0) {
        QSqlQuery q(db->connection());
        q.exec(QStringLiteral("PRAGMA synchronous = OFF"));
    }
    {
        SessionRepository sessions(*db);
        const Session note = saveSample(1);
        for (auto _ : state) {
            auto saved = sessions.saveDraft(note, SaveTime);
            if (!saved) {
                state.SkipWithError(qPrintable(saved.error().message));
                break;
            }
            benchmark::DoNotOptimize(saved);
        }
    }
}

// SessionRepository's statements (src/storage/session/SessionRepository.cpp) with libpq's
// positional parameters in place of the names, in the order the names are listed.
QByteArray positional(const char* sql, std::initializer_list<const char*> names)
{
    QString text = QString::fromLatin1(sql);
    int n = 0;
    for (const char* name : names) {
        const QRegularExpression named(QStringLiteral(":%1\\b").arg(QLatin1String(name)));
        text.replace(named, QStringLiteral("$%1").arg(++n));
    }
    return text.toUtf8();
}

const char* const InsertSessionSql =
    "INSERT INTO session (patient_id, status, treated_at, clinician, clinician_login, "
    "presenting_complaint, patient_position, pain_before, pain_after, needle_count_note, soreness, "
    "bruising, bruising_site, tiredness, advice, follow_up, has_serious_event, created_at, "
    "updated_at, row_version) VALUES (:patient_id, 'draft', :treated_at, :clinician, "
    ":clinician_login, :presenting_complaint, :patient_position, :pain_before, :pain_after, "
    ":needle_count_note, :soreness, :bruising, :bruising_site, :tiredness, :advice, :follow_up, "
    ":has_serious_event, :created_at, :updated_at, 1) RETURNING id";
const char* const InsertPointSql =
    "INSERT INTO session_point (session_id, ordinal, body_view, muscle_id, side, x, y, activity, "
    "twitch, twitch_count, pain_reproduced, referred_reproduced, depth_mm, technique, "
    "retention_seconds, gauge_mm, length_mm, notes) VALUES (:session_id, :ordinal, :body_view, "
    ":muscle_id, :side, :x, :y, :activity, :twitch, :twitch_count, :pain_reproduced, "
    ":referred_reproduced, :depth_mm, :technique, :retention_seconds, :gauge_mm, :length_mm, "
    ":notes)";
const char* const InsertNeedleSql =
    "INSERT INTO session_needle (session_id, ordinal, gauge_mm, length_mm, lot, inserted, removed) "
    "VALUES (:session_id, :ordinal, :gauge_mm, :length_mm, :lot, :inserted, :removed)";
const char* const InsertCareSql = "INSERT INTO session_care (session_id, ordinal, kind, note) "
                                  "VALUES (:session_id, :ordinal, :kind, :note)";
const char* const InsertAdverseEventSql =
    "INSERT INTO session_adverse_event (session_id, ordinal, kind, grade, description, "
    "action_taken, follow_up) VALUES (:session_id, :ordinal, :kind, :grade, :description, "
    ":action_taken, :follow_up)";

// The text values of one statement's parameters; a null entry is SQL NULL.
class PgParams {
public:
    void text(const QString& value) { add(SqlValues::text(value).toUtf8()); }
    void integer(qint64 value) { add(QByteArray::number(value)); }
    void real(double value) { add(QByteArray::number(value, 'g', 17)); }
    void optionalInt(const std::optional<int>& value) { value ? integer(*value) : null(); }
    void optionalReal(const std::optional<double>& value) { value ? real(*value) : null(); }
    void null()
    {
        m_values.emplace_back();
        m_isNull.push_back(true);
    }
    void clear()
    {
        m_values.clear();
        m_isNull.clear();
    }

    // Pointers into the values, valid until the next change.
    [[nodiscard]] std::vector<const char*> pointers() const
    {
        std::vector<const char*> out;
        for (std::size_t i = 0; i < m_values.size(); ++i)
            out.push_back(m_isNull[i] ? nullptr : m_values[i].constData());
        return out;
    }

private:
    void add(QByteArray value)
    {
        m_values.push_back(std::move(value));
        m_isNull.push_back(false);
    }
    std::vector<QByteArray> m_values;
    std::vector<bool> m_isNull;
};

// What SessionRepository::saveDraft does for a new draft, on libpq: BEGIN (as Transaction), the
// same statements prepared once (PQprepare) and run with the same values (PQexecPrepared, text
// parameters), COMMIT. One round trip per statement, as the repository.
class RawPgWriter {
public:
    explicit RawPgWriter(const QString& address)
    {
        auto parsed = ServerAddress::parse(address);
        if (!parsed)
            return;
        m_conn = PQconnectdb(parsed->connectionString().toUtf8().constData());
        if (PQstatus(m_conn) != CONNECTION_OK)
            return;
        m_ok =
            prepare("session",
                    positional(InsertSessionSql,
                               {"patient_id", "treated_at", "clinician", "clinician_login",
                                "presenting_complaint", "patient_position", "pain_before",
                                "pain_after", "needle_count_note", "soreness", "bruising",
                                "bruising_site", "tiredness", "advice", "follow_up",
                                "has_serious_event", "created_at", "updated_at"}))
            && prepare("point",
                       positional(InsertPointSql,
                                  {"session_id", "ordinal", "body_view", "muscle_id", "side", "x",
                                   "y", "activity", "twitch", "twitch_count", "pain_reproduced",
                                   "referred_reproduced", "depth_mm", "technique",
                                   "retention_seconds", "gauge_mm", "length_mm", "notes"}))
            && prepare("needle",
                       positional(InsertNeedleSql, {"session_id", "ordinal", "gauge_mm",
                                                    "length_mm", "lot", "inserted", "removed"}))
            && prepare("care", positional(InsertCareSql, {"session_id", "ordinal", "kind", "note"}))
            && prepare("event", positional(InsertAdverseEventSql,
                                           {"session_id", "ordinal", "kind", "grade", "description",
                                            "action_taken", "follow_up"}));
    }
    ~RawPgWriter() { PQfinish(m_conn); }
    RawPgWriter(const RawPgWriter&) = delete;
    RawPgWriter& operator=(const RawPgWriter&) = delete;

    [[nodiscard]] bool ok() const { return m_ok; }
    [[nodiscard]] const char* error() const { return PQerrorMessage(m_conn); }

    // Inserts `s` as a new draft saved at `nowUtc`; returns its id, or 0 on failure.
    qint64 insert(const Session& s, const QDateTime& nowUtc)
    {
        if (!command("BEGIN"))
            return 0;
        const qint64 id = writeAll(s, nowUtc);
        if (id == 0) {
            command("ROLLBACK");
            return 0;
        }
        return command("COMMIT") ? id : 0;
    }

private:
    bool prepare(const char* name, const QByteArray& sql)
    {
        PGresult* res = PQprepare(m_conn, name, sql.constData(), 0, nullptr);
        const bool ok = PQresultStatus(res) == PGRES_COMMAND_OK;
        PQclear(res);
        return ok;
    }
    bool command(const char* sql)
    {
        PGresult* res = PQexec(m_conn, sql);
        const bool ok = PQresultStatus(res) == PGRES_COMMAND_OK;
        PQclear(res);
        return ok;
    }
    // Runs a prepared statement with m_params; the result, or nullptr on failure.
    PGresult* run(const char* name, ExecStatusType expected)
    {
        const std::vector<const char*> values = m_params.pointers();
        PGresult* res =
            PQexecPrepared(m_conn, name, int(values.size()), values.data(), nullptr, nullptr, 0);
        m_params.clear();
        if (PQresultStatus(res) != expected) {
            PQclear(res);
            return nullptr;
        }
        return res;
    }
    bool runCommand(const char* name)
    {
        PGresult* res = run(name, PGRES_COMMAND_OK);
        PQclear(res);
        return res != nullptr;
    }

    qint64 writeAll(const Session& s, const QDateTime& nowUtc)
    {
        const QString now = SqlValues::timestampText(nowUtc.toUTC());
        PgParams& q = m_params;
        q.integer(s.patientId);
        q.text(SqlValues::timestampText(s.treatedAt));
        q.text(s.clinician);
        q.text(s.clinicianLogin);
        q.text(s.presentingComplaint);
        if (!s.positions.isEmpty())
            q.text(patientPositionsKey(s.positions));
        else
            q.null();
        q.optionalInt(s.painBefore);
        q.optionalInt(s.painAfter);
        q.text(s.needleCountNote);
        q.optionalInt(s.soreness);
        q.text(enumKey(s.bruising));
        q.text(s.bruisingSite);
        q.integer(s.tiredness ? 1 : 0);
        q.text(s.advice);
        q.text(s.followUp);
        q.integer(s.hasSeriousAdverseEvent() ? 1 : 0);
        q.text(now);
        q.text(now);
        PGresult* res = run("session", PGRES_TUPLES_OK);
        if (!res || PQntuples(res) != 1) {
            PQclear(res);
            return 0;
        }
        const qint64 id = QByteArray(PQgetvalue(res, 0, 0)).toLongLong();
        PQclear(res);

        const QList<TriggerPoint>& points = s.points.points();
        for (qsizetype i = 0; i < points.size(); ++i) {
            const TriggerPoint& point = points.at(i);
            const PointFindings& f = point.findings;
            q.integer(id);
            q.integer(i);
            q.text(bodyViewKey(point.view));
            q.text(point.muscleId);
            q.text(bodySideKey(point.side));
            q.real(point.position.x());
            q.real(point.position.y());
            q.text(enumKey(f.activity));
            q.text(enumKey(f.twitch));
            q.integer(f.twitchCount);
            q.integer(f.painReproduced ? 1 : 0);
            q.integer(f.referredPatternReproduced ? 1 : 0);
            q.optionalInt(f.depthMm);
            q.text(enumKey(f.technique));
            q.optionalInt(f.retentionSeconds);
            q.optionalReal(f.needleGaugeMm);
            q.optionalInt(f.needleLengthMm);
            q.text(f.notes);
            if (!runCommand("point"))
                return 0;
        }
        for (qsizetype i = 0; i < s.needles.size(); ++i) {
            const NeedleUse& use = s.needles.at(i);
            q.integer(id);
            q.integer(i);
            q.optionalReal(use.gaugeMm);
            q.optionalInt(use.lengthMm);
            q.text(use.lot);
            q.integer(use.inserted);
            q.integer(use.removed);
            if (!runCommand("needle"))
                return 0;
        }
        for (qsizetype i = 0; i < s.otherCare.size(); ++i) {
            q.integer(id);
            q.integer(i);
            q.text(enumKey(s.otherCare.at(i).kind));
            q.text(s.otherCare.at(i).note);
            if (!runCommand("care"))
                return 0;
        }
        for (qsizetype i = 0; i < s.adverseEvents.size(); ++i) {
            const AdverseEvent& event = s.adverseEvents.at(i);
            q.integer(id);
            q.integer(i);
            q.text(enumKey(event.kind));
            q.text(enumKey(event.grade));
            q.text(event.description);
            q.text(event.actionTaken);
            q.text(event.followUp);
            if (!runCommand("event"))
                return 0;
        }
        return id;
    }

    PGconn* m_conn = nullptr;
    bool m_ok = false;
    PgParams m_params;
};

void BM_SaveDraft_RawLibpq(benchmark::State& state)
{
    QTemporaryDir dir(QDir(benchDir()).filePath(QStringLiteral("server-save-XXXXXX")));
    if (!freshSaveDatabase(Side::Server, dir)) {
        state.SkipWithError("could not create the database");
        return;
    }
    RawPgWriter raw(serverAddressOf(SaveServerDb));
    if (!raw.ok()) {
        state.SkipWithError(raw.error());
        return;
    }
    const Session note = saveSample(1);
    for (auto _ : state) {
        const qint64 id = raw.insert(note, SaveTime);
        if (id == 0) {
            state.SkipWithError(raw.error());
            break;
        }
        benchmark::DoNotOptimize(id);
    }
}

// ---------------------------------------------------------------------------------------------
// 4. Statements sent to the server per user action, counted in the server's log.
//
// The connection turns on log_statement = 'all' for itself only while an action runs; the
// server then writes one "statement:" line per simple query (what Qt's driver sends for BEGIN,
// PREPARE, EXECUTE, COMMIT) and one "execute" line per extended-protocol execution. Each is one
// request the client waited for. Only the first word of each statement is kept: the log holds
// values, this program prints none of them.

class StatementCounter {
public:
    explicit StatementCounter(Database& db) : m_db(db)
    {
        const QString dir = qEnvironmentVariable("NEEDLECHART_TEST_POSTGRES_DIR");
        m_log = QDir(dir).filePath(QStringLiteral("server.log"));
    }
    [[nodiscard]] bool usable() const { return QFileInfo(m_log).isReadable(); }

    // Runs `action` and returns how many statements of each kind the server received.
    std::map<QString, int> count(const std::function<bool()>& action)
    {
        std::map<QString, int> kinds;
        QSqlQuery on(m_db.connection());
        if (!on.exec(QStringLiteral("SET log_statement = 'all'")))
            return kinds;
        const qint64 before = QFileInfo(m_log).size();
        const bool ok = action();
        // The server writes the log line before it runs the statement, and this one is last.
        QSqlQuery off(m_db.connection());
        off.exec(QStringLiteral("SET log_statement = 'none'"));
        QThread::msleep(50);
        QFile file(m_log);
        if (!ok || !file.open(QIODevice::ReadOnly) || !file.seek(before)) {
            kinds[QStringLiteral("(failed)")] = 1;
            return kinds;
        }
        static const QRegularExpression Line(
            QStringLiteral("^\\S+ \\S+ \\S+ \\[\\d+\\] LOG:  (statement|execute [^:]*): (\\w+)"));
        while (!file.atEnd()) {
            const QString line = QString::fromUtf8(file.readLine());
            const auto match = Line.match(line);
            if (!match.hasMatch())
                continue;
            const QString word = match.captured(2).toUpper();
            if (word == QStringLiteral("SET"))
                continue; // this counter's own switch
            ++kinds[word];
        }
        return kinds;
    }

private:
    Database& m_db;
    QString m_log;
};

QString describe(const std::map<QString, int>& kinds, int* total)
{
    QString out;
    *total = 0;
    for (const auto& [word, n] : kinds) {
        out += QStringLiteral(" %1 %2").arg(word).arg(n);
        *total += n;
    }
    return out;
}

void printCount(const char* action, const std::map<QString, int>& kinds)
{
    int total = 0;
    const QString detail = describe(kinds, &total);
    std::printf("  %-52s %3d  (%s)\n", action, total, qPrintable(detail.trimmed()));
}

bool countRoundTrips()
{
    std::printf("\nStatements sent to the server per user action (PostgreSQL, Qt's QPSQL "
                "driver).\nFirst: on new services, every statement prepared first. Again: the "
                "same action repeated on the same services.\n");
    // Search: the 100,000-patient database; one keystroke is the fourth of a surname typed.
    {
        auto db = openServer(SearchServerDb, false);
        if (!db)
            return false;
        StatementCounter counter(*db);
        if (!counter.usable()) {
            std::printf("  (the server log is not readable: set NEEDLECHART_TEST_POSTGRES_DIR)\n");
            return true;
        }
        PatientRepository repo(*db);
        const QString text = typed().at(3 * 10 + 3); // a name typed: its 4th character
        PatientQuery query;
        query.searchText = text;
        query.limit = 200;
        auto list = [&] { return repo.list(query).ok(); };
        printCount("search keystroke, first page (first)", counter.count(list));
        printCount("search keystroke, first page (again)", counter.count(list));
        auto count = [&] { return repo.count(query).ok(); };
        (void)count();
        printCount("search count once typing pauses (again)", counter.count(count));
    }
    // Open the 200-session patient.
    {
        auto db = openServer(ChartServerDb, false);
        if (!db)
            return false;
        StatementCounter counter(*db);
        SystemClock clock;
        ClinicServices services(*db, clock, MuscleCatalogue::builtIn());
        SessionId newest = 0;
        {
            ClinicServices lookup(*db, clock, MuscleCatalogue::builtIn());
            auto history = lookup.sessions().history(HeavyPatient, Author);
            if (!history || history->empty())
                return false;
            newest = history->front().id;
        }
        auto open = [&] {
            auto note = services.sessions().get(newest, Author);
            return note && services.sessions().chart(HeavyPatient, *note, Author).ok();
        };
        printCount("open patient: get newest note + chart (first)", counter.count(open));
        printCount("open patient: get newest note + chart (again)", counter.count(open));
    }
    // Save, sign, book: a new clinic database with one screened and consented patient.
    {
        QTemporaryDir dir;
        auto db = freshSaveDatabase(Side::Server, dir);
        if (!db)
            return false;
        StatementCounter counter(*db);
        const FixedClock clock(SaveTime);
        ClinicServices services(*db, clock, MuscleCatalogue::builtIn());
        {
            Screening screening;
            screening.patientId = 1;
            auto leaflet = services.clinic().currentLeaflet();
            Consent given;
            given.patientId = 1;
            given.leafletVersion = leaflet ? leaflet->version : 1;
            given.scope = QStringLiteral("Course of treatment");
            given.signedName = QStringLiteral("Signed by the patient");
            if (!services.consent().recordScreening(screening, Author)
                || !services.consent().recordConsent(given, Author)) {
                std::fprintf(stderr, "could not clear the patient for needling\n");
                return false;
            }
        }
        SessionService& sessions = services.sessions();
        const Session note = saveSample(1);
        std::vector<Session> drafts;
        auto save = [&] {
            auto saved = sessions.saveDraft(note, Author);
            if (saved)
                drafts.push_back(*saved);
            return saved.ok();
        };
        printCount("save a new 30-point draft (first)", counter.count(save));
        printCount("save a new 30-point draft (again)", counter.count(save));
        Session edited = drafts.back();
        edited.advice += QStringLiteral(" Water.");
        printCount("save the same draft again, edited", counter.count([&] {
            auto saved = sessions.saveDraft(edited, Author);
            if (saved)
                drafts.back() = *saved;
            return saved.ok();
        }));
        // Signing is the signer's own act: a staff account, its password typed again.
        const QString password = QStringLiteral("bench-signing-lantern");
        StaffAccount account;
        account.login = Author.login;
        account.displayName = Author.displayName;
        account.roles = Author.roles;
        account.needling.body = QStringLiteral("AACP roster");
        account.needling.expiresOn = services.clock().today().addYears(1);
        const auto created = services.accountRepository().create(
            account, services.passwordHasher().hash(password), services.clock().nowUtc());
        if (!created) {
            std::fprintf(stderr, "could not create the signing account\n");
            return false;
        }
        const User signer = AccountService::userOf(*created);
        auto signAt = [&](std::size_t i) {
            return [&, i] { return sessions.sign(drafts.at(i), signer, password).ok(); };
        };
        printCount("sign a saved draft (first)", counter.count(signAt(0)));
        printCount("sign a saved draft (again)", counter.count(signAt(1)));

        AppointmentService& appointments = services.appointments();
        needlechart::Clinician person;
        person.name = QStringLiteral("Clinician A");
        auto clinician = appointments.addClinician(person, Author);
        if (!clinician)
            return false;
        Room room;
        room.name = QStringLiteral("Room 1");
        auto added = appointments.addRoom(room, Author);
        if (!added)
            return false;
        int slot = 0;
        auto book = [&] {
            Appointment a;
            a.patientId = 1;
            a.clinicianId = clinician->id;
            a.roomId = added->id;
            a.start = QDateTime(QDate(2026, 11, 25), QTime(9, 0), Qt::UTC).addSecs(1800 * slot++);
            a.durationMinutes = 30;
            return appointments.book(a, Author).ok();
        };
        printCount("book an appointment (first)", counter.count(book));
        printCount("book an appointment (again)", counter.count(book));
        return true;
    }
}

// ---------------------------------------------------------------------------------------------
// 4. A change reaching another workstation: the front desk books (or cancels) and the treatment
// room's ChangeNotifier hears of it through ServerLink (NOTIFY after commit, LISTEN there).
// Two connections to one new database in this process, each with its own services, as two
// workstations would be. Timed from the desk's call until the room's event, so the booking's
// own transaction is included; the room waits in its event loop as the app does.

const QString NotifyServerDb = QStringLiteral("needlechart_bench_notify");

void BM_ChangeReachesOtherWorkstation(benchmark::State& state)
{
    adminExec(
        qPrintable(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(NotifyServerDb)));
    if (!adminExec(qPrintable(QStringLiteral("CREATE DATABASE %1").arg(NotifyServerDb)))) {
        state.SkipWithError("could not create the database");
        return;
    }
    auto deskDb = openServer(NotifyServerDb, true);
    auto roomDb = deskDb ? openServer(NotifyServerDb, false) : nullptr;
    if (!roomDb) {
        state.SkipWithError("could not connect twice");
        return;
    }
    const FixedClock clock(SaveTime);
    ClinicServices desk(*deskDb, clock, MuscleCatalogue::builtIn());
    ClinicServices room(*roomDb, clock, MuscleCatalogue::builtIn());
    Patient patient;
    patient.familyName = QStringLiteral("Okafor");
    patient.givenName = QStringLiteral("Ada");
    patient.dateOfBirth = QDate(1980, 5, 5);
    auto created = desk.patients().create(patient, Author);
    auto clinician = desk.appointments().addClinician(
        Clinician{0, QStringLiteral("Alex Morgan"), Author.login, 0b1111111, true}, Author);
    if (!created || !clinician) {
        state.SkipWithError("could not set the clinic up");
        return;
    }
    room.serverLink().start();
    int heard = 0;
    QObject::connect(&room.notifier(), &ChangeNotifier::changed, [&heard](const ChangeEvent& e) {
        if (e.remote && e.entity == ChangeEvent::Entity::Appointment)
            ++heard;
    });
    const User frontDesk{QStringLiteral("desk"), QStringLiteral("Front desk"),
                         StaffRole::FrontDesk};
    const auto waitForRoom = [&heard](int expected) {
        const auto giveUp = std::chrono::steady_clock::now() + std::chrono::seconds(5);
        while (heard < expected && std::chrono::steady_clock::now() < giveUp)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
        return heard >= expected;
    };
    std::vector<double> micros;
    Appointment next;
    next.patientId = created->id;
    next.clinicianId = clinician->id;
    next.start = SaveTime.addDays(7);
    for (auto _ : state) {
        // Book, then cancel the same slot (which frees it for the next round): two changes.
        double both = 0;
        for (int change = 0; change < 2; ++change) {
            const int expected = heard + 1;
            const auto start = std::chrono::steady_clock::now();
            auto done = change == 0
                            ? desk.appointments().book(next, frontDesk)
                            : desk.appointments().setStatus(next.id, AppointmentStatus::Cancelled,
                                                            QStringLiteral("bench"), frontDesk);
            if (!done) {
                state.SkipWithError(qPrintable(done.error().message));
                return;
            }
            next.id = done->id;
            if (!waitForRoom(expected)) {
                state.SkipWithError("the other workstation heard nothing within 5 s");
                return;
            }
            const double took = microsSince(start);
            micros.push_back(took);
            both += took;
        }
        state.SetIterationTime(both / 1e6 / 2); // the time per change
        next.id = 0;
    }
    std::sort(micros.begin(), micros.end());
    auto pct = [&micros](double p) { return micros[std::size_t(p * double(micros.size() - 1))]; };
    state.counters["changes"] = double(micros.size());
    state.counters["p50_us"] = pct(0.50);
    state.counters["p99_us"] = pct(0.99);
    state.counters["max_us"] = micros.back();
}

} // namespace

// Its own main: a QCoreApplication for QtSql, the log quiet, and the server checked first.
int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    spdlog::set_level(spdlog::level::warn);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    if (serverBase().isEmpty()) {
        std::printf("server_bench: NEEDLECHART_TEST_POSTGRES_TCP is not set, nothing measured. "
                    "Start a server with: eval \"$(scripts/test-server.sh start)\"\n");
        return 0;
    }
    if (!prepareData()) {
        std::fprintf(stderr, "server_bench: could not prepare the data\n");
        return 1;
    }
    for (const auto& [suffix, side] :
         {std::pair{"SQLite", Side::Sqlite}, std::pair{"PostgreSQL", Side::Server}}) {
        const std::string s = suffix;
        benchmark::RegisterBenchmark(("BM_SearchPerKeystroke/" + s).c_str(), BM_SearchPerKeystroke,
                                     side)
            ->Unit(benchmark::kMicrosecond);
        benchmark::RegisterBenchmark(("BM_OpenPatient_GetAndChart/" + s).c_str(),
                                     BM_OpenPatient_GetAndChart, side)
            ->UseRealTime()
            ->Unit(benchmark::kMillisecond);
        benchmark::RegisterBenchmark(("BM_OpenPatient_GetAndChart_ColdStatements/" + s).c_str(),
                                     BM_OpenPatient_FirstAfterStartUp, side, Statements::Cold)
            ->UseRealTime()
            ->Unit(benchmark::kMillisecond);
        benchmark::RegisterBenchmark(("BM_OpenPatient_GetAndChart_PreparedAhead/" + s).c_str(),
                                     BM_OpenPatient_FirstAfterStartUp, side,
                                     Statements::PreparedAhead)
            ->UseRealTime()
            ->Unit(benchmark::kMillisecond);
        benchmark::RegisterBenchmark(("BM_OpenPatient_Chart/" + s).c_str(), BM_OpenPatient_Chart,
                                     side)
            ->UseRealTime()
            ->Unit(benchmark::kMillisecond);
        benchmark::RegisterBenchmark(("BM_OpenPatient_GetNewest/" + s).c_str(),
                                     BM_OpenPatient_GetNewest, side)
            ->UseRealTime()
            ->Unit(benchmark::kMillisecond);
        auto* save = benchmark::RegisterBenchmark(("BM_SaveDraft_Repository/" + s).c_str(),
                                                  BM_SaveDraft_Repository, side);
        if (side == Side::Sqlite)
            save->ArgName("fsync")->Arg(1)->Arg(0);
        save->UseRealTime()->Unit(benchmark::kMicrosecond);
    }
    benchmark::RegisterBenchmark("BM_SaveDraft_RawLibpq/PostgreSQL", BM_SaveDraft_RawLibpq)
        ->UseRealTime()
        ->Unit(benchmark::kMicrosecond);
    benchmark::RegisterBenchmark("BM_ChangeReachesOtherWorkstation/PostgreSQL",
                                 BM_ChangeReachesOtherWorkstation)
        ->UseManualTime()
        ->Unit(benchmark::kMicrosecond);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    if (!countRoundTrips()) {
        std::fprintf(stderr, "server_bench: could not count the statements\n");
        return 1;
    }
    return 0;
}
