// Note search (issue 16), see docs/performance.md section 14: words in the notes of a large
// generated clinic (20,000 patients, about 200,000 notes with realistic free text; another size
// with NEEDLECHART_BENCH_NOTE_PATIENTS), found with
// SessionRepository::searchNotes, as the Search Notes window asks for them (the newest 100), on
// SQLite and, given NEEDLECHART_TEST_POSTGRES_TCP, on a PostgreSQL copy of the same file.
// Each query is one benchmark per back end: a rare word, a common one, a very common one, a
// single letter, two words, two common words never found together (the worst case), one
// clinician's notes, one patient's notes. Also rebuilding the whole index (ensureSearchIndex).
#include "needlechart/domain/bodymap/MuscleCatalogue.h"
#include "needlechart/domain/session/NoteSearchQuery.h"
#include "needlechart/domain/session/Session.h"
#include "needlechart/services/demo/DemoClinic.h"
#include "needlechart/storage/database/Database.h"
#include "needlechart/storage/database/Transaction.h"
#include "needlechart/storage/patients/PatientRepository.h"
#include "needlechart/storage/session/SessionRepository.h"

#include "BenchServer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>

#include <benchmark/benchmark.h>
#include <spdlog/spdlog.h>

#include <chrono>
#include <cstdio>
#include <memory>
#include <random>
#include <vector>

using namespace needlechart;

