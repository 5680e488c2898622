// The appointment book's figures (issue 6; docs/performance.md):
//  - repainting a week view holding 500 appointments at 1920x1080 (target < 8 ms);
//  - checking a booking for clashes against a year of appointments (target < 0.2 ms);
//  - reading today's list, a patient's bookings and the notes-due list on that year (no
//    target; they run on every change, so they are watched).
#include "needlechart/domain/bodymap/MuscleCatalogue.h"
#include "needlechart/domain/common/FixedClock.h"
#include "needlechart/services/appointments/AppointmentService.h"
#include "needlechart/services/common/ClinicServices.h"
#include "needlechart/services/demo/DemoClinic.h"
#include "needlechart/storage/appointments/AppointmentRepository.h"
#include "needlechart/storage/database/Database.h"
#include "needlechart/storage/database/Transaction.h"
#include "needlechart/ui/appointments/CalendarGeometry.h"
#include "needlechart/ui/appointments/CalendarRenderer.h"

#include <QDir>
#include <QImage>
#include <QPainter>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <random>

using namespace needlechart;

namespace {

const QDate Monday(2026, 11, 23);
// The front desk reads the book.
const User BenchUser{QStringLiteral("desk"), QStringLiteral("Casey Lee"), StaffRole::FrontDesk};
// The year book's bookings before this day are completed, from it on still to come.
const QDate FirstOpenDay(2026, 7, 1);

std::vector<Appointment> weekOf(int count, std::mt19937& random)
{
    std::vector<Appointment> list;
    std::uniform_int_distribution<int> day(0, 6);
    std::uniform_int_distribution<int> quarter(0, 38); // 08:00 .. 17:30
    std::uniform_int_distribution<int> length(1, 4);
    std::uniform_int_distribution<int> type(0, 3);
    for (int i = 0; i < count; ++i) {
        Appointment a;
        a.id = i + 1;
        a.patientId = i % 200 + 1;
        a.clinicianId = 1;
        a.start = QDateTime(Monday.addDays(day(random)), QTime(8, 0).addSecs(quarter(random) * 900),
                            Qt::LocalTime)
                      .toUTC();
        a.durationMinutes = 15 * length(random);
        a.type = static_cast<AppointmentType>(type(random));
        list.push_back(a);
    }
    return list;
}

// What both week-view benchmarks paint: 500 bookings in one clinician's week at 1920x1080.
struct WeekScene {
    std::vector<Appointment> appointments;
    CalendarGeometry geometry;
    CalendarRenderState render;
    QImage image{1920, 1080, QImage::Format_ARGB32_Premultiplied};

    WeekScene() : geometry(days(), QTime(8, 0), QTime(18, 0))
    {
        std::mt19937 random(7);
        appointments = weekOf(500, random);
        geometry.setArea(QRectF(0, 0, 1920, 1080));
        render.appointments = &appointments;
        for (int i = 1; i <= 200; ++i)
            render.patientNames.insert(i, QStringLiteral("Patient %1").arg(i));
        for (int i = 0; i < 7; ++i)
            render.headings << Monday.addDays(i).toString(QStringLiteral("ddd d MMM"));
        render.today = Monday.addDays(1);
    }

    static QList<CalendarGeometry::Column> days()
    {
        QList<CalendarGeometry::Column> columns;
        for (int i = 0; i < 7; ++i)
            columns.append({Monday.addDays(i), 1});
        return columns;
    }

    void paint(const CalendarRenderer& renderer)
    {
        image.fill(Qt::white);
        QPainter painter(&image);
        renderer.paint(painter, geometry, render);
        painter.end();
        benchmark::DoNotOptimize(image.bits());
    }
};

void BM_WeekViewRepaint500(benchmark::State& state)
{
    WeekScene scene;
    const CalendarRenderer renderer;
    for (auto _ : state)
        scene.paint(renderer);
}
BENCHMARK(BM_WeekViewRepaint500)->Unit(benchmark::kMillisecond);

// Every paint with a fresh renderer: the first paint after the book changed, labels not yet laid
// out.
void BM_WeekViewFirstPaint500(benchmark::State& state)
{
    WeekScene scene;
    for (auto _ : state) {
        const CalendarRenderer renderer;
        scene.paint(renderer);
    }
}
BENCHMARK(BM_WeekViewFirstPaint500)->Unit(benchmark::kMillisecond);

// A year of bookings: 6 clinicians, 5 days a week, 14 half-hour appointments a day each, for
// 500 patients; those before July are completed (and none has a signed note).
struct YearBook {
    QTemporaryDir dir;
    std::unique_ptr<Database> db;
    std::unique_ptr<FixedClock> clock;
    std::unique_ptr<ClinicServices> services;
    std::vector<ClinicianId> clinicians;
    int count = 0;

