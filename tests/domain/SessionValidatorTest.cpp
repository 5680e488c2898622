#include "needlechart/domain/session/SessionValidator.h"

#include "needlechart/domain/bodymap/MuscleCatalogue.h"
#include "needlechart/domain/session/DraftNote.h"

#include "SessionSamples.h"

#include <QLocale>
#include <QSet>

#include <gtest/gtest.h>

namespace needlechart {
namespace {

using test::richSession;

const QDateTime Now(QDate(2026, 11, 24), QTime(10, 0), Qt::UTC);

class SessionValidatorTest : public ::testing::Test {
protected:
    Session session = richSession(1, Now.addSecs(-3600));
    const MuscleCatalogue& catalogue = MuscleCatalogue::builtIn();

    QList<FieldError> signing() const
    {
        return SessionValidator::checkForSigning(session, catalogue, Now);
    }
    QList<FieldError> draft() const { return SessionValidator::checkDraft(session, catalogue); }

    static QString messageFor(const QList<FieldError>& errors, const QString& field)
    {
        for (const FieldError& e : errors) {
            if (e.field == field)
                return e.message;
        }
        return {};
    }
    static std::string fields(const QList<FieldError>& errors)
    {
        std::string text;
        for (const FieldError& e : errors)
            text += e.field.toStdString() + ": " + e.message.toStdString() + "\n";
        return text;
    }
};

TEST_F(SessionValidatorTest, a_complete_note_can_be_signed)
{
    EXPECT_TRUE(signing().isEmpty()) << fields(signing());
}

TEST_F(SessionValidatorTest, an_empty_draft_is_a_valid_draft_but_not_a_signable_note)
{
    Session empty;
    empty.patientId = 1;
    EXPECT_TRUE(SessionValidator::checkDraft(empty, catalogue).isEmpty());
    const auto errors = SessionValidator::checkForSigning(empty, catalogue, Now);
    for (const QString& field :
         {SessionFields::TreatedAt, SessionFields::Clinician, SessionFields::PresentingComplaint,
          SessionFields::Position, SessionFields::PainBefore, SessionFields::PainAfter,
          SessionFields::Points, SessionFields::Needles, SessionFields::Advice})
        EXPECT_FALSE(messageFor(errors, field).isEmpty()) << field.toStdString();
}

TEST_F(SessionValidatorTest, an_electrically_stimulated_point_needs_its_settings_and_duration)
{
    PointFindings f = session.points.points().at(0).findings;
    f.technique = NeedlingTechnique::ElectricalStimulation;
    f.retentionSeconds.reset();
    session.points.setFindings(session.points.points().at(0).key, f);
    const QList<FieldError> errors = signing();
    for (const QString& field : {SessionFields::RetentionSeconds, SessionFields::FrequencyHz,
                                 SessionFields::PulseWidthUs, SessionFields::IntensityMa})
        EXPECT_FALSE(
            messageFor(errors, SessionFields::row(SessionFields::Points, 0, field)).isEmpty())
            << field.toStdString() << "\n"
            << fields(errors);
    EXPECT_TRUE(draft().isEmpty()) << "a draft may leave them for later";

    f.retentionSeconds = 900;
    f.stimulation = ElectricalStimulation{2.0, 250, 4.5};
    session.points.setFindings(session.points.points().at(0).key, f);
    EXPECT_TRUE(signing().isEmpty()) << fields(signing());
}

TEST_F(SessionValidatorTest, stimulator_settings_out_of_range_are_refused_even_in_a_draft)
{
    PointFindings f = session.points.points().at(1).findings;
    f.technique = NeedlingTechnique::ElectricalStimulation;
    f.stimulation = ElectricalStimulation{500.0, 5, 200.0};
    session.points.setFindings(session.points.points().at(1).key, f);
    const QList<FieldError> errors = draft();
    EXPECT_EQ(errors.size(), 3) << fields(errors);
    EXPECT_FALSE(
        messageFor(errors, SessionFields::row(SessionFields::Points, 1, SessionFields::FrequencyHz))
            .isEmpty());
}

TEST_F(SessionValidatorTest, a_needle_count_mismatch_blocks_signing_until_explained)
{
    session.needles[0].removed = 4; // 7 in, 6 out
    session.needleCountNote.clear();
    const QString message = messageFor(signing(), SessionFields::NeedleCountNote);
    EXPECT_TRUE(message.contains(QStringLiteral("7 needles were inserted but 6 counted out")))
        << message.toStdString();
    EXPECT_TRUE(draft().isEmpty()) << "a draft may hold a mismatch";

    session.needleCountNote = QStringLiteral("One needle bent and disposed of before insertion; "
                                             "found in the sharps bin.");
    EXPECT_TRUE(signing().isEmpty()) << fields(signing());
}

TEST_F(SessionValidatorTest, no_needles_recorded_blocks_signing_with_its_own_message)
{
    session.needles.clear();
    EXPECT_TRUE(
        messageFor(signing(), SessionFields::Needles).contains(QStringLiteral("needles used")));
}

TEST_F(SessionValidatorTest, out_of_range_scores_are_refused_even_in_a_draft)
{
    session.painBefore = 11;
    session.painAfter = -1;
    session.soreness = 12;
    const auto errors = draft();
    EXPECT_EQ(messageFor(errors, SessionFields::PainBefore),
              QStringLiteral("Pain before must be from 0 to 10."));
    EXPECT_EQ(messageFor(errors, SessionFields::PainAfter),
              QStringLiteral("Pain after must be from 0 to 10."));
    EXPECT_EQ(messageFor(errors, SessionFields::Soreness),
              QStringLiteral("Soreness must be from 0 to 10."));
}

TEST_F(SessionValidatorTest, point_values_out_of_range_name_the_point_and_the_field)
{
    PointFindings f = session.points.points().at(1).findings;
    f.depthMm = 300;
    f.needleGaugeMm = 0.9;
    f.retentionSeconds = 7200;
    session.points.setFindings(session.points.points().at(1).key, f);
    const auto errors = draft();
    using SessionFields::row;
    EXPECT_EQ(messageFor(errors, row(SessionFields::Points, 1, SessionFields::DepthMm)),
              QStringLiteral("Point 2: depth must be from 1 to 120 mm."));
    EXPECT_EQ(messageFor(errors, row(SessionFields::Points, 1, SessionFields::GaugeMm)),
              QStringLiteral("Needle gauge must be from 0.12 to 0.40 mm."));
    EXPECT_FALSE(messageFor(errors, row(SessionFields::Points, 1, SessionFields::RetentionSeconds))
                     .isEmpty());
}

TEST_F(SessionValidatorTest, a_multiple_twitch_response_needs_a_count)
{
    PointFindings f = session.points.points().at(0).findings;
    f.twitchCount = 1;
    session.points.setFindings(session.points.points().at(0).key, f);
    EXPECT_FALSE(messageFor(draft(), SessionFields::row(SessionFields::Points, 0,
                                                        SessionFields::TwitchCount))
                     .isEmpty());
}

TEST_F(SessionValidatorTest, a_static_needle_needs_its_retention_time_to_sign)
{
    PointFindings f = session.points.points().at(1).findings;
    f.retentionSeconds.reset();
    session.points.setFindings(session.points.points().at(1).key, f);
    EXPECT_TRUE(draft().isEmpty());
    EXPECT_TRUE(messageFor(signing(), SessionFields::row(SessionFields::Points, 1,
                                                         SessionFields::RetentionSeconds))
                    .contains(QStringLiteral("how long the needle was left in")));
}

TEST_F(SessionValidatorTest, a_point_on_an_unknown_muscle_is_refused)
{
    session.points.add(TriggerPoint(0, BodyView::Anterior, QStringLiteral("no_such_muscle"),
                                    BodySide::Left, QPointF(0.5, 0.5)));
    EXPECT_TRUE(messageFor(draft(),
                           SessionFields::row(SessionFields::Points, 3, SessionFields::PointMuscle))
                    .contains(QStringLiteral("not in the catalogue")));
}

TEST_F(SessionValidatorTest, an_other_site_needs_a_name_within_its_limit)
{
    TriggerPoint site(0, BodyView::Anterior, OtherSiteId, BodySide::Left, QPointF(0.6, 0.9));
    session.points.add(site);
    const QString field = SessionFields::row(SessionFields::Points, 3, SessionFields::PointMuscle);
    EXPECT_TRUE(messageFor(draft(), field).contains(QStringLiteral("name the other site")))
        << fields(draft());

    session.points = richSession(1, Now.addSecs(-3600)).points;
    site.siteName = QString(SessionValidator::MaxSiteNameLength + 1, QLatin1Char('x'));
    session.points.add(site);
    EXPECT_FALSE(messageFor(draft(), field).isEmpty()) << "too long";

    session.points = richSession(1, Now.addSecs(-3600)).points;
    site.siteName = QStringLiteral("Plantar fascia");
    session.points.add(site);
    EXPECT_TRUE(signing().isEmpty()) << fields(signing());
}

TEST_F(SessionValidatorTest, a_serious_adverse_event_needs_action_and_follow_up)
{
    session.adverseEvents[1].actionTaken.clear();
    session.adverseEvents[1].followUp = QStringLiteral("  ");
    const auto errors = signing();
    using SessionFields::row;
    EXPECT_EQ(messageFor(errors, row(SessionFields::AdverseEvents, 1, SessionFields::ActionTaken)),
              QStringLiteral("Fainting (vasovagal) is graded serious: record the action taken."));
    EXPECT_EQ(messageFor(errors, row(SessionFields::AdverseEvents, 1, SessionFields::FollowUp)),
              QStringLiteral("Fainting (vasovagal) is serious: record the follow-up arranged."));
}

TEST_F(SessionValidatorTest, an_other_adverse_event_needs_a_description)
{
    session.adverseEvents.append(
        AdverseEvent{AdverseEventKind::Other, AdverseEventGrade::Mild, {}, {}, {}});
    EXPECT_EQ(messageFor(signing(), SessionFields::row(SessionFields::AdverseEvents, 2,
                                                       SessionFields::Description)),
              QStringLiteral("Describe the adverse event."));
}

TEST_F(SessionValidatorTest, bruising_needs_its_site)
{
    session.bruisingSite.clear();
    EXPECT_EQ(messageFor(signing(), SessionFields::BruisingSite),
              QStringLiteral("Say where the bruising is."));
    session.bruising = BruisingGrade::None;
    EXPECT_TRUE(signing().isEmpty());
}

TEST_F(SessionValidatorTest, a_treatment_time_in_the_future_cannot_be_signed)
{
    session.treatedAt = Now.addSecs(SessionValidator::FutureToleranceSeconds + 60);
    EXPECT_EQ(messageFor(signing(), SessionFields::TreatedAt),
              QStringLiteral("The time of treatment is in the future."));
    session.treatedAt = Now.addSecs(60); // a workstation clock a minute fast
    EXPECT_TRUE(signing().isEmpty());
}

TEST_F(SessionValidatorTest, an_amendment_needs_a_reason_and_a_text)
{
    EXPECT_EQ(SessionValidator::checkAmendment(QString(), QStringLiteral("x")).size(), 1);
    EXPECT_EQ(SessionValidator::checkAmendment(QStringLiteral("x"), QStringLiteral(" ")).size(), 1);
    EXPECT_TRUE(SessionValidator::checkAmendment(QStringLiteral("Wrong side"),
                                                 QStringLiteral("Point 3 was right"))
                    .isEmpty());
}

// Issue 12, defect 13: every text of a note has a limit, checked on every draft save, and going
// over it names the field and the limit.
TEST_F(SessionValidatorTest, every_text_over_its_limit_is_refused_in_a_draft_naming_field_and_limit)
{
    using namespace SessionFields;
    ASSERT_GE(session.points.size(), 1);
    ASSERT_GE(session.needles.size(), 1);
    ASSERT_GE(session.otherCare.size(), 1);
    ASSERT_GE(session.adverseEvents.size(), 1);
    const auto over = [](int limit) { return QString(limit + 1, QLatin1Char('x')); };
    const int text = SessionValidator::MaxTextLength;
    session.presentingComplaint = over(text);
    session.needleCountNote = over(text);
    session.bruisingSite = over(SessionValidator::MaxBruisingSiteLength);
    session.advice = over(text);
    session.followUp = over(SessionValidator::MaxFollowUpLength);
    PointFindings findings = session.points.points().front().findings;
    findings.notes = over(text);
    ASSERT_TRUE(session.points.setFindings(session.points.points().front().key, findings));
    session.needles[0].lot = over(SessionValidator::MaxLotLength);
    session.otherCare[0].note = over(text);
    session.adverseEvents[0].description = over(text);
    session.adverseEvents[0].actionTaken = over(text);
    session.adverseEvents[0].followUp = over(text);

    const QList<FieldError> errors = draft();
    const QSet<QString> expected = {PresentingComplaint,
                                    NeedleCountNote,
                                    BruisingSite,
                                    Advice,
                                    FollowUp,
                                    row(Points, 0, Note),
                                    row(Needles, 0, Lot),
                                    row(Care, 0, Note),
                                    row(AdverseEvents, 0, Description),
                                    row(AdverseEvents, 0, ActionTaken),
                                    row(AdverseEvents, 0, FollowUp)};
    QSet<QString> found;
    for (const FieldError& e : errors)
        found.insert(e.field);
    EXPECT_EQ(found, expected) << fields(errors);
    EXPECT_EQ(
        messageFor(errors, PresentingComplaint),
        QStringLiteral("The presenting complaint can be at most %1 characters (this one has %2).")
            .arg(QLocale().toString(text), QLocale().toString(text + 1)));
    EXPECT_TRUE(messageFor(errors, BruisingSite)
                    .startsWith(QStringLiteral("The bruising site can be at most %1 characters")
                                    .arg(SessionValidator::MaxBruisingSiteLength)));
    EXPECT_TRUE(messageFor(errors, row(Points, 0, Note))
                    .startsWith(QStringLiteral("The notes on point 1 ")));
    EXPECT_TRUE(
        messageFor(errors, row(Needles, 0, Lot))
            .startsWith(QStringLiteral("The lot number in needle row 1 can be at most 64 ")));
    EXPECT_TRUE(messageFor(errors, row(AdverseEvents, 0, Description))
                    .startsWith(QStringLiteral("The description of ")));

    // At the limit everything is fine.
    Session atLimit = richSession(1, Now.addSecs(-3600));
    atLimit.presentingComplaint = QString(text, QLatin1Char('x'));
    atLimit.followUp = QString(SessionValidator::MaxFollowUpLength, QLatin1Char('x'));
    EXPECT_TRUE(SessionValidator::checkDraft(atLimit, catalogue).isEmpty());
}

TEST_F(SessionValidatorTest, an_amendment_over_its_limit_names_the_field_and_the_limit)
{
    const QList<FieldError> errors = SessionValidator::checkAmendment(
        QStringLiteral("Late entry"),
        QString(SessionValidator::MaxTextLength + 1, QLatin1Char('x')));
    ASSERT_EQ(errors.size(), 1);
    EXPECT_EQ(errors.front().field, SessionFields::Text);
    EXPECT_TRUE(errors.front().message.startsWith(QStringLiteral("The amendment can be at most ")));
}

TEST(SessionTermsTest, every_vocabulary_has_unique_keys_that_round_trip)
{
    auto check = [](auto values) {
        QSet<QString> seen;
        for (auto value : values) {
            const QString key = enumKey(value);
            EXPECT_FALSE(key.isEmpty());
            EXPECT_FALSE(enumLabel(value).isEmpty());
            EXPECT_FALSE(seen.contains(key)) << key.toStdString();
            seen.insert(key);
            EXPECT_EQ(enumFromKey<decltype(value)>(key), value);
        }
    };
    check(enumValues<SessionStatus>());
    check(enumValues<PointActivity>());
    check(enumValues<TwitchResponse>());
    check(enumValues<NeedlingTechnique>());
    check(enumValues<PatientPosition>());
    check(enumValues<BruisingGrade>());
    check(enumValues<OtherCareKind>());
    check(enumValues<AdverseEventKind>());
    check(enumValues<AdverseEventGrade>());
    EXPECT_EQ(enumValues<AdverseEventKind>().size(), 11);
    EXPECT_FALSE(enumFromKey<TwitchResponse>(QStringLiteral("several")).has_value());
}

TEST(PointFindingsTest, a_multiple_twitch_response_and_its_count_are_set_together)
{
    PointFindings f;
    f.setTwitch(TwitchResponse::Multiple);
    EXPECT_EQ(f.twitchCount, 2) << "multiple means two twitches at least";
    f.setTwitchCount(5);
    EXPECT_EQ(f.twitch, TwitchResponse::Multiple);
    EXPECT_EQ(f.twitchCount, 5);
    f.setTwitch(TwitchResponse::Multiple);
    EXPECT_EQ(f.twitchCount, 5) << "a count already high enough is kept";

    PointFindings single;
    single.setTwitch(TwitchResponse::Single);
    single.setTwitchCount(1);
    EXPECT_EQ(single.twitch, TwitchResponse::Single) << "one twitch does not make it multiple";
    single.setTwitchCount(3);
    EXPECT_EQ(single.twitch, TwitchResponse::Multiple);
}

} // namespace
} // namespace needlechart

