#include "needlechart/domain/session/SitePrecautions.h"

#include "needlechart/domain/bodymap/MuscleCatalogue.h"

#include <gtest/gtest.h>

namespace needlechart {
namespace {

TriggerPoint at(const char* muscle, BodySide side = BodySide::Left)
{
    return TriggerPoint(0, BodyView::Posterior, QString::fromLatin1(muscle), side,
                        QPointF(0.5, 0.5));
}

QStringList keys(const QList<SitePrecaution>& found)
{
    QStringList result;
    for (const SitePrecaution& p : found)
        result << p.key();
    return result;
}

TEST(SitePrecautionsTest, each_precaution_meets_the_sites_it_bears_on)
{
    const MuscleCatalogue& c = MuscleCatalogue::builtIn();
    const QList<TriggerPoint> points{at("multifidus"), at("upper_trapezius"),
                                     at("piriformis"), at("rectus_abdominis"),
                                     at("scalenes"),   at("intercostals")};
    EXPECT_EQ(
        keys(SitePrecautions::check({QStringLiteral("pregnancy")}, points, c)),
        (QStringList{QStringLiteral("pregnancy:multifidus"), QStringLiteral("pregnancy:piriformis"),
                     QStringLiteral("pregnancy:rectus_abdominis")}));
    const QStringList deep =
        keys(SitePrecautions::check({QStringLiteral("anticoagulants")}, points, c));
    EXPECT_TRUE(deep.contains(QStringLiteral("anticoagulants:piriformis")));
    EXPECT_TRUE(deep.contains(QStringLiteral("anticoagulants:intercostals")));
    EXPECT_FALSE(deep.contains(QStringLiteral("anticoagulants:upper_trapezius")));
    const QStringList thorax = keys(SitePrecautions::check({QStringLiteral("thorax")}, points, c));
    EXPECT_TRUE(thorax.contains(QStringLiteral("thorax:intercostals")));
    EXPECT_TRUE(thorax.contains(QStringLiteral("thorax:scalenes")));
    EXPECT_FALSE(thorax.contains(QStringLiteral("thorax:piriformis")));
    EXPECT_FALSE(thorax.contains(QStringLiteral("thorax:rectus_abdominis")));
    EXPECT_TRUE(SitePrecautions::check({QStringLiteral("must-drive")}, points, c).isEmpty());
}

TEST(SitePrecautionsTest, a_muscle_needled_twice_is_one_precaution_and_acknowledging_it_closes_it)
{
    const MuscleCatalogue& c = MuscleCatalogue::builtIn();
    const auto found = SitePrecautions::check(
        {QStringLiteral("pregnancy")}, {at("multifidus"), at("multifidus", BodySide::Right)}, c);
    ASSERT_EQ(found.size(), 1);
    EXPECT_TRUE(found.first().message.contains(QStringLiteral("Multifidus")));
    EXPECT_EQ(SitePrecautions::unacknowledged(found, {}).size(), 1);
    EXPECT_TRUE(
        SitePrecautions::unacknowledged(found, {QStringLiteral("pregnancy:multifidus")}).isEmpty());
}

} // namespace
} // namespace needlechart