namespace {

constexpr int DefaultPatients = 20000;

// How many patients the generated clinic has: NEEDLECHART_BENCH_NOTE_PATIENTS, or 20,000.
int patientCount()
{
    bool ok = false;
    const int wanted = qEnvironmentVariableIntValue("NEEDLECHART_BENCH_NOTE_PATIENTS", &ok);
    return ok && wanted > 0 ? wanted : DefaultPatients;
}

const int Patients = patientCount();
constexpr int ResultsShown = 100; // the window's page
// One server database per size, so each is copied once.
const QString ServerDatabase = Patients == DefaultPatients
                                   ? QStringLiteral("needlechart_bench_notes")
                                   : QStringLiteral("needlechart_bench_notes_%1").arg(Patients);
const QStringList Clinicians = {QStringLiteral("amorgan"), QStringLiteral("jo"),
                                QStringLiteral("kwalsh"), QStringLiteral("rsingh")};

QString benchDir()
{
    QString dir = qEnvironmentVariable("NEEDLECHART_BENCH_DIR");
    if (dir.isEmpty())
        dir = QDir::temp().filePath(QStringLiteral("needlechart-bench"));
    QDir().mkpath(dir);
    return dir;
}

int between(std::mt19937& rng, int lo, int hi)
{
    return std::uniform_int_distribution<int>(lo, hi)(rng);
}

const QString& oneOf(std::mt19937& rng, const QStringList& list)
{
    return list.at(between(rng, 0, int(list.size()) - 1));
}

// ---------------------------------------------------------------------------------------------
// Notes as clinicians write them: a complaint, points with the odd note, other care, advice.

const QStringList Complaints = {
    QStringLiteral("Lateral elbow pain"),
    QStringLiteral("Medial elbow pain"),
    QStringLiteral("Low back pain"),
    QStringLiteral("Neck pain"),
    QStringLiteral("Shoulder pain"),
    QStringLiteral("Knee pain"),
    QStringLiteral("Hip pain"),
    QStringLiteral("Plantar heel pain"),
    QStringLiteral("Calf tightness"),
    QStringLiteral("Tension-type headache"),
    QStringLiteral("Jaw pain"),
    QStringLiteral("Thoracic stiffness"),
    QStringLiteral("Buttock pain"),
    QStringLiteral("Wrist pain"),
    QStringLiteral("Groin strain"),
    QStringLiteral("Hamstring strain"),
    QStringLiteral("Whiplash"),
    QStringLiteral("Sciatica"),
    QStringLiteral("Frozen shoulder"),
    QStringLiteral("Achilles tendinopathy"),
    QStringLiteral("Rotator cuff tendinopathy"),
    QStringLiteral("Piriformis syndrome"),
};
const QStringList Descriptors = {
    QStringLiteral("worse gripping"),     QStringLiteral("after lifting"),
    QStringLiteral("worse at the desk"),  QStringLiteral("on stairs"),
    QStringLiteral("when running"),       QStringLiteral("worse at night"),
    QStringLiteral("reaching overhead"),  QStringLiteral("on the first steps in the morning"),
    QStringLiteral("after gardening"),    QStringLiteral("since a fall"),
    QStringLiteral("after a long drive"), QStringLiteral("when sitting"),
};
const QStringList Durations = {
    QStringLiteral("for 3 weeks"), QStringLiteral("for 2 months"), QStringLiteral("since March"),
    QStringLiteral("for a year"),  QStringLiteral("for 10 days"),  QStringLiteral("on and off"),
};
const QStringList PointNotes = {
    QStringLiteral("Local twitch, familiar pain reproduced"),
    QStringLiteral("Taut band, very tender"),
    QStringLiteral("Referred to the temple"),
    QStringLiteral("Dull ache down the arm"),
    QStringLiteral("Pincer grip, needle horizontal"),
    QStringLiteral("Flat palpation against the rib"),
    QStringLiteral("Less irritable than last time"),
    QStringLiteral("Patient anxious, slow insertion"),
};
const QStringList CareNotes = {
    QStringLiteral("Ischaemic compression, 5 min"),
    QStringLiteral("Sleeper stretch, 3 x 30 s"),
    QStringLiteral("Eccentric loading, 3 x 15 daily"),
    QStringLiteral("Chin tucks, 10 x 3 daily"),
    QStringLiteral("Hip hinge practice"),
    QStringLiteral("Foam roller, thoracic"),
};
const QStringList Advice = {
    QStringLiteral("Soreness may last 24-48 h; heat; keep moving."),
    QStringLiteral("Avoid heavy lifting today; no driving if light-headed."),
    QStringLiteral("Ice if bruised; call if symptoms worsen."),
};

Session generatedNote(std::mt19937& rng, PatientId patient, const QDateTime& treatedAt,
                      const QList<Muscle>& muscles)
{
    Session s;
    s.patientId = patient;
    s.treatedAt = treatedAt;
    const QString login = oneOf(rng, Clinicians);
    s.clinicianLogin = login;
    s.clinician = login;
    s.presentingComplaint = oneOf(rng, Complaints) + QStringLiteral(", ") + oneOf(rng, Descriptors)
                            + QLatin1Char(' ') + oneOf(rng, Durations);
    // A rare finding: about one note in 4,000.
    if (between(rng, 0, 3999) == 0)
        s.presentingComplaint += QStringLiteral("; paraesthesia in the thumb");
    const int points = between(rng, 2, 6);
    for (int i = 0; i < points; ++i) {
        const Muscle& m = muscles.at(between(rng, 0, int(muscles.size()) - 1));
        TriggerPoint p(0, BodyView::Posterior, m.id,
                       between(rng, 0, 1) ? BodySide::Left : BodySide::Right, QPointF(0.5, 0.4));
        if (between(rng, 0, 9) < 4)
            p.findings.notes = oneOf(rng, PointNotes);
        s.points.add(p);
    }
    const int care = between(rng, 0, 2);
    for (int i = 0; i < care; ++i)
        s.otherCare.append(OtherCare{OtherCareKind(between(rng, 0, 2)), oneOf(rng, CareNotes), {}});
    s.advice = oneOf(rng, Advice);
    s.followUp = QStringLiteral("Review in %1 days").arg(between(rng, 5, 14));
    return s;
}

bool generate(const QString& path)
{
    QFile::remove(path);
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    auto db = Database::open(path);
    if (!db) {
        std::fprintf(stderr, "cannot create %s: %s\n", qPrintable(path),
                     qPrintable(db.error().message));
        return false;
    }
    const QDateTime now(QDate(2026, 11, 24), QTime(9, 0), Qt::UTC);
    {
        PatientRepository patients(**db);
        if (!patients.ensureSearchIndex().ok()
            || !DemoClinic::populate(**db, patients, Patients, 20261203, now).ok())
            return false;
    }
    QList<Muscle> muscles = MuscleCatalogue::builtIn().all();
    std::mt19937 rng(20261203);
    struct Planned {
        QDateTime at;
        PatientId patient;
    };
    std::vector<Planned> plan;
    const QDate first = now.date().addDays(-4 * 365);
    for (PatientId p = 1; p <= Patients; ++p) {
        const int visits = between(rng, 2, 18);
        for (int i = 0; i < visits; ++i)
            plan.push_back({QDateTime(first.addDays(between(rng, 0, 4 * 365 - 1)),
                                      QTime(between(rng, 8, 17), 15 * between(rng, 0, 3)), Qt::UTC),
                            p});
    }
    std::stable_sort(plan.begin(), plan.end(),
                     [](const Planned& a, const Planned& b) { return a.at < b.at; });
    SessionRepository sessions(**db);
    if (!sessions.ensureSearchIndex().ok())
        return false;
    Transaction tx(**db);
    if (!tx.begun().ok())
        return false;
    const auto start = std::chrono::steady_clock::now();
    for (const Planned& planned : plan) {
        auto saved = sessions.saveDraft(generatedNote(rng, planned.patient, planned.at, muscles),
                                        planned.at.addSecs(40 * 60));
        if (!saved) {
            std::fprintf(stderr, "save: %s\n", qPrintable(saved.error().message));
            return false;
        }
        if (between(rng, 0, 19) > 0
            && !sessions.markSigned(saved->id, saved->rowVersion, saved->clinician,
                                    planned.at.addSecs(60 * 60)))
            return false;
    }
    if (!tx.commit().ok())
        return false;
    std::fprintf(stderr, "%zu notes written in %.0f s\n", plan.size(),
                 std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
    QSqlQuery analyze((*db)->connection());
    analyze.exec(QStringLiteral("ANALYZE"));
    return true;
}

// Generated on first use and reused (deterministic: fixed seed and dates).
QString clinicFile()
{
    static const QString path = [] {
        const QString file = QDir(benchDir())
                                 .filePath(Patients == DefaultPatients
                                               ? QStringLiteral("notes-20k.db")
                                               : QStringLiteral("notes-%1.db").arg(Patients));
        const QString done = file + QStringLiteral(".complete");
        if (!QFileInfo::exists(done)) {
            std::fprintf(stderr, "generating %d patients and their notes into %s ...\n", Patients,
                         qPrintable(file));
            if (!generate(file))
                return QString();
            QFile marker(done);
            if (!marker.open(QIODevice::WriteOnly))
                return QString();
        }
        return file;
    }();
    return path;
}

enum class Side { File, Server };

std::unique_ptr<Database> openSide(Side side)
{
    if (side == Side::Server)
        return bench::openServer(ServerDatabase, true);
    auto db = Database::open(clinicFile());
    return db ? std::move(db).value() : nullptr;
}

void searchNotes(benchmark::State& state, Side side, NoteSearchQuery query)
{
    auto db = openSide(side);
    if (!db) {
        state.SkipWithError("cannot open the clinic");
        return;
    }
    SessionRepository sessions(*db);
    query.limit = ResultsShown;
    std::size_t found = 0;
    bool more = false;
    for (auto _ : state) {
        auto result = sessions.searchNotes(query);
        if (!result) {
            state.SkipWithError(qPrintable(result.error().message));
            return;
        }
        found = result->hits.size();
        more = result->more;
        benchmark::DoNotOptimize(result);
    }
    state.counters["found"] = double(found);
    state.counters["more"] = more ? 1 : 0;
}

// The whole index built again, as after an upgrade from before note search (SQLite only: it
// rewrites the file's index, then the next run finds it current).
void BM_RebuildIndex(benchmark::State& state)
{
    for (auto _ : state) {
        state.PauseTiming();
        auto db = openSide(Side::File);
        if (!db) {
            state.SkipWithError("cannot open the clinic");
            return;
        }
        QSqlQuery stale(db->connection());
        stale.exec(QStringLiteral("UPDATE app_meta SET meta_value = '0' "
                                  "WHERE meta_key = 'note_search_index_version'"));
        SessionRepository sessions(*db);
        state.ResumeTiming();
        if (!sessions.ensureSearchIndex().ok()) {
            state.SkipWithError("rebuild failed");
            return;
        }
    }
}

void registerAll(Side side)
{
    const char* sideName = side == Side::File ? "sqlite" : "postgresql";
    auto add = [&](const char* name, NoteSearchQuery query) {
        benchmark::RegisterBenchmark(
            (std::string("BM_NoteSearch/") + sideName + "/" + name).c_str(),
            [side, query](benchmark::State& state) { searchNotes(state, side, query); })
            ->UseRealTime()
            ->Unit(benchmark::kMillisecond);
    };
    add("rare_word", NoteSearchQuery::forWords(QStringLiteral("paraesthesia")));
    add("common_word", NoteSearchQuery::forWords(QStringLiteral("elbow")));
    add("very_common_word", NoteSearchQuery::forWords(QStringLiteral("pain")));
    add("one_letter", NoteSearchQuery::forWords(QStringLiteral("t")));
    add("two_words", NoteSearchQuery::forWords(QStringLiteral("elbow gripping")));
    add("rare_and_common", NoteSearchQuery::forWords(QStringLiteral("paraesth pain")));
    add("two_common_never_together",
        NoteSearchQuery::forWords(QStringLiteral("sciatica whiplash")));
    NoteSearchQuery mine = NoteSearchQuery::forWords(QStringLiteral("elbow"));
    mine.clinicianLogin = QStringLiteral("jo");
    add("common_word_my_notes", mine);
    add("one_patient", NoteSearchQuery::forWords(QStringLiteral("pain"), 4242));
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    spdlog::set_level(spdlog::level::warn);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    if (clinicFile().isEmpty())
        return 1;
    registerAll(Side::File);
    if (!bench::serverBase().isEmpty()) {
        if (!bench::ensureServerCopy(clinicFile(), ServerDatabase))
            return 1;
        registerAll(Side::Server);
    } else {
        std::fprintf(stderr, "NEEDLECHART_TEST_POSTGRES_TCP is not set: SQLite only.\n");
    }
    benchmark::RegisterBenchmark("BM_NoteSearch/sqlite/rebuild_index", BM_RebuildIndex)
        ->UseRealTime()
        ->Unit(benchmark::kMillisecond)
        ->Iterations(1);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