namespace needlechart {
namespace {

TEST(DraftNoteTest, a_draft_is_overdue_once_the_clinic_has_closed_on_the_day_of_treatment)
{
    DraftNote draft;
    draft.treatedAt = QDateTime(QDate(2026, 11, 24), QTime(10, 0), Qt::LocalTime).toUTC();
    const QTime closes(18, 0);
    const auto at = [](int day, int hour) {
        return QDateTime(QDate(2026, 11, day), QTime(hour, 0), Qt::LocalTime).toUTC();
    };
    EXPECT_FALSE(draft.isOverdue(at(24, 12), closes)) << "the same day, the clinic still open";
    EXPECT_TRUE(draft.isOverdue(at(24, 18), closes)) << "closed";
    EXPECT_TRUE(draft.isOverdue(at(25, 8), closes)) << "the next day";
}

} // namespace
} // namespace needlechart

namespace needlechart {

TEST(PatientPositionsTest, several_positions_are_kept_once_each_in_a_fixed_order)
{
    QList<PatientPosition> positions;
    positions = withPatientPosition(positions, PatientPosition::Sitting, true);
    positions = withPatientPosition(positions, PatientPosition::Prone, true);
    positions = withPatientPosition(positions, PatientPosition::Sitting, true);
    EXPECT_EQ(positions,
              (QList<PatientPosition>{PatientPosition::Prone, PatientPosition::Sitting}));
    EXPECT_EQ(patientPositionsKey(positions), QStringLiteral("prone,sitting"));
    EXPECT_EQ(patientPositionsFromKey(QStringLiteral("sitting,prone,unknown")), positions);
    positions = withPatientPosition(positions, PatientPosition::Prone, false);
    EXPECT_EQ(positions, QList<PatientPosition>{PatientPosition::Sitting});
}

TEST(PatientPositionsTest, one_position_has_the_key_it_had_when_a_note_held_only_one)
{
    // Stored notes and the hashes of signed ones hold the single key: it must not change.
    EXPECT_EQ(patientPositionsKey({PatientPosition::SideLyingLeft}),
              QStringLiteral("side-lying-left"));
    EXPECT_EQ(patientPositionsFromKey(QStringLiteral("side-lying-left")),
              QList<PatientPosition>{PatientPosition::SideLyingLeft});
    EXPECT_TRUE(patientPositionsKey({}).isEmpty());
    EXPECT_TRUE(patientPositionsFromKey(QString()).isEmpty());
}

} // namespace needlechart
