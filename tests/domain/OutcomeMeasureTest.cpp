#include "needlechart/domain/outcomes/OutcomeMeasure.h"

#include "needlechart/domain/outcomes/OutcomeChange.h"
#include "needlechart/domain/outcomes/OutcomeMeasureCatalogue.h"
#include "needlechart/domain/outcomes/PainTrend.h"

#include <gtest/gtest.h>

namespace needlechart {
namespace {

const OutcomeMeasure& psfs()
{
    const OutcomeMeasure* m = OutcomeMeasureCatalogue::builtIn().find(
        OutcomeMeasureCatalogue::PatientSpecificFunctionalScale);
    EXPECT_TRUE(m);
    return *m;
}

const OutcomeMeasure& nprs()
{
    const OutcomeMeasure* m =
        OutcomeMeasureCatalogue::builtIn().find(OutcomeMeasureCatalogue::PainRating);
    EXPECT_TRUE(m);
    return *m;
}

// A made-up three-question questionnaire, summed, lower is better, MCID 3.
QByteArray threeQuestions(const char* extra = "")
{
    return QByteArray(R"({"id": "demo", "name": "Demo index", "items": [
        {"key": "a", "text": "Walking"}, {"key": "b", "text": "Sleeping"},
        {"key": "c", "text": "Working"}],
        "scale": {"min": 0, "max": 5}, "scoring": "sum", "higherIsBetter": false,
        "mcid": {"value": 3, "source": "made up for the test"})")
           + extra + "}";
}

TEST(OutcomeMeasureTest, the_shipped_measures_read_with_their_mcid_and_source)
{
    const OutcomeMeasureCatalogue& catalogue = OutcomeMeasureCatalogue::builtIn();
    ASSERT_EQ(catalogue.all().size(), 2);
    for (const OutcomeMeasure& m : catalogue.all()) {
        EXPECT_GT(m.mcid, 0) << m.id.toStdString();
        EXPECT_FALSE(m.mcidSource.isEmpty()) << m.id.toStdString();
        EXPECT_FALSE(m.licence.isEmpty()) << m.id.toStdString();
    }
    EXPECT_TRUE(psfs().patientNamedItems);
    EXPECT_EQ(psfs().maxItems, 5);
    EXPECT_EQ(psfs().scoring, OutcomeScoring::Mean);
    EXPECT_FALSE(nprs().higherIsBetter);
    EXPECT_EQ(catalogue.find(QStringLiteral("ndi")), nullptr) << "not licensed to ship";
}

TEST(OutcomeMeasureTest, the_psfs_scores_the_mean_of_up_to_five_named_activities)
{
    const auto score = psfs().score({{QStringLiteral("Reaching to a high shelf"), 3},
                                     {QStringLiteral("Driving (turning the head)"), 5},
                                     {QStringLiteral("Sleeping on the left side"), 4}});
    ASSERT_TRUE(score.ok()) << score.error().message.toStdString();
    EXPECT_DOUBLE_EQ(*score, 4.0);
    EXPECT_DOUBLE_EQ(psfs().lowestScore(), 0);
    EXPECT_DOUBLE_EQ(psfs().highestScore(), 10);

    EXPECT_FALSE(psfs().score({}).ok()) << "at least one activity";
    QList<OutcomeAnswer> six;
    for (int i = 0; i < 6; ++i)
        six.append({QStringLiteral("Activity %1").arg(i), 5});
    EXPECT_FALSE(psfs().score(six).ok()) << "at most five";
    EXPECT_FALSE(
        psfs().score({{QStringLiteral("Running"), 4}, {QStringLiteral(" running "), 6}}).ok())
        << "each activity once";
    EXPECT_FALSE(psfs().score({{QStringLiteral("   "), 4}}).ok()) << "named";
    EXPECT_FALSE(psfs().score({{QStringLiteral("Running"), 11}}).ok()) << "on the scale";
}

TEST(OutcomeMeasureTest, a_questionnaire_defined_as_data_scores_once_every_item_is_answered)
{
    auto demo = OutcomeMeasure::fromJson(threeQuestions());
    ASSERT_TRUE(demo.ok()) << demo.error().message.toStdString();
    EXPECT_EQ(demo->items.size(), 3);
    auto score =
        demo->score({{QStringLiteral("a"), 1}, {QStringLiteral("b"), 4}, {QStringLiteral("c"), 0}});
    ASSERT_TRUE(score.ok());
    EXPECT_DOUBLE_EQ(*score, 5.0);
    EXPECT_DOUBLE_EQ(demo->highestScore(), 15.0);
    EXPECT_FALSE(demo->score({{QStringLiteral("a"), 1}, {QStringLiteral("b"), 4}}).ok());
    EXPECT_FALSE(
        demo->score({{QStringLiteral("a"), 1}, {QStringLiteral("a"), 4}, {QStringLiteral("c"), 0}})
            .ok());
    EXPECT_FALSE(
        demo->score({{QStringLiteral("a"), 1}, {QStringLiteral("b"), 4}, {QStringLiteral("z"), 0}})
            .ok());
}

TEST(OutcomeMeasureTest, a_definition_that_cannot_score_is_refused)
{
    const char* broken[] = {
        "not json",
        R"({"name": "No id", "items": [{"key": "a", "text": "A"}], "scale": {"min": 0, "max": 5}, "scoring": "sum"})",
        R"({"id": "x", "name": "X", "items": [{"key": "a", "text": "A"}], "scale": {"min": 5, "max": 5}, "scoring": "sum"})",
        R"({"id": "x", "name": "X", "items": [{"key": "a", "text": "A"}], "scale": {"min": 0, "max": 5}, "scoring": "median"})",
        R"({"id": "x", "name": "X", "items": [], "scale": {"min": 0, "max": 5}, "scoring": "sum"})",
        R"({"id": "x", "name": "X", "items": [{"key": "a", "text": "A"}, {"key": "a", "text": "B"}], "scale": {"min": 0, "max": 5}, "scoring": "sum"})",
        R"({"id": "x", "name": "X", "items": [{"key": "a", "text": "A"}], "scale": {"min": 0, "max": 5}, "scoring": "sum", "mcid": {"value": 2}})",
        R"({"id": "x", "name": "X", "patientNamedItems": true, "minItems": 3, "maxItems": 2, "scale": {"min": 0, "max": 5}, "scoring": "mean"})",
    };
    for (const char* json : broken)
        EXPECT_FALSE(OutcomeMeasure::fromJson(QByteArray(json)).ok()) << json;
    EXPECT_FALSE(OutcomeMeasureCatalogue::fromJson({threeQuestions(), threeQuestions()}).ok())
        << "one id, one measure";
}

TEST(OutcomeMeasureTest, a_change_is_read_against_the_direction_and_the_mcid)
{
    // PSFS: higher is better, MCID 2.
    const OutcomeChange better = OutcomeChange::of(psfs(), 3.0, 5.0);
    EXPECT_TRUE(better.improved);
    EXPECT_TRUE(better.clinicallyImportant) << "exactly the MCID counts";
    const OutcomeChange little = OutcomeChange::of(psfs(), 3.0, 4.5);
    EXPECT_TRUE(little.improved);
    EXPECT_FALSE(little.clinicallyImportant);
    // NPRS: lower is better.
    const OutcomeChange lessPain = OutcomeChange::of(nprs(), 7, 3);
    EXPECT_DOUBLE_EQ(lessPain.change, -4);
    EXPECT_TRUE(lessPain.improved);
    EXPECT_FALSE(lessPain.worsened);
    EXPECT_TRUE(lessPain.clinicallyImportant);
    const OutcomeChange morePain = OutcomeChange::of(nprs(), 3, 6);
    EXPECT_TRUE(morePain.worsened);
    EXPECT_TRUE(morePain.clinicallyImportant);
    EXPECT_FALSE(OutcomeChange::of(nprs(), 4, 4).improved);
}

TEST(PainTrendTest, signed_scored_visits_oldest_first_and_the_change_from_the_first_visit)
{
    const QDateTime monday(QDate(2026, 11, 2), QTime(9, 0), Qt::UTC);
    auto summary = [&](int week, std::optional<int> before, std::optional<int> after,
                       SessionStatus status = SessionStatus::Signed) {
        SessionSummary s;
        s.treatedAt = monday.addDays(7 * week);
        s.painBefore = before;
        s.painAfter = after;
        s.status = status;
        return s;
    };
    // Newest first, as the history lists them; a draft and an unscored visit left out.
    const std::vector<SessionSummary> history = {
        summary(4, 2, 1, SessionStatus::Draft), summary(3, 3, 1),
        summary(2, std::nullopt, std::nullopt), summary(1, 5, 3), summary(0, 7, 4)};
    const PainTrend trend = PainTrend::of(history);
    ASSERT_EQ(trend.visits.size(), 3);
    EXPECT_EQ(trend.visits.first().before, 7);
    EXPECT_EQ(trend.visits.last().before, 3);
    const auto change = trend.change(nprs());
    ASSERT_TRUE(change);
    EXPECT_DOUBLE_EQ(change->change, -4);
    EXPECT_TRUE(change->improved);
    EXPECT_TRUE(change->clinicallyImportant);

    EXPECT_FALSE(PainTrend::of({summary(0, 6, 2)}).change(nprs())) << "one visit is no trend";
}

} // namespace
} // namespace needlechart
