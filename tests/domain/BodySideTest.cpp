#include "needlechart/domain/bodymap/BodySide.h"

#include "QtPrinters.h"

#include <gtest/gtest.h>

using namespace needlechart;

TEST(BodySideTest, keys_are_l_and_r_and_round_trip)
{
    EXPECT_EQ(bodySideKey(BodySide::Left), QStringLiteral("L"));
    EXPECT_EQ(bodySideKey(BodySide::Right), QStringLiteral("R"));
    for (BodySide s : {BodySide::Left, BodySide::Right})
        EXPECT_EQ(bodySideFromKey(bodySideKey(s)), s);
}

TEST(BodySideTest, unknown_key_is_rejected)
{
    EXPECT_FALSE(bodySideFromKey(QStringLiteral("l")).has_value());
    EXPECT_FALSE(bodySideFromKey(QStringLiteral("B")).has_value());
    EXPECT_FALSE(bodySideFromKey(QString()).has_value());
}

TEST(BodySideTest, labels_name_the_side)
{
    EXPECT_EQ(bodySideLabel(BodySide::Left), QStringLiteral("Left"));
    EXPECT_EQ(bodySideLabel(BodySide::Right), QStringLiteral("Right"));
}
