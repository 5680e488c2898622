// The content hash that signing puts into the audit chain: the same note gives the same hash,
// and any change to what signing locks gives another.
#include "needlechart/domain/session/SignedContent.h"

#include <gtest/gtest.h>

namespace needlechart {
namespace {

Session signedNote()
{
    Session s;
    s.id = 12;
    s.patientId = 3;
    s.status = SessionStatus::Signed;
    s.treatedAt = QDateTime(QDate(2026, 11, 30), QTime(9, 30), Qt::UTC);
    s.clinician = QStringLiteral("Alex Morgan");
    s.clinicianLogin = QStringLiteral("alex");
    s.presentingComplaint = QStringLiteral("Neck pain");
    s.positions = {PatientPosition::Prone};
    s.painBefore = 7;
    s.painAfter = 3;
    TriggerPoint p(0, BodyView::Posterior, QStringLiteral("upper_trapezius"), BodySide::Right,
                   QPointF(0.41234567891, 0.2));
    p.findings.setTwitch(TwitchResponse::Single);
    p.findings.depthMm = 15;
    s.points.add(p);
    s.needles = {NeedleUse{0.30, 40, QStringLiteral("LOT-1"), 1, 1}};
    s.advice = QStringLiteral("Keep moving");
    s.signedAt = QDateTime(QDate(2026, 11, 30), QTime(9, 50), Qt::UTC);
    s.signedBy = QStringLiteral("Alex Morgan");
    s.consentId = 4;
    s.leafletVersion = 1;
    s.screeningId = 5;
    return s;
}

TEST(SignedContentTest, the_same_note_always_gives_the_same_hash)
{
    const QByteArray hash = SignedContent::hashOf(signedNote());
    EXPECT_EQ(hash.size(), 64);
    EXPECT_EQ(SignedContent::hashOf(signedNote()), hash);
    Session bookkeeping = signedNote();
    bookkeeping.rowVersion = 9;
    bookkeeping.updatedAt = QDateTime::currentDateTimeUtc();
    EXPECT_EQ(SignedContent::hashOf(bookkeeping), hash) << "not part of what was signed";
}

TEST(SignedContentTest, stimulator_settings_are_signed_only_for_a_stimulated_point)
{
    const QByteArray original = SignedContent::hashOf(signedNote());
    Session settingsOnly = signedNote();
    PointFindings f = settingsOnly.points.points().at(0).findings;
    f.stimulation = ElectricalStimulation{2.0, 250, 4.0};
    settingsOnly.points.setFindings(settingsOnly.points.points().at(0).key, f);
    EXPECT_EQ(SignedContent::hashOf(settingsOnly), original)
        << "notes signed before electrical stimulation hash as they did";

    Session stimulated = settingsOnly;
    f.technique = NeedlingTechnique::ElectricalStimulation;
    stimulated.points.setFindings(stimulated.points.points().at(0).key, f);
    const QByteArray withSettings = SignedContent::hashOf(stimulated);
    EXPECT_NE(withSettings, original);
    f.stimulation.intensityMa = 4.5;
    stimulated.points.setFindings(stimulated.points.points().at(0).key, f);
    EXPECT_NE(SignedContent::hashOf(stimulated), withSettings);
}

TEST(SignedContentTest, any_change_to_what_signing_locks_changes_the_hash)
{
    const QByteArray original = SignedContent::hashOf(signedNote());
    const std::vector<std::function<void(Session&)>> edits = {
        [](Session& s) { s.presentingComplaint += QLatin1Char('.'); },
        [](Session& s) { s.painAfter = 2; },
        [](Session& s) { s.painBefore.reset(); },
        [](Session& s) { s.positions = {PatientPosition::Supine}; },
        [](Session& s) { s.needles[0].removed = 0; },
        [](Session& s) { s.signedBy = QStringLiteral("Jo Park"); },
        [](Session& s) { s.advice.clear(); },
        [](Session& s) { s.tiredness = true; },
        [](Session& s) { s.consentId = 99; },
        [](Session& s) { s.acknowledgedPrecautions << QStringLiteral("pregnancy:multifidus"); },
        [](Session& s) {
            s.notNeedled = true;
            s.notNeedledReason = QStringLiteral("Declined on the day");
        },
        [](Session& s) {
            TriggerPoint moved = s.points.points().front();
            moved.position.rx() += 1e-9;
            s.points = TriggerPointSet{};
            s.points.add(moved);
        },
        [](Session& s) {
            s.adverseEvents.append(AdverseEvent{AdverseEventKind::Bruising, AdverseEventGrade::Mild,
                                                QString(), QString(), QString()});
        },
    };
    for (std::size_t i = 0; i < edits.size(); ++i) {
        Session edited = signedNote();
        edits[i](edited);
        EXPECT_NE(SignedContent::hashOf(edited), original) << "edit " << i;
    }
}

TEST(SignedContentTest, a_note_without_other_sites_hashes_as_before_other_sites_existed)
{
    // Notes signed before other sites were added must still verify: the hash of this note was
    // recorded then.
    EXPECT_EQ(SignedContent::hashOf(signedNote()).toStdString(),
              std::string("f39d083afda6ff1d30aa83ff4ff2ab7580eca2d8054f86451df26d8873a74f43"));
}

TEST(SignedContentTest, an_other_sites_name_is_part_of_what_is_signed)
{
    Session note = signedNote();
    TriggerPoint site(0, BodyView::Anterior, OtherSiteId, BodySide::Left, QPointF(0.6, 0.9));
    site.siteName = QStringLiteral("Plantar fascia");
    note.points.add(site);
    const QByteArray hash = SignedContent::hashOf(note);
    Session renamed = signedNote();
    site.siteName = QStringLiteral("Plantar fascia, heel");
    renamed.points.add(site);
    EXPECT_NE(SignedContent::hashOf(renamed), hash);
}

TEST(SignedContentTest, text_moved_between_two_fields_changes_the_hash)
{
    Session a = signedNote();
    a.advice = QStringLiteral("Rest");
    a.followUp = QStringLiteral("7 days");
    Session b = signedNote();
    b.advice = QStringLiteral("Rest7 days");
    b.followUp = QString();
    EXPECT_NE(SignedContent::hashOf(a), SignedContent::hashOf(b));
}

TEST(SignedContentTest, an_amendment_hash_covers_its_reason_text_author_and_time)
{
    const Amendment a{7, QDateTime(QDate(2026, 12, 1), QTime(8, 0), Qt::UTC),
                      QStringLiteral("Alex Morgan"), QStringLiteral("Typo"),
                      QStringLiteral("Depth was 20 mm")};
    Amendment b = a;
    b.text = QStringLiteral("Depth was 25 mm");
    EXPECT_NE(SignedContent::hashOf(a), SignedContent::hashOf(b));
    EXPECT_EQ(SignedContent::hashOf(a), SignedContent::hashOf(Amendment(a)));
}

} // namespace
} // namespace needlechart
