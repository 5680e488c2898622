#include "needlechart/ui/appointments/CalendarGeometry.h"

#include <gtest/gtest.h>

namespace needlechart {
namespace {

const QDate Day(2026, 11, 24);

Appointment at(QTime start, int minutes, ClinicianId clinician = 1)
{
    Appointment a;
    a.clinicianId = clinician;
    a.start = QDateTime(Day, start, Qt::LocalTime).toUTC();
    a.durationMinutes = minutes;
    return a;
}

class CalendarGeometryTest : public ::testing::Test {
protected:
    // Two clinicians' columns on one day, 08:00 to 18:00 (600 minutes) in 628 px: 1 px a minute.
    CalendarGeometry geometry{{{Day, 1}, {Day, 2}}, QTime(8, 0), QTime(18, 0)};
    void SetUp() override { geometry.setArea(QRectF(0, 0, 452, 628)); }
};

TEST_F(CalendarGeometryTest, columns_share_the_width_beside_the_gutter_and_time_runs_down)
{
    EXPECT_DOUBLE_EQ(geometry.pixelsPerMinute(), 1.0);
    EXPECT_EQ(geometry.columnRect(0), QRectF(52, 28, 200, 600));
    EXPECT_EQ(geometry.columnRect(1), QRectF(252, 28, 200, 600));
    EXPECT_DOUBLE_EQ(geometry.yForTime(QTime(8, 0)), 28);
    EXPECT_DOUBLE_EQ(geometry.yForTime(QTime(10, 30)), 28 + 150);
}

TEST_F(CalendarGeometryTest, a_point_maps_to_its_column_and_a_start_snapped_to_the_quarter_hour)
{
    const auto slot = geometry.slotAt(QPointF(300, 28 + 157)); // 10:37 in the second column
    ASSERT_TRUE(slot);
    EXPECT_EQ(slot->column, 1);
    EXPECT_EQ(slot->start, QDateTime(Day, QTime(10, 30), Qt::LocalTime));
    EXPECT_FALSE(geometry.slotAt(QPointF(10, 200))) << "the gutter is not a slot";
    EXPECT_FALSE(geometry.slotAt(QPointF(300, 10))) << "nor the header";
    EXPECT_EQ(geometry.timeAt(10000), QTime(17, 45)) << "kept inside opening hours";
}

TEST_F(CalendarGeometryTest, overlapping_appointments_share_their_column_and_touching_ones_do_not)
{
    const std::vector<Appointment> list{at(QTime(9, 0), 60), at(QTime(9, 30), 60),
                                        at(QTime(10, 30), 30), at(QTime(9, 0), 30, 2),
                                        at(QTime(7, 0), 30, 3)};
    const auto blocks = geometry.layout(list);
    ASSERT_EQ(blocks.size(), 4u) << "clinician 3 has no column";
    auto blockOf = [&](qsizetype index) {
        for (const auto& b : blocks) {
            if (b.index == index)
                return b;
        }
        ADD_FAILURE() << "no block " << index;
        return CalendarGeometry::Block{};
    };
    const auto first = blockOf(0);
    const auto second = blockOf(1);
    const auto third = blockOf(2);
    EXPECT_EQ(first.column, 0);
    EXPECT_LT(first.rect.width(), 100) << "shares with the 9:30";
    EXPECT_GT(second.rect.left(), first.rect.left());
    EXPECT_DOUBLE_EQ(first.rect.top(), geometry.yForTime(QTime(9, 0)));
    EXPECT_NEAR(first.rect.height(), 59, 0.01);
    EXPECT_EQ(blockOf(3).column, 1);
    EXPECT_GT(blockOf(3).rect.width(), 190) << "alone in its column";
    EXPECT_LE(third.rect.left(), first.rect.left() + 1)
        << "10:30 starts a lane again once 9:00 has ended";
}

TEST(CalendarGeometryWeekTest, a_week_has_a_column_per_day_for_one_clinician)
{
    QList<CalendarGeometry::Column> days;
    for (int i = 0; i < 7; ++i)
        days.append({QDate(2026, 11, 23).addDays(i), 1});
    CalendarGeometry week(days, QTime(8, 0), QTime(18, 0));
    week.setArea(QRectF(0, 0, 752, 628));
    Appointment wednesday = at(QTime(12, 0), 45);
    wednesday.start = QDateTime(QDate(2026, 11, 25), QTime(12, 0), Qt::LocalTime).toUTC();
    EXPECT_EQ(week.columnOf(wednesday), 2);
    wednesday.clinicianId = 2;
    EXPECT_EQ(week.columnOf(wednesday), -1);
}

} // namespace
} // namespace needlechart
