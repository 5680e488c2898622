// The appointment book's figures (issue 6; docs/performance.md):
//  - repainting a week view holding 500 appointments at 1920x1080 (target < 8 ms);
//  - checking a booking for clashes against a year of appointments (target < 0.2 ms).
#include "needlechart/domain/FixedClock.h"
#include "needlechart/domain/MuscleCatalogue.h"
#include "needlechart/services/ClinicServices.h"
#include "needlechart/services/DemoClinic.h"
#include "needlechart/storage/Database.h"
#include "needlechart/storage/Transaction.h"
#include "needlechart/ui/CalendarGeometry.h"
#include "needlechart/ui/CalendarRenderer.h"

#include <QDir>
#include <QImage>
#include <QPainter>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <random>

using namespace needlechart;

namespace {

const QDate Monday(2026, 11, 23);

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
        a.start = QDateTime(Monday.addDays(day(random)), QTime(8, 0).addSecs(quarter(random) * 900), Qt::LocalTime).toUTC();
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

// Every paint with a fresh renderer: the first paint after the book changed, labels not yet laid out.
void BM_WeekViewFirstPaint500(benchmark::State& state)
{
    WeekScene scene;
    for (auto _ : state) {
        const CalendarRenderer renderer;
        scene.paint(renderer);
    }
}
BENCHMARK(BM_WeekViewFirstPaint500)->Unit(benchmark::kMillisecond);

// A year of bookings: 6 clinicians, 5 days a week, 14 half-hour appointments a day each.
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
        if (!DemoClinic::populate(*db, services->patientRepository(), 500, 11, clock->nowUtc()).ok())
            return false;
        AppointmentRepository& repo = services->appointmentRepository();
        Transaction tx(*db);
        for (int c = 0; c < 6; ++c) {
            auto added = repo.addClinician(Clinician{0, QStringLiteral("Clinician %1").arg(c + 1), {}, 0b0011111, true});
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
                    if (!repo.add(a, clock->nowUtc()).ok())
                        return false;
                    ++count;
                }
            }
        }
        return tx.commit().ok();
    }
};

void BM_ClashCheckOnAYear(benchmark::State& state)
{
    static YearBook book;
    static const bool built = book.build();
    if (!built) {
        state.SkipWithError("could not build the year of appointments");
        return;
    }
    AppointmentRepository& repo = book.services->appointmentRepository();
    std::mt19937 random(3);
    std::uniform_int_distribution<int> dayOffset(0, 360);
    std::uniform_int_distribution<int> minute(0, 16 * 60);
    std::uniform_int_distribution<int> clinician(0, int(book.clinicians.size()) - 1);
    for (auto _ : state) {
        const QDateTime start = QDateTime(QDate(2026, 1, 5).addDays(dayOffset(random)), QTime(8, 0), Qt::UTC)
                                    .addSecs(qint64(minute(random)) * 60);
        auto clash = repo.firstClash(book.clinicians.at(std::size_t(clinician(random))), 0, start,
                                     start.addSecs(1800), 0);
        benchmark::DoNotOptimize(clash);
    }
    state.counters["appointments"] = book.count;
}
BENCHMARK(BM_ClashCheckOnAYear)->Unit(benchmark::kMicrosecond);

} // namespace
