#include "needlechart/services/consent/ConsentService.h"

#include "needlechart/domain/bodymap/MuscleCatalogue.h"
#include "needlechart/domain/common/FixedClock.h"
#include "needlechart/domain/common/TextLimit.h"
#include "needlechart/domain/consent/ConsentRules.h"
#include "needlechart/services/common/ClinicServices.h"

#include "ErrorText.h"
#include "RawConnection.h"
#include "ServicesTest.h"
#include "SessionSamples.h"
#include "SigningClinician.h"
#include "TempDatabase.h"
#include "TestServer.h"

#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace needlechart;
using test::clinicAdminUser;
using test::clinicianUser;

namespace {

const QDateTime Start(QDate(2026, 11, 24), QTime(9, 0), Qt::UTC);

using test::describe;

class ConsentServiceTest : public test::ServicesTest {
protected:
    ConsentServiceTest() : ServicesTest(Start) {}

    ConsentService& consent = services.consent();
    User alex = test::signingClinician(services);
    PatientId patientId = 0;

    void SetUp() override
    {
        Patient p;
        p.familyName = QStringLiteral("Osei");
        p.givenName = QStringLiteral("Kwame");
        p.dateOfBirth = QDate(1970, 1, 20);
        auto created = services.patients().create(p, test::clinicianUser());
        ASSERT_TRUE(created.ok());
        patientId = created->id;
    }

    Screening screening(QList<ScreeningAnswer> answers = {}) const
    {
        Screening s;
        s.patientId = patientId;
        s.answers = std::move(answers);
        return s;
    }
    Consent consentOn(int version, ConsentDecision decision = ConsentDecision::Given) const
    {
        Consent c;
        c.patientId = patientId;
        c.leafletVersion = version;
        c.decision = decision;
        c.scope = QStringLiteral("Low back, course of treatment");
        c.signedName = QStringLiteral("Kwame Osei");
        return c;
    }
    int currentLeaflet() { return services.clinic().currentLeaflet()->version; }
    Result<Session> sign()
    {
        return services.sessions().sign(test::richSession(patientId, clock.nowUtc()), alex,
                                        test::SigningPassword);
    }
    static bool refusedFor(const Result<Session>& result, const QString& field)
    {
        return !result.ok() && result.error().code == ErrorCode::Validation
               && result.error().hasFieldError(field);
    }
};

} // namespace

TEST_P(ConsentServiceTest, the_first_leaflet_is_the_projects_default_text_as_version_1)
{
    auto leaflet = services.clinic().currentLeaflet();
    ASSERT_TRUE(leaflet.ok());
    EXPECT_EQ(leaflet->version, 1);
    EXPECT_EQ(leaflet->markdown, ClinicService::defaultLeafletMarkdown());
    EXPECT_TRUE(leaflet->markdown.contains(QStringLiteral("local twitch response")));
    EXPECT_TRUE(leaflet->markdown.contains(QStringLiteral("pneumothorax")));
}

TEST_P(ConsentServiceTest, editing_the_leaflet_saves_a_new_version_and_consent_keeps_the_one_given)
{
    const int first = currentLeaflet();
    auto given = consent.recordConsent(consentOn(first), alex);
    ASSERT_TRUE(given.ok()) << describe(given.error());
    auto edited = services.clinic().saveLeaflet(
        ClinicService::defaultLeafletMarkdown() + QStringLiteral("\nParking is free."), alex);
    ASSERT_TRUE(edited.ok());
    EXPECT_EQ(edited->version, first + 1);
    auto same = services.clinic().saveLeaflet(edited->markdown, alex);
    ASSERT_TRUE(same.ok());
    EXPECT_EQ(same->version, edited->version) << "an unchanged text is not a new version";
    auto old = services.clinic().leaflet(first);
    ASSERT_TRUE(old.ok());
    EXPECT_FALSE(old->markdown.contains(QStringLiteral("Parking")));
    auto consents = consent.consents(patientId, alex);
    ASSERT_TRUE(consents.ok());
    ASSERT_EQ(consents->size(), 1u);
    EXPECT_EQ(consents->front().leafletVersion, first);
    EXPECT_EQ(services.clinic().leafletVersions()->size(), 2u);
}

TEST_P(ConsentServiceTest, consent_on_a_leaflet_version_that_does_not_exist_is_refused)
{
    currentLeaflet();
    auto refused = consent.recordConsent(consentOn(42), alex);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().hasFieldError(ConsentFields::LeafletVersion));
}

