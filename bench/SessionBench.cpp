// Session notes (issue 4), see docs/performance.md sections 7 and 8:
//  - saving a new 30-point draft through SessionRepository / SessionService against the raw
//    sqlite3 C API running the same SQL with the same values on the same kind of file;
//  - what opening a patient with 200 signed sessions (6,000 points) reads at the service level:
//    SessionService::chart (history, previous session's points, heat-map counts) and
//    SessionService::get of the newest note.
#include "needlechart/domain/bodymap/MuscleCatalogue.h"
#include "needlechart/domain/common/FixedClock.h"
#include "needlechart/domain/common/SystemClock.h"
#include "needlechart/domain/common/User.h"
#include "needlechart/domain/session/Session.h"
#include "needlechart/services/accounts/PasswordHasher.h"
#include "needlechart/services/audit/AuditTrail.h"
#include "needlechart/services/common/ChangeNotifier.h"
#include "needlechart/services/common/ClinicServices.h"
#include "needlechart/services/demo/DemoClinic.h"
#include "needlechart/services/session/SessionService.h"
#include "needlechart/storage/audit/AuditRepository.h"
#include "needlechart/storage/database/Database.h"
#include "needlechart/storage/database/SqlValues.h"
#include "needlechart/storage/database/Transaction.h"
#include "needlechart/storage/patients/PatientRepository.h"
#include "needlechart/storage/session/SessionRepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>
#include <spdlog/spdlog.h>
#include <sqlite3.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <memory>
#include <random>
#include <vector>

using namespace needlechart;

