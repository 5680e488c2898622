#include "needlechart/ui/common/DateText.h"

#include "QtPrinters.h"

#include <gtest/gtest.h>

namespace needlechart {
namespace {

TEST(DateTextTest, day_first_dates_with_slashes_or_dots_and_iso_dates_are_read)
{
    const QDate expected(1984, 3, 12);
    EXPECT_EQ(DateText::parse(QStringLiteral("12/03/1984")), expected);
    EXPECT_EQ(DateText::parse(QStringLiteral("12/3/1984")), expected);
    EXPECT_EQ(DateText::parse(QStringLiteral("12.03.1984")), expected);
    EXPECT_EQ(DateText::parse(QStringLiteral("12.3.1984")), expected);
    EXPECT_EQ(DateText::parse(QStringLiteral("1984-03-12")), expected);
    EXPECT_EQ(DateText::parse(QStringLiteral("  12/03/1984 ")), expected);
    EXPECT_EQ(DateText::parse(QStringLiteral("1/2/2003")), QDate(2003, 2, 1));
}

TEST(DateTextTest, eight_digits_or_dashes_and_spaces_between_day_month_and_year_are_read)
{
    EXPECT_EQ(DateText::parse(QStringLiteral("14021990")), QDate(1990, 2, 14));
    EXPECT_EQ(DateText::parse(QStringLiteral("14-02-1990")), QDate(1990, 2, 14));
    EXPECT_EQ(DateText::parse(QStringLiteral("14 2 1990")), QDate(1990, 2, 14));
    EXPECT_FALSE(DateText::parse(QStringLiteral("31021990")).isValid());
    EXPECT_FALSE(DateText::parse(QStringLiteral("1402199")).isValid()) << "seven digits";
    EXPECT_FALSE(DateText::parse(QStringLiteral("14-02/1990")).isValid()) << "mixed";
}

TEST(DateTextTest, impossible_ambiguous_or_mixed_dates_are_refused)
{
    EXPECT_FALSE(DateText::parse(QStringLiteral("31/02/1990")).isValid());
    EXPECT_FALSE(DateText::parse(QStringLiteral("12/03/84")).isValid());
    EXPECT_FALSE(DateText::parse(QStringLiteral("12/03.1984")).isValid());
    EXPECT_FALSE(DateText::parse(QStringLiteral("1984/03/12")).isValid());
    EXPECT_FALSE(DateText::parse(QStringLiteral("12 March 1984")).isValid());
    EXPECT_FALSE(DateText::parse(QString()).isValid());
}

TEST(DateTextTest, dates_are_written_day_first_with_leading_zeros)
{
    EXPECT_EQ(DateText::format(QDate(2003, 2, 1)), QStringLiteral("01/02/2003"));
    EXPECT_EQ(DateText::format(QDate()), QString());
}

} // namespace
} // namespace needlechart