TEST_P(ConsentServiceTest, the_front_desk_cannot_record_screening_or_consent)
{
    const User desk = test::frontDeskUser();
    EXPECT_EQ(consent.recordScreening(screening(), desk).error().code, ErrorCode::NotPermitted);
    EXPECT_EQ(consent.recordConsent(consentOn(currentLeaflet()), desk).error().code,
              ErrorCode::NotPermitted);
    EXPECT_EQ(consent.clearance(patientId, desk).error().code, ErrorCode::NotPermitted);
}

TEST_P(ConsentServiceTest, a_session_cannot_be_signed_without_consent_and_screening)
{
    auto result = sign();
    EXPECT_TRUE(refusedFor(result, SessionFields::Consent)) << describe(result.error());
    EXPECT_TRUE(refusedFor(result, SessionFields::Screening));
}

TEST_P(ConsentServiceTest, signing_records_the_consent_leaflet_version_and_screening_it_relied_on)
{
    auto screened = consent.recordScreening(screening(), alex);
    ASSERT_TRUE(screened.ok()) << describe(screened.error());
    auto given = consent.recordConsent(consentOn(currentLeaflet()), alex);
    ASSERT_TRUE(given.ok()) << describe(given.error());
    auto signedNote = sign();
    ASSERT_TRUE(signedNote.ok()) << describe(signedNote.error());
    EXPECT_EQ(signedNote->consentId, given->id);
    EXPECT_EQ(signedNote->leafletVersion, given->leafletVersion);
    EXPECT_EQ(signedNote->screeningId, screened->id);
    EXPECT_EQ(services.sessions().get(signedNote->id, alex)->consentId, given->id);
}

TEST_P(ConsentServiceTest, declined_consent_blocks_signing)
{
    ASSERT_TRUE(consent.recordScreening(screening(), alex).ok());
    ASSERT_TRUE(
        consent.recordConsent(consentOn(currentLeaflet(), ConsentDecision::Declined), alex).ok());
    EXPECT_TRUE(refusedFor(sign(), SessionFields::Consent));
}

TEST_P(ConsentServiceTest, withdrawn_consent_blocks_signing_and_cannot_be_withdrawn_twice)
{
    ASSERT_TRUE(consent.recordScreening(screening(), alex).ok());
    auto given = consent.recordConsent(consentOn(currentLeaflet()), alex);
    ASSERT_TRUE(given.ok());
    clock.advanceSeconds(60);
    auto withdrawn = consent.withdraw(given->id, QStringLiteral("Prefers manual therapy"), alex);
    ASSERT_TRUE(withdrawn.ok()) << describe(withdrawn.error());
    EXPECT_TRUE(withdrawn->isWithdrawn());
    EXPECT_EQ(withdrawn->withdrawnBy, QStringLiteral("Alex Morgan"));
    EXPECT_FALSE(consent.withdraw(given->id, QStringLiteral("again"), alex).ok());
    EXPECT_TRUE(refusedFor(sign(), SessionFields::Consent));
}

TEST_P(ConsentServiceTest, the_consent_in_force_is_the_latest_given_one_not_yet_withdrawn)
{
    const int version = currentLeaflet();
    auto first = consent.recordConsent(consentOn(version), alex);
    ASSERT_TRUE(first.ok()) << describe(first.error());
    clock.advanceSeconds(3600);
    auto second = consent.recordConsent(consentOn(version), alex);
    ASSERT_TRUE(second.ok()) << describe(second.error());

    auto inForce = consent.consentInForce(patientId, alex);
    ASSERT_TRUE(inForce.ok()) << describe(inForce.error());
    ASSERT_TRUE(inForce->has_value());
    EXPECT_EQ((*inForce)->id, second->id);

    clock.advanceSeconds(60);
    auto withdrawn =
        consent.withdrawConsentInForce(patientId, QStringLiteral("  Prefers exercise  "), alex);
    ASSERT_TRUE(withdrawn.ok()) << describe(withdrawn.error());
    EXPECT_EQ(withdrawn->id, second->id);
    EXPECT_TRUE(withdrawn->isWithdrawn());
    EXPECT_EQ(withdrawn->withdrawnAt, clock.nowUtc());
    EXPECT_EQ(withdrawn->withdrawnBy, QStringLiteral("Alex Morgan"));
    EXPECT_EQ(withdrawn->withdrawalNote, QStringLiteral("Prefers exercise"));
    // The earlier consent was never withdrawn, so it is the one in force now.
    inForce = consent.consentInForce(patientId, alex);
    ASSERT_TRUE(inForce.ok());
    ASSERT_TRUE(inForce->has_value());
    EXPECT_EQ((*inForce)->id, first->id);
}

