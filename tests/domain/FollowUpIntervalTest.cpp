#include "needlechart/domain/session/FollowUpInterval.h"

#include <gtest/gtest.h>

namespace needlechart {
namespace {

TEST(FollowUpIntervalTest, reads_days_weeks_and_months_as_clinicians_write_them)
{
    EXPECT_EQ(FollowUpInterval::days(QStringLiteral("Review in 7 days")), 7);
    EXPECT_EQ(FollowUpInterval::days(QStringLiteral("review in 2 weeks")), 14);
    EXPECT_EQ(FollowUpInterval::days(QStringLiteral("Review in 3 to 4 weeks")), 21);
    EXPECT_EQ(FollowUpInterval::days(QStringLiteral("3-4 wks")), 21);
    EXPECT_EQ(FollowUpInterval::days(QStringLiteral("1 month")), 30);
    EXPECT_FALSE(FollowUpInterval::days(QStringLiteral("Review as needed")));
    EXPECT_FALSE(FollowUpInterval::days(QStringLiteral("Discharged")));
    EXPECT_FALSE(FollowUpInterval::days(QString()));
}

} // namespace
} // namespace needlechart
