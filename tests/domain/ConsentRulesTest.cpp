#include "needlechart/domain/consent/ConsentRules.h"

#include "needlechart/domain/common/DisplayText.h"
#include "needlechart/domain/common/TextLimit.h"
#include "needlechart/domain/consent/ScreeningChecklist.h"

#include <QSet>

#include <gtest/gtest.h>

namespace needlechart {
namespace {

const QDateTime Now(QDate(2026, 11, 24), QTime(10, 0), Qt::UTC);

Consent given()
{
    Consent c;
    c.id = 7;
    c.patientId = 1;
    c.recordedAt = Now.addDays(-30);
    c.leafletVersion = 2;
    c.scope = QStringLiteral("Neck, course of treatment");
    c.signedName = QStringLiteral("A Patient");
    c.clinician = QStringLiteral("Alex Morgan");
    return c;
}

Screening clear()
{
    Screening s;
    s.id = 9;
    s.patientId = 1;
    s.screenedAt = Now.addDays(-30);
    s.clinician = QStringLiteral("Alex Morgan");
    return s;
}

TEST(ConsentRulesTest,
     consent_in_force_and_a_current_clear_screening_clear_needling_and_name_what_they_rest_on)
{
    const NeedlingClearance c = ConsentRules::evaluate(given(), clear(), Now, 12);
    EXPECT_TRUE(c.isCleared());
    EXPECT_EQ(c.consentId, 7);
    EXPECT_EQ(c.leafletVersion, 2);
    EXPECT_EQ(c.screeningId, 9);
    EXPECT_TRUE(c.warnings.isEmpty());
}

TEST(ConsentRulesTest, missing_consent_and_missing_screening_each_block_with_their_own_reason)
{
    const NeedlingClearance c = ConsentRules::evaluate(std::nullopt, std::nullopt, Now, 12);
    EXPECT_FALSE(c.isCleared());
    EXPECT_TRUE(c.isBlockedBy(NeedlingClearance::Block::NoConsent));
    EXPECT_TRUE(c.isBlockedBy(NeedlingClearance::Block::NoScreening));
    EXPECT_EQ(c.blocks.size(), 2);
}

TEST(ConsentRulesTest, declined_or_withdrawn_consent_blocks)
{
    Consent declined = given();
    declined.decision = ConsentDecision::Declined;
    EXPECT_TRUE(ConsentRules::evaluate(declined, clear(), Now, 12)
                    .isBlockedBy(NeedlingClearance::Block::ConsentDeclined));
    Consent withdrawn = given();
    withdrawn.withdrawnAt = Now.addDays(-1);
    EXPECT_TRUE(ConsentRules::evaluate(withdrawn, clear(), Now, 12)
                    .isBlockedBy(NeedlingClearance::Block::ConsentWithdrawn));
}

TEST(ConsentRulesTest, a_screening_older_than_the_review_interval_has_expired)
{
    Screening old = clear();
    old.screenedAt = Now.addMonths(-13);
    EXPECT_TRUE(ConsentRules::evaluate(given(), old, Now, 12)
                    .isBlockedBy(NeedlingClearance::Block::ScreeningExpired));
    EXPECT_TRUE(ConsentRules::evaluate(given(), old, Now, 18).isCleared())
        << "the interval is the clinic's";
}

TEST(ConsentRulesTest, an_absolute_contraindication_blocks_and_a_precaution_warns_with_its_note)
{
    Screening s = clear();
    s.answers = {ScreeningAnswer{QStringLiteral("lymphoedema"), true, QString()}};
    const NeedlingClearance blocked = ConsentRules::evaluate(given(), s, Now, 12);
    EXPECT_TRUE(blocked.isBlockedBy(NeedlingClearance::Block::Contraindicated));

    s.answers = {ScreeningAnswer{QStringLiteral("anticoagulants"), true,
                                 QStringLiteral("Warfarin, INR 2.4")},
                 ScreeningAnswer{QStringLiteral("thorax"), true, QStringLiteral("Thin chest wall")},
                 ScreeningAnswer{QStringLiteral("epilepsy"), false, QString()}};
    const NeedlingClearance warned = ConsentRules::evaluate(given(), s, Now, 12);
    EXPECT_TRUE(warned.isCleared());
    ASSERT_EQ(warned.warnings.size(), 2);
    EXPECT_TRUE(warned.warnings.at(0).contains(QStringLiteral("Warfarin, INR 2.4")));
    EXPECT_TRUE(warned.concerns.testFlag(CautionKind::Pneumothorax)) << "caution: thorax";
}

TEST(ConsentRulesTest,
     a_new_session_opens_on_consent_and_screening_when_blocked_or_a_precaution_is_present)
{
    EXPECT_FALSE(ConsentRules::evaluate(given(), clear(), Now, 12).needsReviewBeforeNeedling())
        << "a plain clearance goes straight to the map";
    EXPECT_TRUE(ConsentRules::evaluate(std::nullopt, clear(), Now, 12).needsReviewBeforeNeedling());
    EXPECT_TRUE(ConsentRules::evaluate(given(), std::nullopt, Now, 12).needsReviewBeforeNeedling());
    Screening pregnant = clear();
    pregnant.answers = {
        ScreeningAnswer{QStringLiteral("pregnancy"), true, QStringLiteral("20 weeks")}};
    const NeedlingClearance withCare = ConsentRules::evaluate(given(), pregnant, Now, 12);
    EXPECT_TRUE(withCare.isCleared());
    EXPECT_TRUE(withCare.needsReviewBeforeNeedling());
}

TEST(ConsentRulesTest, a_precaution_ticked_without_a_note_is_refused)
{
    Screening s = clear();
    s.answers = {ScreeningAnswer{QStringLiteral("pregnancy"), true, QStringLiteral("  ")},
                 ScreeningAnswer{QStringLiteral("no-such-question"), true, QStringLiteral("x")}};
    const auto errors = ConsentRules::checkScreening(s);
    ASSERT_EQ(errors.size(), 2);
    EXPECT_EQ(errors.at(0).field, QStringLiteral("pregnancy"));
    EXPECT_EQ(errors.at(1).field, QStringLiteral("no-such-question"));
}

TEST(ConsentRulesTest, a_written_consent_needs_the_signed_name_scope_and_leaflet_version)
{
    Consent c = given();
    c.signedName.clear();
    c.scope.clear();
    c.leafletVersion = 0;
    const auto errors = ConsentRules::checkConsent(c);
    EXPECT_EQ(errors.size(), 3);
    Consent verbal = given();
    verbal.form = ConsentForm::Verbal;
    verbal.signedName.clear();
    EXPECT_TRUE(ConsentRules::checkConsent(verbal).isEmpty());
    Consent declined = given();
    declined.decision = ConsentDecision::Declined;
    declined.scope.clear();
    declined.signedName.clear();
    EXPECT_TRUE(ConsentRules::checkConsent(declined).isEmpty());
}

// Issue 12, defect 13: every text of a consent, a screening and a withdrawal has a limit, and
// going over it names the field and the limit.
TEST(ConsentRulesTest, consent_screening_and_withdrawal_texts_over_their_limits_are_refused)
{
    const auto over = [](int limit) { return QString(limit + 1, QLatin1Char('x')); };
    Consent c = given();
    c.scope = over(ConsentRules::MaxScopeLength);
    c.signedName = over(ConsentRules::MaxNameLength);
    c.witness = over(ConsentRules::MaxNameLength);
    const QList<FieldError> errors = ConsentRules::checkConsent(c);
    ASSERT_EQ(errors.size(), 3);
    EXPECT_EQ(errors.at(0).field, ConsentFields::Scope);
    EXPECT_EQ(errors.at(0).message,
              TextLimit::message(QStringLiteral("What the consent covers"),
                                 ConsentRules::MaxScopeLength, ConsentRules::MaxScopeLength + 1));
    EXPECT_EQ(errors.at(1).field, ConsentFields::SignedName);
    EXPECT_EQ(errors.at(2).field, ConsentFields::Witness);
    EXPECT_TRUE(
        errors.at(2).message.startsWith(QStringLiteral("The witness's name can be at most ")));

    Screening s = clear();
    s.answers = {
        ScreeningAnswer{QStringLiteral("pregnancy"), true, over(ConsentRules::MaxNoteLength)}};
    const QList<FieldError> screening = ConsentRules::checkScreening(s);
    ASSERT_EQ(screening.size(), 1);
    EXPECT_EQ(screening.front().field, QStringLiteral("pregnancy"));
    EXPECT_TRUE(screening.front().message.startsWith(QStringLiteral("The note on \u201c")))
        << screening.front().message.toStdString();

    EXPECT_TRUE(
        ConsentRules::checkWithdrawal(QString(ConsentRules::MaxNoteLength, QLatin1Char('x')))
            .isEmpty());
    const QList<FieldError> withdrawal =
        ConsentRules::checkWithdrawal(over(ConsentRules::MaxNoteLength));
    ASSERT_EQ(withdrawal.size(), 1);
    EXPECT_EQ(withdrawal.front().field, ConsentFields::WithdrawalNote);
}

TEST(ConsentRulesTest, a_precautions_note_is_isolated_beside_the_question_it_answers)
{
    Screening s = clear();
    s.answers = {
        ScreeningAnswer{QStringLiteral("anticoagulants"), true, QStringLiteral("וורפרין")}};
    const NeedlingClearance c = ConsentRules::evaluate(given(), s, Now, 12);
    ASSERT_EQ(c.warnings.size(), 1);
    EXPECT_TRUE(c.warnings.front().endsWith(DisplayText::isolate(QStringLiteral("וורפרין"))));
}

TEST(ScreeningChecklistTest, lists_absolute_contraindications_and_precautions_with_unique_keys)
{
    QSet<QString> keys;
    int absolute = 0;
    for (const ScreeningItem& item : ScreeningChecklist::items()) {
        EXPECT_FALSE(keys.contains(item.key)) << item.key.toStdString();
        keys.insert(item.key);
        EXPECT_FALSE(item.label.isEmpty());
        absolute += item.weight == ScreeningWeight::Absolute ? 1 : 0;
    }
    EXPECT_GE(absolute, 4);
    for (const char* key :
         {"unable-to-consent", "needle-phobia", "local-infection", "lymphoedema", "anticoagulants",
          "pregnancy", "epilepsy", "diabetes", "immunosuppression", "metal-allergy",
          "recent-surgery", "pacemaker", "must-drive", "fainting"})
        EXPECT_NE(ScreeningChecklist::find(QString::fromLatin1(key)), nullptr) << key;
}

} // namespace
} // namespace needlechart