TEST_P(ConsentServiceTest, withdrawing_with_no_consent_in_force_is_refused_and_announces_nothing)
{
    QSignalSpy announced(&services.notifier(), &ChangeNotifier::changed);
    auto none = consent.consentInForce(patientId, alex);
    ASSERT_TRUE(none.ok());
    EXPECT_FALSE(none->has_value());

    auto refused = consent.withdrawConsentInForce(patientId, QStringLiteral("n/a"), alex);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::Validation);
    EXPECT_EQ(refused.error().message,
              QStringLiteral("This patient has no consent in force to withdraw."));
    EXPECT_EQ(announced.count(), 0);
    EXPECT_EQ(db->transactionDepth(), 0);

    // Once withdrawn, it is not in force any more: a second withdrawal is refused the same way.
    ASSERT_TRUE(consent.recordConsent(consentOn(currentLeaflet()), alex).ok());
    ASSERT_TRUE(consent.withdrawConsentInForce(patientId, QStringLiteral("first"), alex).ok());
    announced.clear();
    refused = consent.withdrawConsentInForce(patientId, QStringLiteral("again"), alex);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::Validation);
    EXPECT_EQ(announced.count(), 0);
    EXPECT_EQ(consent.consents(patientId, alex)->front().withdrawalNote, QStringLiteral("first"));
}

TEST_P(ConsentServiceTest, a_declined_consent_is_never_the_one_withdrawn)
{
    const int version = currentLeaflet();
    auto declined = consent.recordConsent(consentOn(version, ConsentDecision::Declined), alex);
    ASSERT_TRUE(declined.ok()) << describe(declined.error());
    EXPECT_FALSE(consent.consentInForce(patientId, alex)->has_value());
    EXPECT_FALSE(consent.withdrawConsentInForce(patientId, QStringLiteral("n/a"), alex).ok());

    // A consent given earlier and declined since: the given one is what a withdrawal ends; the
    // declined record is left as it was.
    clock.advanceSeconds(-3600);
    auto given = consent.recordConsent(consentOn(version), alex);
    ASSERT_TRUE(given.ok());
    clock.advanceSeconds(7200);
    auto withdrawn = consent.withdrawConsentInForce(patientId, QStringLiteral("No needles"), alex);
    ASSERT_TRUE(withdrawn.ok()) << describe(withdrawn.error());
    EXPECT_EQ(withdrawn->id, given->id);
    auto all = consent.consents(patientId, alex);
    ASSERT_TRUE(all.ok());
    ASSERT_EQ(all->size(), 2u);
    for (const Consent& c : *all)
        EXPECT_EQ(c.isWithdrawn(), c.id == given->id) << c.id;
}

TEST_P(ConsentServiceTest, the_withdrawal_in_force_is_announced_after_it_is_committed)
{
    ASSERT_TRUE(consent.recordConsent(consentOn(currentLeaflet()), alex).ok());
    // A listener that reads the file from another connection sees the withdrawal.
    int withdrawnSeen = -1;
    ChangeEvent event;
    QObject context;
    QObject::connect(
        &services.notifier(), &ChangeNotifier::changed, &context, [&](const ChangeEvent& e) {
            event = e;
            auto reader = temp.raw();
            withdrawnSeen = reader
                                ->scalar(QStringLiteral("SELECT COUNT(*) FROM consent "
                                                        "WHERE withdrawn_at IS NOT NULL"))
                                .toInt();
        });
    auto withdrawn = consent.withdrawConsentInForce(patientId, QStringLiteral("Unsure"), alex);
    ASSERT_TRUE(withdrawn.ok()) << describe(withdrawn.error());
    EXPECT_EQ(withdrawnSeen, 1);
    EXPECT_EQ(event.entity, ChangeEvent::Entity::Consent);
    EXPECT_EQ(event.kind, ChangeEvent::Kind::Updated);
    EXPECT_EQ(event.ids, QList<qint64>{withdrawn->id});
    EXPECT_EQ(event.patientId, patientId);
}

TEST_P(ConsentServiceTest, the_front_desk_cannot_see_or_withdraw_the_consent_in_force)
{
    ASSERT_TRUE(consent.recordConsent(consentOn(currentLeaflet()), alex).ok());
    const User desk = test::frontDeskUser();
    EXPECT_EQ(consent.consentInForce(patientId, desk).error().code, ErrorCode::NotPermitted);
    EXPECT_EQ(consent.withdrawConsentInForce(patientId, QStringLiteral("n/a"), desk).error().code,
              ErrorCode::NotPermitted);
    EXPECT_TRUE(consent.consentInForce(patientId, alex)->has_value());
}