namespace {

// ---------------------------------------------------------------------------------------------
// Realistic session notes.

const User Clinician{QStringLiteral("amorgan"), QStringLiteral("Alex Morgan"),
                     StaffRole::Clinician};

const QDateTime SaveTime(QDate(2026, 11, 24), QTime(10, 30), Qt::UTC);

QString benchDir()
{
    QString dir = qEnvironmentVariable("NEEDLECHART_BENCH_DIR");
    if (dir.isEmpty())
        dir = QDir::temp().filePath(QStringLiteral("needlechart-bench"));
    QDir().mkpath(dir);
    return dir;
}

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

// A point on `muscle` with every finding recorded.
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

// A complete note: `points` trigger points (most on the patient's usual muscles), 2 needle
// rows that count out, 3 kinds of other care and `adverseEvents` (0..2) events.
Session fullSession(std::mt19937& rng, PatientId patientId, const QDateTime& treatedAt,
                    const std::vector<std::pair<Muscle, BodySide>>& usual, int points,
                    int adverseEvents)
{
    const QList<Muscle>& muscles = bilateralMuscles();
    Session s;
    s.patientId = patientId;
    s.treatedAt = treatedAt;
    s.clinician = Clinician.displayName;
    s.clinicianLogin = Clinician.login;
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

// The note every save benchmark writes: 30 points, 2 needle rows, 3 care rows, 2 events.
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
// Save: repository / service against raw sqlite3.

// A new database file (schema, one patient) in a fresh folder under the bench directory.
struct SaveFile {
    QTemporaryDir dir{QDir(benchDir()).filePath(QStringLiteral("save-XXXXXX"))};
    QString path;
    bool ok = false;

    SaveFile()
    {
        path = dir.filePath(QStringLiteral("save.db"));
        auto db = Database::open(path);
        if (!db.ok())
            return;
        PatientRepository patients(**db);
        ok = patients.ensureSearchIndex().ok()
             && DemoClinic::populate(**db, patients, 1, 7, SaveTime).ok();
    }
};

void setSynchronous(Database& db, bool full)
{
    QSqlQuery q(db.connection());
    q.exec(full ? QStringLiteral("PRAGMA synchronous = FULL")
                : QStringLiteral("PRAGMA synchronous = OFF"));
}

void BM_SaveDraft_Repository(benchmark::State& state)
{
    SaveFile file;
    auto db = Database::open(file.path);
    if (!file.ok || !db.ok()) {
        state.SkipWithError("could not create the database");
        return;
    }
    setSynchronous(**db, state.range(0) != 0);
    {
        SessionRepository sessions(**db);
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
BENCHMARK(BM_SaveDraft_Repository)
    ->ArgName("fsync")
    ->Arg(1)
    ->Arg(0)
    ->UseRealTime()
    ->Unit(benchmark::kMicrosecond);

void BM_SaveDraft_Service(benchmark::State& state)
{
    SaveFile file;
    auto db = Database::open(file.path);
    if (!file.ok || !db.ok()) {
        state.SkipWithError("could not create the database");
        return;
    }
    setSynchronous(**db, state.range(0) != 0);
    {
        const FixedClock clock(SaveTime);
        ClinicServices services(**db, clock, MuscleCatalogue::builtIn());
        SessionService& service = services.sessions();
        const Session note = saveSample(1);
        for (auto _ : state) {
            auto saved = service.saveDraft(note, Clinician);
            if (!saved) {
                state.SkipWithError(qPrintable(saved.error().message));
                break;
            }
            benchmark::DoNotOptimize(saved);
        }
    }
}
BENCHMARK(BM_SaveDraft_Service)
    ->ArgName("fsync")
    ->Arg(1)
    ->Arg(0)
    ->UseRealTime()
    ->Unit(benchmark::kMicrosecond);

// The SQL texts of SessionRepository (src/storage/SessionRepository.cpp), verbatim.
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

// A prepared statement with its parameters' indexes looked up once, in the order given.
class RawStatement {
public:
    RawStatement(sqlite3* db, const char* sql, std::initializer_list<const char*> names)
    {
        if (sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr)
            != SQLITE_OK) {
            std::fprintf(stderr, "prepare: %s\n", sqlite3_errmsg(db));
            return;
        }
        for (const char* name : names)
            m_index.push_back(sqlite3_bind_parameter_index(m_stmt, name));
    }
    ~RawStatement() { sqlite3_finalize(m_stmt); }
    RawStatement(const RawStatement&) = delete;
    RawStatement& operator=(const RawStatement&) = delete;

    [[nodiscard]] sqlite3_stmt* get() const { return m_stmt; }
    [[nodiscard]] bool ok() const { return m_stmt != nullptr; }

    void text(int n, const QString& value) const
    {
        const QString v = SqlValues::text(value);
        sqlite3_bind_text16(m_stmt, m_index[std::size_t(n)], v.utf16(), int(v.size() * 2),
                            SQLITE_TRANSIENT);
    }
    void integer(int n, qint64 value) const
    {
        sqlite3_bind_int64(m_stmt, m_index[std::size_t(n)], value);
    }
    void real(int n, double value) const
    {
        sqlite3_bind_double(m_stmt, m_index[std::size_t(n)], value);
    }
    void null(int n) const { sqlite3_bind_null(m_stmt, m_index[std::size_t(n)]); }
    void optionalInt(int n, const std::optional<int>& value) const
    {
        if (value)
            integer(n, *value);
        else
            null(n);
    }
    void optionalReal(int n, const std::optional<double>& value) const
    {
        if (value)
            real(n, *value);
        else
            null(n);
    }
    // Steps once and resets; returns the step's result code.
    int run() const
    {
        const int rc = sqlite3_step(m_stmt);
        sqlite3_reset(m_stmt);
        return rc;
    }

private:
    sqlite3_stmt* m_stmt = nullptr;
    std::vector<int> m_index;
};

// What SessionRepository::saveDraft does for a new draft, on the sqlite3 C API: BEGIN IMMEDIATE
// (as Transaction), the same statements with the same values, COMMIT.
class RawSessionWriter {
public:
    RawSessionWriter(const QString& path, bool fullSync)
    {
        sqlite3_open_v2(path.toUtf8().constData(), &m_db, SQLITE_OPEN_READWRITE, nullptr);
        sqlite3_exec(
            m_db,
            fullSync
                ? "PRAGMA journal_mode = WAL; PRAGMA foreign_keys = ON; PRAGMA synchronous = FULL; "
                  "PRAGMA busy_timeout = 5000; PRAGMA cache_size = -16384;"
                : "PRAGMA journal_mode = WAL; PRAGMA foreign_keys = ON; PRAGMA synchronous = OFF; "
                  "PRAGMA busy_timeout = 5000; PRAGMA cache_size = -16384;",
            nullptr, nullptr, nullptr);
        m_begin = std::make_unique<RawStatement>(m_db, "BEGIN IMMEDIATE",
                                                 std::initializer_list<const char*>{});
        m_commit =
            std::make_unique<RawStatement>(m_db, "COMMIT", std::initializer_list<const char*>{});
        m_session = std::make_unique<RawStatement>(
            m_db, InsertSessionSql,
            std::initializer_list<const char*>{
                ":patient_id", ":treated_at", ":clinician", ":clinician_login",
                ":presenting_complaint", ":patient_position", ":pain_before", ":pain_after",
                ":needle_count_note", ":soreness", ":bruising", ":bruising_site", ":tiredness",
                ":advice", ":follow_up", ":has_serious_event", ":created_at", ":updated_at"});
        m_point = std::make_unique<RawStatement>(
            m_db, InsertPointSql,
            std::initializer_list<const char*>{
                ":session_id", ":ordinal", ":body_view", ":muscle_id", ":side", ":x", ":y",
                ":activity", ":twitch", ":twitch_count", ":pain_reproduced", ":referred_reproduced",
                ":depth_mm", ":technique", ":retention_seconds", ":gauge_mm", ":length_mm",
                ":notes"});
        m_needle = std::make_unique<RawStatement>(
            m_db, InsertNeedleSql,
            std::initializer_list<const char*>{":session_id", ":ordinal", ":gauge_mm", ":length_mm",
                                               ":lot", ":inserted", ":removed"});
        m_care = std::make_unique<RawStatement>(
            m_db, InsertCareSql,
            std::initializer_list<const char*>{":session_id", ":ordinal", ":kind", ":note"});
        m_event = std::make_unique<RawStatement>(
            m_db, InsertAdverseEventSql,
            std::initializer_list<const char*>{":session_id", ":ordinal", ":kind", ":grade",
                                               ":description", ":action_taken", ":follow_up"});
    }
    ~RawSessionWriter()
    {
        m_begin.reset();
        m_commit.reset();
        m_session.reset();
        m_point.reset();
        m_needle.reset();
        m_care.reset();
        m_event.reset();
        sqlite3_close(m_db);
    }
    RawSessionWriter(const RawSessionWriter&) = delete;
    RawSessionWriter& operator=(const RawSessionWriter&) = delete;

    [[nodiscard]] bool ok() const
    {
        return m_db && m_begin->ok() && m_commit->ok() && m_session->ok() && m_point->ok()
               && m_needle->ok() && m_care->ok() && m_event->ok();
    }
    [[nodiscard]] const char* error() const { return sqlite3_errmsg(m_db); }

    // Inserts `s` as a new draft saved at `nowUtc`; returns its id, or 0 on failure.
    qint64 insert(const Session& s, const QDateTime& nowUtc)
    {
        if (m_begin->run() != SQLITE_DONE)
            return 0;
        const qint64 id = writeAll(s, nowUtc);
        if (id == 0) {
            sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
            return 0;
        }
        return m_commit->run() == SQLITE_DONE ? id : 0;
    }

private:
    qint64 writeAll(const Session& s, const QDateTime& nowUtc)
    {
        const QString now = SqlValues::timestampText(nowUtc.toUTC());
        const RawStatement& q = *m_session;
        q.integer(0, s.patientId);
        q.text(1, SqlValues::timestampText(s.treatedAt));
        q.text(2, s.clinician);
        q.text(3, s.clinicianLogin);
        q.text(4, s.presentingComplaint);
        if (!s.positions.isEmpty())
            q.text(5, patientPositionsKey(s.positions));
        else
            q.null(5);
        q.optionalInt(6, s.painBefore);
        q.optionalInt(7, s.painAfter);
        q.text(8, s.needleCountNote);
        q.optionalInt(9, s.soreness);
        q.text(10, enumKey(s.bruising));
        q.text(11, s.bruisingSite);
        q.integer(12, s.tiredness ? 1 : 0);
        q.text(13, s.advice);
        q.text(14, s.followUp);
        q.integer(15, s.hasSeriousAdverseEvent() ? 1 : 0);
        q.text(16, now);
        q.text(17, now);
        if (sqlite3_step(q.get()) != SQLITE_ROW) {
            sqlite3_reset(q.get());
            return 0;
        }
        const qint64 id = sqlite3_column_int64(q.get(), 0);
        sqlite3_reset(q.get());

        const QList<TriggerPoint>& points = s.points.points();
        const RawStatement& p = *m_point;
        for (qsizetype i = 0; i < points.size(); ++i) {
            const TriggerPoint& point = points.at(i);
            const PointFindings& f = point.findings;
            p.integer(0, id);
            p.integer(1, i);
            p.text(2, bodyViewKey(point.view));
            p.text(3, point.muscleId);
            p.text(4, bodySideKey(point.side));
            p.real(5, point.position.x());
            p.real(6, point.position.y());
            p.text(7, enumKey(f.activity));
            p.text(8, enumKey(f.twitch));
            p.integer(9, f.twitchCount);
            p.integer(10, f.painReproduced ? 1 : 0);
            p.integer(11, f.referredPatternReproduced ? 1 : 0);
            p.optionalInt(12, f.depthMm);
            p.text(13, enumKey(f.technique));
            p.optionalInt(14, f.retentionSeconds);
            p.optionalReal(15, f.needleGaugeMm);
            p.optionalInt(16, f.needleLengthMm);
            p.text(17, f.notes);
            if (p.run() != SQLITE_DONE)
                return 0;
        }
        const RawStatement& n = *m_needle;
        for (qsizetype i = 0; i < s.needles.size(); ++i) {
            const NeedleUse& use = s.needles.at(i);
            n.integer(0, id);
            n.integer(1, i);
            n.optionalReal(2, use.gaugeMm);
            n.optionalInt(3, use.lengthMm);
            n.text(4, use.lot);
            n.integer(5, use.inserted);
            n.integer(6, use.removed);
            if (n.run() != SQLITE_DONE)
                return 0;
        }
        const RawStatement& c = *m_care;
        for (qsizetype i = 0; i < s.otherCare.size(); ++i) {
            c.integer(0, id);
            c.integer(1, i);
            c.text(2, enumKey(s.otherCare.at(i).kind));
            c.text(3, s.otherCare.at(i).note);
            if (c.run() != SQLITE_DONE)
                return 0;
        }
        const RawStatement& e = *m_event;
        for (qsizetype i = 0; i < s.adverseEvents.size(); ++i) {
            const AdverseEvent& event = s.adverseEvents.at(i);
            e.integer(0, id);
            e.integer(1, i);
            e.text(2, enumKey(event.kind));
            e.text(3, enumKey(event.grade));
            e.text(4, event.description);
            e.text(5, event.actionTaken);
            e.text(6, event.followUp);
            if (e.run() != SQLITE_DONE)
                return 0;
        }
        return id;
    }

    sqlite3* m_db = nullptr;
    std::unique_ptr<RawStatement> m_begin, m_commit, m_session, m_point, m_needle, m_care, m_event;
};

void BM_SaveDraft_RawSqlite(benchmark::State& state)
{
    SaveFile file;
    if (!file.ok) {
        state.SkipWithError("could not create the database");
        return;
    }
    RawSessionWriter raw(file.path, state.range(0) != 0);
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
BENCHMARK(BM_SaveDraft_RawSqlite)
    ->ArgName("fsync")
    ->Arg(1)
    ->Arg(0)
    ->UseRealTime()
    ->Unit(benchmark::kMicrosecond);

// ---------------------------------------------------------------------------------------------
// Opening a patient with 200 sessions.

constexpr int ClinicPatients = 100;
constexpr PatientId HeavyPatient = 1;
constexpr int HeavySessions = 200;
constexpr int PointsPerSession = 30;

// Sessions of everyone, oldest first, so that the heavy patient's rows are spread through the
// file among other patients' as they would be after years of use.
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
    if (!db.ok()) {
        std::fprintf(stderr, "cannot create %s: %s\n", qPrintable(path),
                     qPrintable(db.error().message));
        return false;
    }
    const QDateTime now(QDate(2026, 11, 24), QTime(9, 0), Qt::UTC);
    {
        PatientRepository patients(**db);
        if (!patients.ensureSearchIndex().ok()
            || !DemoClinic::populate(**db, patients, ClinicPatients, 20261124, now).ok())
            return false;
    }
    std::mt19937 rng(20261124);
    std::vector<PlannedSession> plan;
    // The heavy patient: 200 visits over four years (about one every 7 days), at clinic hours.
    const QDateTime first = now.addDays(-4 * 365);
    for (int i = 0; i < HeavySessions; ++i) {
        const QDate day =
            first.date().addDays(qint64(i) * 4 * 365 / HeavySessions + between(rng, 0, 2));
        plan.push_back(
            {QDateTime(day, QTime(between(rng, 8, 17), 15 * between(rng, 0, 3)), Qt::UTC),
             HeavyPatient});
    }
    // Everyone else: a few to 40 visits each over the same years.
    for (PatientId p = 2; p <= ClinicPatients; ++p) {
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

    // Each patient keeps coming back for the same few muscles.
    const QList<Muscle>& muscles = bilateralMuscles();
    std::vector<std::vector<std::pair<Muscle, BodySide>>> usual(std::size_t(ClinicPatients + 1));
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
        if (!saved) {
            std::fprintf(stderr, "save: %s\n", qPrintable(saved.error().message));
            return false;
        }
        auto signedNote = sessions.markSigned(saved->id, saved->rowVersion, Clinician.displayName,
                                              planned.treatedAt.addSecs(60 * 60));
        if (!signedNote) {
            std::fprintf(stderr, "sign: %s\n", qPrintable(signedNote.error().message));
            return false;
        }
    }
    if (!tx.commit().ok())
        return false;
    std::fprintf(stderr, "%zu sessions written\n", plan.size());
    return true;
}

// Generated on first use and reused (deterministic: fixed seed and dates).
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

// The services as the application holds them for the life of the window.
struct OpenClinic {
    std::unique_ptr<Database> db;
    std::unique_ptr<SessionRepository> sessions;
    std::unique_ptr<PatientRepository> patients;
    ChangeNotifier notifier;
    SystemClock clock;
    std::unique_ptr<ClinicServices> services;
    SessionService* service = nullptr;
    SessionId newest = 0;

    bool open()
    {
        const QString path = chartDatabase();
        if (path.isEmpty())
            return false;
        auto opened = Database::open(path);
        if (!opened.ok())
            return false;
        db = std::move(*opened);
        sessions = std::make_unique<SessionRepository>(*db);
        patients = std::make_unique<PatientRepository>(*db);
        services = std::make_unique<ClinicServices>(*db, clock, MuscleCatalogue::builtIn());
        service = &services->sessions();
        auto history = service->history(HeavyPatient, Clinician);
        if (!history || history->size() != std::size_t(HeavySessions))
            return false;
        newest = history->front().id;
        return true;
    }
    ~OpenClinic()
    {
        service = nullptr;
        services.reset();
        patients.reset();
        sessions.reset();
        db.reset();
    }
};

void BM_OpenPatient_Chart(benchmark::State& state)
{
    OpenClinic clinic;
    if (!clinic.open()) {
        state.SkipWithError("could not open the generated database");
        return;
    }
    auto current = clinic.service->get(clinic.newest, Clinician);
    if (!current) {
        state.SkipWithError("no newest session");
        return;
    }
    std::size_t sites = 0;
    for (auto _ : state) {
        auto chart = clinic.service->chart(HeavyPatient, *current, Clinician);
        if (!chart || chart->history.size() != std::size_t(HeavySessions)
            || chart->previousPoints.size() != PointsPerSession) {
            state.SkipWithError("unexpected chart");
            break;
        }
        sites = 0;
        for (const SessionSummary& s : chart->history)
            sites += std::size_t(s.sites.size());
        benchmark::DoNotOptimize(chart);
    }
    state.counters["sessions"] = HeavySessions;
    state.counters["sites"] = double(sites);
}
BENCHMARK(BM_OpenPatient_Chart)->UseRealTime()->Unit(benchmark::kMicrosecond);

void BM_OpenPatient_GetNewest(benchmark::State& state)
{
    OpenClinic clinic;
    if (!clinic.open()) {
        state.SkipWithError("could not open the generated database");
        return;
    }
    for (auto _ : state) {
        auto note = clinic.service->get(clinic.newest, Clinician);
        if (!note || note->points.size() != PointsPerSession) {
            state.SkipWithError("unexpected note");
            break;
        }
        benchmark::DoNotOptimize(note);
    }
}
BENCHMARK(BM_OpenPatient_GetNewest)->UseRealTime()->Unit(benchmark::kMicrosecond);

// The parts of chart(), to see where its time goes.
void BM_OpenPatient_Part_History(benchmark::State& state)
{
    OpenClinic clinic;
    if (!clinic.open()) {
        state.SkipWithError("could not open the generated database");
        return;
    }
    for (auto _ : state) {
        auto history = clinic.sessions->history(HeavyPatient);
        benchmark::DoNotOptimize(history);
    }
}
BENCHMARK(BM_OpenPatient_Part_History)->UseRealTime()->Unit(benchmark::kMicrosecond);

void BM_OpenPatient_Part_NeedlingCounts(benchmark::State& state)
{
    OpenClinic clinic;
    if (!clinic.open()) {
        state.SkipWithError("could not open the generated database");
        return;
    }
    for (auto _ : state) {
        auto counts = clinic.sessions->needlingCounts(HeavyPatient, clinic.newest);
        benchmark::DoNotOptimize(counts);
    }
}
BENCHMARK(BM_OpenPatient_Part_NeedlingCounts)->UseRealTime()->Unit(benchmark::kMicrosecond);

void BM_OpenPatient_Part_PreviousPoints(benchmark::State& state)
{
    OpenClinic clinic;
    if (!clinic.open()) {
        state.SkipWithError("could not open the generated database");
        return;
    }
    auto history = clinic.sessions->history(HeavyPatient);
    const SessionId previous = history ? history->at(1).id : 0;
    for (auto _ : state) {
        auto points = clinic.sessions->points(previous);
        benchmark::DoNotOptimize(points);
    }
}
BENCHMARK(BM_OpenPatient_Part_PreviousPoints)->UseRealTime()->Unit(benchmark::kMicrosecond);

// Both, as the session view does when a patient is opened on their newest note.
void BM_OpenPatient_GetAndChart(benchmark::State& state)
{
    OpenClinic clinic;
    if (!clinic.open()) {
        state.SkipWithError("could not open the generated database");
        return;
    }
    for (auto _ : state) {
        auto note = clinic.service->get(clinic.newest, Clinician);
        if (!note) {
            state.SkipWithError("unexpected note");
            break;
        }
        auto chart = clinic.service->chart(HeavyPatient, *note, Clinician);
        if (!chart) {
            state.SkipWithError("unexpected chart");
            break;
        }
        benchmark::DoNotOptimize(note);
        benchmark::DoNotOptimize(chart);
    }
}
BENCHMARK(BM_OpenPatient_GetAndChart)->UseRealTime()->Unit(benchmark::kMicrosecond);

// The same with a new repository and service each time: includes preparing every statement,
// as the first patient opened after start-up does.
void BM_OpenPatient_GetAndChart_ColdStatements(benchmark::State& state)
{
    OpenClinic clinic;
    if (!clinic.open()) {
        state.SkipWithError("could not open the generated database");
        return;
    }
    for (auto _ : state) {
        ClinicServices fresh(*clinic.db, clinic.clock, MuscleCatalogue::builtIn());
        SessionService& service = fresh.sessions();
        auto note = service.get(clinic.newest, Clinician);
        if (!note) {
            state.SkipWithError("unexpected note");
            break;
        }
        auto chart = service.chart(HeavyPatient, *note, Clinician);
        if (!chart) {
            state.SkipWithError("unexpected chart");
            break;
        }
        benchmark::DoNotOptimize(note);
        benchmark::DoNotOptimize(chart);
    }
}
BENCHMARK(BM_OpenPatient_GetAndChart_ColdStatements)->UseRealTime()->Unit(benchmark::kMicrosecond);

// ---------------------------------------------------------------------------------------------
// Staff accounts and the audit trail (issue 14).

// One password check at libsodium's INTERACTIVE limits: what a person waits for at sign-in.
void BM_PasswordVerify_Interactive(benchmark::State& state)
{
    const PasswordHasher hasher;
    const QString hash = hasher.hash(QStringLiteral("quiet river lantern"));
    for (auto _ : state)
        benchmark::DoNotOptimize(hasher.verify(hash, QStringLiteral("quiet river lantern")));
}
BENCHMARK(BM_PasswordVerify_Interactive)->UseRealTime()->Unit(benchmark::kMillisecond);

// A 30-point draft saved in one transaction, with (1) or without (0) its audit row appended
// in the same transaction, as the session service does: the cost of auditing a save.
void BM_SaveDraft_Audited(benchmark::State& state)
{
    SaveFile file;
    auto db = Database::open(file.path);
    if (!file.ok || !db.ok()) {
        state.SkipWithError("could not create the database");
        return;
    }
    const bool audited = state.range(0) != 0;
    {
        const FixedClock clock(SaveTime);
        SessionRepository sessions(**db);
        AuditRepository auditRows(**db);
        AuditTrail audit(**db, auditRows, clock, QStringLiteral("room-1"));
        const Session note = saveSample(1);
        for (auto _ : state) {
            Transaction tx(**db);
            auto saved = sessions.saveDraft(note, SaveTime);
            Status recorded = Status{};
            if (saved && audited)
                recorded = audit.record(Clinician, AuditAction::Create,
                                        {1, QStringLiteral("session"), saved->id});
            if (!saved || !recorded || !tx.commit()) {
                state.SkipWithError("save failed");
                break;
            }
            benchmark::DoNotOptimize(saved);
        }
    }
}
BENCHMARK(BM_SaveDraft_Audited)
    ->ArgName("audit")
    ->Arg(0)
    ->Arg(1)
    ->UseRealTime()
    ->Unit(benchmark::kMicrosecond);

// needlechart admin verify-audit's work on a trail of one million rows (made once, kept in the
// bench folder as audit-1000000.db).
void BM_VerifyAudit_MillionRows(benchmark::State& state)
{
    const QString path = QDir(benchDir()).filePath(QStringLiteral("audit-1000000.db"));
    const bool fresh = !QFileInfo::exists(path);
    auto db = Database::open(path);
    if (!db.ok()) {
        state.SkipWithError("could not open the database");
        return;
    }
    {
        FixedClock clock(SaveTime);
        AuditRepository rows(**db);
        AuditTrail audit(**db, rows, clock, QStringLiteral("room-1"));
        if (fresh) {
            std::fprintf(stderr, "making a trail of 1,000,000 audit rows in %s ...\n",
                         qPrintable(path));
            Transaction tx(**db);
            for (int i = 0; i < 1000000; ++i) {
                clock.set(SaveTime.addSecs(i));
                const User who{QStringLiteral("alex"), QString(), StaffRole::Clinician, 1 + i % 4};
                if (!audit.record(who, i % 3 == 0 ? AuditAction::OpenRecord : AuditAction::Update,
                                  {1 + i % 5000, QStringLiteral("session"), i},
                                  AuditEvent::Outcome::Done, QStringLiteral("draft saved"))) {
                    state.SkipWithError("could not make the trail");
                    return;
                }
            }
            if (!tx.commit()) {
                state.SkipWithError("could not make the trail");
                return;
            }
        }
        for (auto _ : state) {
            auto verified = audit.verify();
            if (!verified || !verified->intact()) {
                state.SkipWithError("the trail does not verify");
                break;
            }
            state.counters["rows"] = double(verified->rowsChecked);
        }
    }
}
BENCHMARK(BM_VerifyAudit_MillionRows)->UseRealTime()->Unit(benchmark::kMillisecond)->Iterations(1);

} // namespace

// Its own main: a QCoreApplication for QtSql, and the log quiet so it does not interleave with
// the results.
int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    spdlog::set_level(spdlog::level::warn);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
