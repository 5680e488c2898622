#include "needlechart/domain/bodymap/BodyView.h"

#include "QtPrinters.h"

#include <gtest/gtest.h>

using namespace needlechart;

TEST(BodyViewTest, keys_round_trip)
{
    for (BodyView v : allBodyViews())
        EXPECT_EQ(bodyViewFromKey(bodyViewKey(v)), v);
    EXPECT_EQ(bodyViewKey(BodyView::Anterior), QStringLiteral("anterior"));
    EXPECT_EQ(bodyViewKey(BodyView::Posterior), QStringLiteral("posterior"));
}

TEST(BodyViewTest, unknown_key_is_rejected)
{
    EXPECT_FALSE(bodyViewFromKey(QStringLiteral("lateral")).has_value());
    EXPECT_FALSE(bodyViewFromKey(QStringLiteral("Anterior")).has_value());
    EXPECT_FALSE(bodyViewFromKey(QString()).has_value());
}

TEST(BodyViewTest, views_combine_as_a_set)
{
    const BodyViews both = BodyView::Anterior | BodyView::Posterior;
    EXPECT_TRUE(both.testFlag(BodyView::Anterior));
    EXPECT_TRUE(both.testFlag(BodyView::Posterior));
    EXPECT_FALSE(BodyViews(BodyView::Anterior).testFlag(BodyView::Posterior));
    EXPECT_FALSE(bodyViewLabel(BodyView::Anterior).isEmpty());
}