TEST_P(ConsentServiceTest, an_expired_screening_blocks_signing_until_screened_again)
{
    ASSERT_TRUE(consent.recordScreening(screening(), alex).ok());
    ASSERT_TRUE(consent.recordConsent(consentOn(currentLeaflet()), alex).ok());
    clock.advanceSeconds(qint64(400) * 24 * 3600);
    EXPECT_TRUE(refusedFor(sign(), SessionFields::Screening));
    ASSERT_TRUE(consent.recordScreening(screening(), alex).ok());
    auto signedNote = sign();
    EXPECT_TRUE(signedNote.ok()) << describe(signedNote.error());
}

TEST_P(ConsentServiceTest, an_absolute_contraindication_blocks_and_a_precaution_only_warns)
{
    ASSERT_TRUE(consent.recordConsent(consentOn(currentLeaflet()), alex).ok());
    ASSERT_TRUE(consent
                    .recordScreening(screening({ScreeningAnswer{QStringLiteral("local-infection"),
                                                                true, QString()}}),
                                     alex)
                    .ok());
    EXPECT_TRUE(refusedFor(sign(), SessionFields::Screening));

    clock.advanceSeconds(60);
    ASSERT_TRUE(
        consent
            .recordScreening(screening({ScreeningAnswer{QStringLiteral("must-drive"), true,
                                                        QStringLiteral("Rests 15 min first")}}),
                             alex)
            .ok());
    auto clearance = consent.clearance(patientId, alex);
    ASSERT_TRUE(clearance.ok());
    EXPECT_TRUE(clearance->isCleared());
    ASSERT_EQ(clearance->warnings.size(), 1);
    EXPECT_TRUE(sign().ok());
}

TEST_P(ConsentServiceTest, a_precaution_without_a_note_is_not_recorded)
{
    auto refused = consent.recordScreening(
        screening({ScreeningAnswer{QStringLiteral("pregnancy"), true, QString()}}), alex);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().hasFieldError(QStringLiteral("pregnancy")));
    auto latest = consent.latestScreening(patientId, alex);
    ASSERT_TRUE(latest.ok());
    EXPECT_FALSE(latest->has_value());
}

TEST_P(ConsentServiceTest, the_clinic_profile_round_trips_with_its_review_interval)
{
    ClinicProfile profile;
    profile.name = QStringLiteral("Riverside Physiotherapy");
    profile.phone = QStringLiteral("0113 496 0999");
    profile.address = QStringLiteral("4 Mill Lane\nLeeds");
    profile.screeningReviewMonths = 6;
    ASSERT_TRUE(services.clinic().saveProfile(profile, alex).ok());
    const ClinicProfile stored = *services.clinic().profile();
    EXPECT_EQ(stored.rowVersion, 1);
    profile.rowVersion = stored.rowVersion;
    profile.updatedAt = stored.updatedAt;
    EXPECT_EQ(stored, profile);
    profile.name.clear();
    EXPECT_FALSE(services.clinic().saveProfile(profile, alex).ok());
}

TEST_P(ConsentServiceTest, a_clinic_that_would_close_before_it_opens_is_refused)
{
    ClinicProfile profile;
    profile.name = QStringLiteral("Riverside Physiotherapy");
    profile.opensAt = QTime(18, 0);
    profile.closesAt = QTime(8, 0);
    auto refused = services.clinic().saveProfile(profile, alex);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::Validation);
    EXPECT_EQ(refused.error().message, QStringLiteral("The clinic must close after it opens."));
    EXPECT_NE(services.clinic().profile()->opensAt, QTime(18, 0)) << "nothing was saved";
}

TEST_P(ConsentServiceTest, clinic_details_over_their_limits_or_with_control_characters_are_refused)
{
    ClinicProfile profile;
    profile.name = QStringLiteral("Riverside Physiotherapy");
    profile.address = QStringLiteral("4 Mill Lane\nLeeds");
    ASSERT_TRUE(services.clinic().saveProfile(profile, alex).ok()) << "the address may break lines";

    ClinicProfile longName = profile;
    longName.name = QString(ClinicProfile::MaxNameLength + 1, QLatin1Char('R'));
    auto refused = services.clinic().saveProfile(longName, alex);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().hasFieldError(QStringLiteral("name")));
    EXPECT_EQ(
        refused.error().message,
        QStringLiteral("The clinic's name can be at most 120 characters (this one has 121)."));

    const QString withNul = QStringLiteral("Riverside") + QChar(0) + QStringLiteral("Physio");
    for (const QString& bad : {QStringLiteral("Riverside\nPhysio"), withNul}) {
        ClinicProfile withControl = profile;
        withControl.name = bad;
        auto controlRefused = services.clinic().saveProfile(withControl, alex);
        ASSERT_FALSE(controlRefused.ok());
        EXPECT_TRUE(controlRefused.error().hasFieldError(QStringLiteral("name")));
    }
    EXPECT_EQ(services.clinic().profile()->name, profile.name) << "nothing refused was saved";
}