    bool build()
    {
        auto opened = Database::open(dir.filePath(QStringLiteral("year.db")));
        if (!opened.ok())
            return false;
        db = std::move(*opened);
        clock = std::make_unique<FixedClock>(QDateTime(QDate(2026, 1, 5), QTime(7, 0), Qt::UTC));
        services = std::make_unique<ClinicServices>(*db, *clock, MuscleCatalogue::builtIn());
        if (!DemoClinic::populate(*db, services->patientRepository(), 500, 11, clock->nowUtc())
                 .ok())
            return false;
        AppointmentRepository& repo = services->appointmentRepository();
        Transaction tx(*db);
        for (int c = 0; c < 6; ++c) {
            auto added = repo.addClinician(
                Clinician{0, QStringLiteral("Clinician %1").arg(c + 1), {}, 0b0011111, true},
                clock->nowUtc(), {});
            if (!added.ok())
                return false;
            clinicians.push_back(added->id);
        }
        for (QDate day(2026, 1, 5); day < QDate(2027, 1, 4); day = day.addDays(1)) {
            if (day.dayOfWeek() > 5)
                continue;
            for (const ClinicianId clinician : clinicians) {
                for (int slot = 0; slot < 14; ++slot) {
                    Appointment a;
                    a.patientId = (count % 500) + 1;
                    a.clinicianId = clinician;
                    a.start = QDateTime(day, QTime(9, 0).addSecs(slot * 1800), Qt::UTC);
                    a.durationMinutes = 30;
                    a.status = day < FirstOpenDay ? AppointmentStatus::Completed
                                                  : AppointmentStatus::Booked;
                    if (!repo.add(a, clock->nowUtc()).ok())
                        return false;
                    ++count;
                }
            }
        }
        return tx.commit().ok();
    }
};

// Built once for every benchmark that reads it; null if it could not be.
YearBook* yearBook()
{
    static YearBook book;
    static const bool built = book.build();
    return built ? &book : nullptr;
}

void BM_ClashCheckOnAYear(benchmark::State& state)
{
    YearBook* found = yearBook();
    if (!found) {
        state.SkipWithError("could not build the year of appointments");
        return;
    }
    YearBook& book = *found;
    AppointmentRepository& repo = book.services->appointmentRepository();
    std::mt19937 random(3);
    std::uniform_int_distribution<int> dayOffset(0, 360);
    std::uniform_int_distribution<int> minute(0, 16 * 60);
    std::uniform_int_distribution<int> clinician(0, int(book.clinicians.size()) - 1);
    for (auto _ : state) {
        const QDateTime start =
            QDateTime(QDate(2026, 1, 5).addDays(dayOffset(random)), QTime(8, 0), Qt::UTC)
                .addSecs(qint64(minute(random)) * 60);
        auto clash = repo.firstClash(book.clinicians.at(std::size_t(clinician(random))), 0, start,
                                     start.addSecs(1800), 0);
        benchmark::DoNotOptimize(clash);
    }
    state.counters["appointments"] = book.count;
}
BENCHMARK(BM_ClashCheckOnAYear)->Unit(benchmark::kMicrosecond);

// Today's list at the front desk: a day's 84 bookings read with their patients' and
// clinicians' names (what TodayPanel::reload asks for on every change).
void BM_TodaysListOnAYear(benchmark::State& state)
{
    YearBook* book = yearBook();
    if (!book) {
        state.SkipWithError("could not build the year of appointments");
        return;
    }
    AppointmentService& service = book->services->appointments();
    std::mt19937 random(5);
    std::uniform_int_distribution<int> weekOffset(0, 50);
    std::size_t rows = 0;
    for (auto _ : state) {
        const QDate day = QDate(2026, 1, 5).addDays(weekOffset(random) * 7 + 2); // a Wednesday
        auto appointments = service.day(day, BenchUser);
        auto entries = appointments ? service.entries(*appointments, BenchUser)
                                    : Result<std::vector<AppointmentEntry>>(appointments.error());
        rows = entries ? entries->size() : 0;
        benchmark::DoNotOptimize(entries);
    }
    state.counters["rows"] = double(rows);
}
BENCHMARK(BM_TodaysListOnAYear)->Unit(benchmark::kMillisecond);

// A patient's upcoming and past appointments (about 44 each over the year), with names.
void BM_PatientBookingsOnAYear(benchmark::State& state)
{
    YearBook* book = yearBook();
    if (!book) {
        state.SkipWithError("could not build the year of appointments");
        return;
    }
    AppointmentService& service = book->services->appointments();
    std::mt19937 random(9);
    std::uniform_int_distribution<int> patient(1, 500);
    const QDateTime now(FirstOpenDay, QTime(12, 0), Qt::UTC);
    for (auto _ : state) {
        auto bookings = service.bookingsOf(patient(random), now, BenchUser);
        if (bookings) {
            auto upcoming = service.entries(bookings->upcoming, BenchUser);
            auto past = service.entries(bookings->past, BenchUser);
            benchmark::DoNotOptimize(upcoming);
            benchmark::DoNotOptimize(past);
        }
    }
}
BENCHMARK(BM_PatientBookingsOnAYear)->Unit(benchmark::kMillisecond);

// The "notes due" list: 30 days of completed visits (about 1,800) checked for a signed note.
void BM_NotesDueOnAYear(benchmark::State& state)
{
    YearBook* book = yearBook();
    if (!book) {
        state.SkipWithError("could not build the year of appointments");
        return;
    }
    AppointmentService& service = book->services->appointments();
    std::size_t rows = 0;
    for (auto _ : state) {
        auto due = service.completedWithoutSignedNote(FirstOpenDay.addDays(-30),
                                                      FirstOpenDay.addDays(-1), BenchUser);
        rows = due ? due->size() : 0;
        benchmark::DoNotOptimize(due);
    }
    state.counters["rows"] = double(rows);
}
BENCHMARK(BM_NotesDueOnAYear)->Unit(benchmark::kMillisecond);

} // namespace
