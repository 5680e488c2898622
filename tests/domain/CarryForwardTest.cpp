#include "needlechart/domain/session/CarryForward.h"

#include "needlechart/domain/bodymap/MuscleCatalogue.h"
#include "needlechart/domain/session/SessionValidator.h"

#include "SessionSamples.h"

#include <gtest/gtest.h>

namespace needlechart {
namespace {

const QDateTime Now(QDate(2026, 11, 24), QTime(10, 0), Qt::UTC);

// A note started from `previous`: its points added as an editor would, its rows appended.
Session startedFrom(const Session& previous)
{
    Session today = test::richSession(1, Now.addSecs(-600));
    today.points = {};
    today.needles.clear();
    today.otherCare.clear();
    today.needleCountNote.clear();
    const CarryForward::Items items = CarryForward::from(previous);
    for (const TriggerPoint& point : items.points)
        today.points.add(point);
    today.needles = items.needles;
    today.otherCare = CarryForward::careToAdd(today, items.care);
    return today;
}

TEST(CarryForwardTest, carries_places_and_plan_but_not_what_is_observed_or_counted_today)
{
    const Session last = test::richSession(1, Now.addDays(-7));
    const CarryForward::Items items = CarryForward::from(last);
    ASSERT_EQ(items.points.size(), 3);
    const TriggerPoint& trapezius = items.points.at(0);
    EXPECT_EQ(trapezius.muscleId, QStringLiteral("upper_trapezius"));
    EXPECT_EQ(trapezius.side, BodySide::Right);
    EXPECT_EQ(trapezius.position, last.points.points().at(0).position);
    EXPECT_EQ(trapezius.findings.technique, NeedlingTechnique::Pistoning) << "the plan carries";
    EXPECT_EQ(trapezius.findings.twitch, TwitchResponse::None) << "today's twitch is today's";
    EXPECT_FALSE(trapezius.findings.painReproduced);
    EXPECT_TRUE(trapezius.findings.notes.isEmpty());
    EXPECT_EQ(items.points.at(1).findings.retentionSeconds, 300);
    EXPECT_EQ(items.points.at(1).findings.depthMm, 15);

    ASSERT_EQ(items.needles.size(), 2);
    EXPECT_EQ(items.needles.at(0).lot, QStringLiteral("LOT-2291A"));
    EXPECT_EQ(items.needles.at(0).inserted, 0) << "today's needles are counted today";
    EXPECT_EQ(items.needles.at(0).removed, 0);
    ASSERT_EQ(items.care.size(), 3);
    EXPECT_EQ(items.care.at(1).note, QStringLiteral("Upper trapezius, 3 x 30 s"));

    for (const TriggerPoint& p : items.points)
        EXPECT_EQ(p.carriedFrom, CarriedFrom::LastSession);
    for (const NeedleUse& n : items.needles)
        EXPECT_EQ(n.carriedFrom, CarriedFrom::LastSession);
    for (const OtherCare& c : items.care)
        EXPECT_EQ(c.carriedFrom, CarriedFrom::LastSession);
}

TEST(CarryForwardTest, a_note_with_carried_items_left_unconfirmed_is_not_signed)
{
    Session today = startedFrom(test::richSession(1, Now.addDays(-7)));
    for (NeedleUse& use : today.needles)
        use.inserted = use.removed = 3;
    EXPECT_EQ(CarryForward::unconfirmedCount(today), 3 + 2 + 3);
    const auto errors = SessionValidator::checkForSigning(today, MuscleCatalogue::builtIn(), Now);
    QStringList fields;
    for (const FieldError& e : errors)
        fields << e.field;
    EXPECT_TRUE(fields.contains(QStringLiteral("points/0/muscle")))
        << fields.join(u' ').toStdString();
    EXPECT_TRUE(fields.contains(QStringLiteral("needles/1/inserted")));
    EXPECT_TRUE(fields.contains(QStringLiteral("otherCare/2/note")));

    // Recording a finding confirms a point; confirming the rest leaves a signable note.
    PointFindings found = today.points.points().at(0).findings;
    found.twitch = TwitchResponse::Single;
    today.points.setFindings(today.points.points().at(0).key, found);
    EXPECT_FALSE(today.points.points().at(0).isCarried());
    EXPECT_EQ(CarryForward::unconfirmedCount(today), 2 + 2 + 3);
    CarryForward::confirmAll(today);
    EXPECT_EQ(CarryForward::unconfirmedCount(today), 0);
    EXPECT_TRUE(
        SessionValidator::checkForSigning(today, MuscleCatalogue::builtIn(), Now).isEmpty());
}

TEST(CarryForwardTest, removing_the_unconfirmed_leaves_what_was_made_todays)
{
    Session today = startedFrom(test::richSession(1, Now.addDays(-7)));
    today.otherCare[0].note = QStringLiteral("Ischaemic compression, 3 min");
    today.otherCare[0].carriedFrom = CarriedFrom::Nowhere;
    CarryForward::removeUnconfirmedRows(today);
    EXPECT_TRUE(today.needles.isEmpty());
    ASSERT_EQ(today.otherCare.size(), 1);
    EXPECT_EQ(today.otherCare.at(0).note, QStringLiteral("Ischaemic compression, 3 min"));
    EXPECT_EQ(CarryForward::unconfirmedPointKeys(today).size(), 3) << "points are the editor's";
}

TEST(CarryForwardTest, only_a_draft_with_nothing_needled_yet_is_started_from_the_last_session)
{
    Session fresh;
    EXPECT_TRUE(CarryForward::canCarryInto(fresh));
    const Session charted = test::richSession(1, Now);
    EXPECT_FALSE(CarryForward::canCarryInto(charted)) << "copying would double its points";
    Session notNeedled;
    notNeedled.notNeedled = true;
    EXPECT_FALSE(CarryForward::canCarryInto(notNeedled));

    Session withStretching;
    withStretching.otherCare = {OtherCare{OtherCareKind::Stretching, QStringLiteral("Today's")}};
    const auto care =
        CarryForward::careToAdd(withStretching, CarryForward::from(test::richSession(1, Now)).care);
    ASSERT_EQ(care.size(), 2) << "the stretching typed today stays; no second entry of a kind";
    EXPECT_EQ(care.at(0).kind, OtherCareKind::SoftTissue);
}

TEST(CarryForwardTest, a_stimulated_points_settings_are_part_of_its_plan)
{
    Session last = test::richSession(1, Now.addDays(-7));
    PointFindings f = last.points.points().at(0).findings;
    f.technique = NeedlingTechnique::ElectricalStimulation;
    f.stimulation = ElectricalStimulation{2.0, 250, 4.0};
    last.points.setFindings(last.points.points().at(0).key, f);
    const CarryForward::Items items = CarryForward::from(last);
    EXPECT_EQ(items.points.at(0).findings.technique, NeedlingTechnique::ElectricalStimulation);
    EXPECT_EQ(items.points.at(0).findings.stimulation, f.stimulation);
}

} // namespace
} // namespace needlechart