TEST_P(ConsentServiceTest, consent_screening_and_withdrawal_texts_over_their_limits_are_refused)
{
    Consent longScope = consentOn(currentLeaflet());
    longScope.scope = QString(ConsentRules::MaxScopeLength + 1, QLatin1Char('s'));
    auto refused = consent.recordConsent(longScope, alex);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::Validation);
    EXPECT_TRUE(refused.error().hasFieldError(ConsentFields::Scope));
    EXPECT_EQ(refused.error().message,
              TextLimit::message(QStringLiteral("What the consent covers"),
                                 ConsentRules::MaxScopeLength, ConsentRules::MaxScopeLength + 1))
        << "one problem is said in its own words, not as an incomplete record";
    EXPECT_TRUE(consent.consents(patientId, alex)->empty());

    auto longNote = consent.recordScreening(
        screening({ScreeningAnswer{QStringLiteral("pregnancy"), true,
                                   QString(ConsentRules::MaxNoteLength + 1, QLatin1Char('n'))}}),
        alex);
    ASSERT_FALSE(longNote.ok());
    EXPECT_TRUE(longNote.error().hasFieldError(QStringLiteral("pregnancy")));

    auto given = consent.recordConsent(consentOn(currentLeaflet()), alex);
    ASSERT_TRUE(given.ok());
    const QString tooLong(ConsentRules::MaxNoteLength + 1, QLatin1Char('w'));
    for (const auto& withdrawal : {consent.withdraw(given->id, tooLong, alex),
                                   consent.withdrawConsentInForce(patientId, tooLong, alex)}) {
        ASSERT_FALSE(withdrawal.ok());
        EXPECT_TRUE(withdrawal.error().hasFieldError(ConsentFields::WithdrawalNote));
        EXPECT_TRUE(withdrawal.error().message.startsWith(
            QStringLiteral("The note on the withdrawal can be at most ")));
    }
    EXPECT_TRUE((*consent.consentInForce(patientId, alex))->isInForce())
        << "a refused withdrawal leaves the consent in force";
}

TEST_P(ConsentServiceTest, a_leaflet_over_its_limit_is_refused_and_no_version_is_kept)
{
    const int before = int(services.clinic().leafletVersions()->size());
    auto refused = services.clinic().saveLeaflet(
        QString(LeafletVersion::MaxMarkdownLength + 1, QLatin1Char('a')), alex);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().hasFieldError(QStringLiteral("leaflet")));
    EXPECT_EQ(int(services.clinic().leafletVersions()->size()), before);
}

TEST_P(ConsentServiceTest, two_workstations_editing_the_clinic_details_at_once_lose_no_edit)
{
    ClinicProfile first;
    first.name = QStringLiteral("Riverside Physiotherapy");
    ASSERT_TRUE(services.clinic().saveProfile(first, alex).ok());
    // A second workstation: its own connection and services on the same file.
    auto otherDb = temp.open();
    ASSERT_NE(otherDb, nullptr);
    ClinicServices other(*otherDb, clock, MuscleCatalogue::builtIn());

    ClinicProfile here = *services.clinic().profile();
    ClinicProfile there = *other.clinic().profile();
    here.phone = QStringLiteral("0113 496 0999");
    there.address = QStringLiteral("4 Mill Lane\nLeeds");
    ASSERT_TRUE(services.clinic().saveProfile(here, alex).ok());
    auto stale = other.clinic().saveProfile(there, alex);
    ASSERT_FALSE(stale.ok()) << "the second save would have dropped the phone";
    EXPECT_EQ(stale.error().code, ErrorCode::Conflict);
    EXPECT_TRUE(stale.error().message.contains(QStringLiteral("another workstation")));
    EXPECT_EQ(services.clinic().profile()->phone, here.phone);

    // Read again, the second edit goes in beside the first.
    ClinicProfile fresh = *other.clinic().profile();
    fresh.address = there.address;
    ASSERT_TRUE(other.clinic().saveProfile(fresh, alex).ok());
    const ClinicProfile both = *services.clinic().profile();
    EXPECT_EQ(both.phone, here.phone);
    EXPECT_EQ(both.address, there.address);
    EXPECT_EQ(both.rowVersion, 3);
}

NEEDLECHART_ON_EVERY_BACKEND(ConsentServiceTest);
