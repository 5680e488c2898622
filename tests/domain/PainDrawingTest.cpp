#include "needlechart/domain/bodymap/MuscleCatalogue.h"
#include "needlechart/domain/paindrawing/PainArea.h"
#include "needlechart/domain/paindrawing/ReferralPatterns.h"
#include "needlechart/domain/paindrawing/ReferralRanking.h"

#include "SessionSamples.h"

#include <QSet>

#include <gtest/gtest.h>

namespace needlechart {
namespace {

using test::sampleArea;

const QString ZonesHeader = QStringLiteral("id,label,view,placement,cx,cy,rx,ry\n");
const QString PatternsHeader = QStringLiteral("muscle_id,primary,secondary\n");

// A small world: two zones on the front, one midline zone on the back, in a 100 x 100 artwork.
ReferralPatterns smallPatterns()
{
    auto parsed = ReferralPatterns::fromCsv(
        ZonesHeader
            + QStringLiteral("shoulder,Front of the shoulder,anterior,paired,20,20,10,10\n"
                             "elbow,Elbow,anterior,paired,10,50,5,5\n"
                             "sacrum,Sacrum,posterior,midline,50,60,10,10\n"),
        PatternsHeader
            + QStringLiteral("infraspinatus,shoulder,elbow\n"
                             "supinator,elbow,\n"
                             "gluteus_maximus,sacrum,\n"),
        QSizeF(100, 100));
    EXPECT_TRUE(parsed.ok()) << parsed.error().message.toStdString();
    return parsed.ok() ? *parsed : ReferralPatterns();
}

// Covers the right side's zone `centre` (normalised) fully at `intensity`.
PainArea covering(BodyView view, QPointF centre, double radius, int intensity,
                  PainType type = PainType::Ache)
{
    return sampleArea(view, type, intensity, centre, radius, radius, 48);
}

TEST(PainAreaTest, contains_uses_the_outline_not_its_bounding_box)
{
    // An L shape: its bounding box holds (0.8, 0.8), the shape does not.
    const PainArea l{BodyView::Anterior,
                     PainType::Ache,
                     5,
                     {QPointF(0, 0), QPointF(0.5, 0), QPointF(0.5, 0.5), QPointF(1, 0.5),
                      QPointF(1, 1), QPointF(0, 1)}};
    EXPECT_TRUE(l.contains(QPointF(0.25, 0.25)));
    EXPECT_TRUE(l.contains(QPointF(0.8, 0.75)));
    EXPECT_FALSE(l.contains(QPointF(0.8, 0.25)));
    EXPECT_FALSE(l.contains(QPointF(1.5, 0.75)));
    EXPECT_EQ(l.bounds(), QRectF(0, 0, 1, 1));
}

TEST(PainAreaTest, an_area_is_valid_only_on_the_map_with_enough_corners_and_a_real_intensity)
{
    PainArea area =
        sampleArea(BodyView::Posterior, PainType::Burning, 6, QPointF(0.5, 0.5), 0.1, 0.1);
    EXPECT_TRUE(area.isValid());
    PainArea line = area;
    line.outline.resize(2);
    EXPECT_FALSE(line.isValid());
    PainArea off = area;
    off.outline[3] = QPointF(1.2, 0.5);
    EXPECT_FALSE(off.isValid());
    for (const int intensity : {0, 11}) {
        PainArea wrong = area;
        wrong.intensity = intensity;
        EXPECT_FALSE(wrong.isValid()) << intensity;
    }
    PainArea huge = area;
    huge.outline.resize(PainArea::MaxCorners + 1, QPointF(0.5, 0.5));
    EXPECT_FALSE(huge.isValid());
}

TEST(ReferralPatternsTest, a_paired_zone_is_given_for_the_right_and_mirrored_for_the_left)
{
    const ReferralPatterns patterns = smallPatterns();
    const QList<const ReferralZone*> shoulders = patterns.zonesWithId(QStringLiteral("shoulder"));
    ASSERT_EQ(shoulders.size(), 2);
    EXPECT_EQ(shoulders.at(0)->side, BodySide::Right);
    EXPECT_EQ(shoulders.at(0)->centre, QPointF(0.2, 0.2));
    EXPECT_EQ(shoulders.at(1)->side, BodySide::Left);
    EXPECT_DOUBLE_EQ(shoulders.at(1)->centre.x(), 0.8);
    const QList<const ReferralZone*> sacrum = patterns.zonesWithId(QStringLiteral("sacrum"));
    ASSERT_EQ(sacrum.size(), 1);
    EXPECT_FALSE(sacrum.first()->side.has_value());
    EXPECT_EQ(patterns.pattern(QStringLiteral("infraspinatus")).secondary,
              QStringList{QStringLiteral("elbow")});
}

TEST(ReferralPatternsTest, malformed_files_are_refused_with_the_line_at_fault)
{
    const QString zone = QStringLiteral("shoulder,Shoulder,anterior,paired,20,20,10,10\n");
    const QString pattern = QStringLiteral("infraspinatus,shoulder,\n");
    const struct {
        QString zones;
        QString patterns;
        const char* why;
    } cases[] = {
        {QStringLiteral("id,label\n"), PatternsHeader, "wrong header"},
        {ZonesHeader + zone + zone, PatternsHeader, "duplicate zone"},
        {ZonesHeader + QStringLiteral("a,A,sideways,paired,1,1,1,1\n"), PatternsHeader,
         "unknown view"},
        {ZonesHeader + QStringLiteral("a,A,anterior,both,1,1,1,1\n"), PatternsHeader,
         "unknown placement"},
        {ZonesHeader + QStringLiteral("a,A,anterior,paired,x,1,1,1\n"), PatternsHeader,
         "not a number"},
        {ZonesHeader + QStringLiteral("a,A,anterior,paired,1,1,0,1\n"), PatternsHeader,
         "no radius"},
        {ZonesHeader + zone, PatternsHeader + QStringLiteral("infraspinatus,elbow,\n"),
         "unknown zone"},
        {ZonesHeader + zone, PatternsHeader + pattern + pattern, "duplicate muscle"},
        {ZonesHeader + zone, PatternsHeader + QStringLiteral("infraspinatus,shoulder\n"),
         "too few fields"},
    };
    for (const auto& c : cases) {
        auto parsed = ReferralPatterns::fromCsv(c.zones, c.patterns, QSizeF(100, 100));
        ASSERT_FALSE(parsed.ok()) << c.why;
        EXPECT_TRUE(parsed.error().message.contains(QStringLiteral("line"))) << c.why;
    }
}

TEST(ReferralPatternsTest, the_built_in_patterns_cover_every_catalogued_muscle_with_known_zones)
{
    const ReferralPatterns& patterns = ReferralPatterns::builtIn();
    const MuscleCatalogue& catalogue = MuscleCatalogue::builtIn();
    ASSERT_FALSE(patterns.isEmpty());
    QSet<QString> catalogued;
    for (const Muscle& muscle : catalogue.all()) {
        catalogued.insert(muscle.id);
        const ReferralPatterns::Pattern pattern = patterns.pattern(muscle.id);
        EXPECT_FALSE(pattern.primary.isEmpty()) << muscle.id.toStdString() << " has no pattern";
    }
    for (const MuscleId& muscle : patterns.muscles())
        EXPECT_TRUE(catalogued.contains(muscle)) << muscle.toStdString() << " is not catalogued";
    for (const ReferralZone& zone : patterns.zones()) {
        EXPECT_GT(zone.centre.x(), 0) << zone.id.toStdString();
        EXPECT_LT(zone.centre.x(), 1) << zone.id.toStdString();
        EXPECT_GT(zone.centre.y(), 0) << zone.id.toStdString();
        EXPECT_LT(zone.centre.y(), 1) << zone.id.toStdString();
        EXPECT_FALSE(zone.label.isEmpty());
    }
}

TEST(ReferralRankingTest, a_fully_shaded_zone_at_full_intensity_counts_one_and_unshaded_nothing)
{
    const ReferralPatterns patterns = smallPatterns();
    const ReferralZone& rightShoulder = *patterns.zonesWithId(QStringLiteral("shoulder")).at(0);
    EXPECT_DOUBLE_EQ(ReferralRanking::zoneCoverage(rightShoulder, {}), 0.0);
    const PainArea full = covering(BodyView::Anterior, QPointF(0.2, 0.2), 0.2, 10);
    EXPECT_NEAR(ReferralRanking::zoneCoverage(rightShoulder, {full}), 1.0, 1e-9);
    const PainArea half = covering(BodyView::Anterior, QPointF(0.2, 0.2), 0.2, 5);
    EXPECT_NEAR(ReferralRanking::zoneCoverage(rightShoulder, {half}), 0.5, 1e-9);
    // The same place on the other view is not this zone.
    const PainArea back = covering(BodyView::Posterior, QPointF(0.2, 0.2), 0.2, 10);
    EXPECT_DOUBLE_EQ(ReferralRanking::zoneCoverage(rightShoulder, {back}), 0.0);
}

TEST(ReferralRankingTest, main_zones_outrank_spill_over_and_the_side_follows_the_drawing)
{
    const ReferralPatterns patterns = smallPatterns();
    const MuscleCatalogue& catalogue = MuscleCatalogue::builtIn();
    const ReferralRanking ranking(patterns, catalogue);

    // The front of the right shoulder (viewer's left on the front view).
    const QList<CandidateMuscle> shoulder =
        ranking.rank({covering(BodyView::Anterior, QPointF(0.2, 0.2), 0.12, 8)});
    ASSERT_EQ(shoulder.size(), 1);
    EXPECT_EQ(shoulder.first().muscleId, QStringLiteral("infraspinatus"));
    EXPECT_EQ(shoulder.first().side, BodySide::Right);
    EXPECT_EQ(shoulder.first().mainAreas, QStringList{QStringLiteral("Front of the shoulder")});

    // The left elbow: supinator's main zone, infraspinatus's spill-over, so supinator first.
    const QList<CandidateMuscle> elbow =
        ranking.rank({covering(BodyView::Anterior, QPointF(0.9, 0.5), 0.08, 8)});
    ASSERT_EQ(elbow.size(), 2);
    EXPECT_EQ(elbow.at(0).muscleId, QStringLiteral("supinator"));
    EXPECT_EQ(elbow.at(0).side, BodySide::Left);
    EXPECT_EQ(elbow.at(1).muscleId, QStringLiteral("infraspinatus"));
    EXPECT_NEAR(elbow.at(1).score, elbow.at(0).score * ReferralRanking::SpillOverWeight, 1e-9);
    EXPECT_EQ(elbow.at(1).otherAreas, QStringList{QStringLiteral("Elbow")});
}

TEST(ReferralRankingTest, a_midline_zone_suggests_the_muscle_on_both_sides)
{
    const ReferralPatterns patterns = smallPatterns();
    const ReferralRanking ranking(patterns, MuscleCatalogue::builtIn());
    const QList<CandidateMuscle> sacrum =
        ranking.rank({covering(BodyView::Posterior, QPointF(0.5, 0.6), 0.12, 6)});
    ASSERT_EQ(sacrum.size(), 2);
    EXPECT_EQ(sacrum.at(0).muscleId, QStringLiteral("gluteus_maximus"));
    EXPECT_EQ(sacrum.at(1).muscleId, QStringLiteral("gluteus_maximus"));
    EXPECT_NE(sacrum.at(0).side, sacrum.at(1).side);
}

TEST(ReferralRankingTest, a_stroke_grazing_a_zone_suggests_nothing_and_the_limit_is_kept)
{
    const ReferralPatterns patterns = smallPatterns();
    const ReferralRanking ranking(patterns, MuscleCatalogue::builtIn());
    // A sliver at the shoulder zone's edge, faint.
    EXPECT_TRUE(ranking.rank({covering(BodyView::Anterior, QPointF(0.2, 0.3), 0.01, 1)}).isEmpty());
    const QList<PainArea> everything = {covering(BodyView::Anterior, QPointF(0.5, 0.5), 0.49, 9),
                                        covering(BodyView::Posterior, QPointF(0.5, 0.5), 0.49, 9)};
    EXPECT_EQ(ranking.rank(everything).size(), 6); // three muscles, each on both sides
    EXPECT_EQ(ranking.rank(everything, 2).size(), 2);
    EXPECT_TRUE(ranking.rank(everything, 0).isEmpty());
}

// With the clinic's real data: pain at the front of the right shoulder and down the thumb side
// of the arm is infraspinatus's classic pattern.
TEST(ReferralRankingTest, the_classic_infraspinatus_pattern_puts_it_among_the_first_candidates)
{
    const ReferralPatterns& patterns = ReferralPatterns::builtIn();
    const ReferralRanking ranking(patterns, MuscleCatalogue::builtIn());
    QList<PainArea> drawing;
    for (const char* id : {"anterior_shoulder", "radial_forearm"}) {
        const QList<const ReferralZone*> zones = patterns.zonesWithId(QString::fromLatin1(id));
        ASSERT_FALSE(zones.isEmpty()) << id;
        const ReferralZone& right = *zones.first();
        ASSERT_EQ(right.side, BodySide::Right);
        drawing.append(sampleArea(right.view, PainType::Ache, 7, right.centre, right.radii.width(),
                                  right.radii.height(), 32));
    }
    const QList<CandidateMuscle> candidates = ranking.rank(drawing);
    ASSERT_FALSE(candidates.isEmpty());
    const auto infraspinatus =
        std::find_if(candidates.begin(), candidates.end(), [](const CandidateMuscle& c) {
            return c.muscleId == QStringLiteral("infraspinatus");
        });
    ASSERT_NE(infraspinatus, candidates.end());
    EXPECT_LT(std::distance(candidates.begin(), infraspinatus), 3);
    EXPECT_EQ(infraspinatus->side, BodySide::Right);
    for (const CandidateMuscle& c : candidates)
        EXPECT_NE(c.side, BodySide::Left) << c.muscleId.toStdString() << " on the wrong side";
}

} // namespace
} // namespace needlechart
