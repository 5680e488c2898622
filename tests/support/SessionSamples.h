#pragma once

#include "needlechart/domain/common/User.h"
#include "needlechart/domain/session/Session.h"

#include <QDateTime>

#include <cmath>

namespace needlechart::test {

inline User clinicianUser()
{
    return User{QStringLiteral("amorgan"), QStringLiteral("Alex Morgan"), StaffRole::Clinician};
}

// Keeps the clinic's settings, the book's clinicians and rooms among them (and charts too, as
// the tests that set a clinic up then treat in it need).
inline User clinicAdminUser()
{
    return User{QStringLiteral("amorgan"),
                QStringLiteral("Alex Morgan"),
                {StaffRole::Clinician, StaffRole::Admin}};
}

inline User frontDeskUser()
{
    return User{QStringLiteral("reception"), QStringLiteral("Sam Reid"), StaffRole::FrontDesk};
}

inline TriggerPoint samplePoint(const char* muscle, BodySide side, BodyView view, QPointF at)
{
    TriggerPoint point(0, view, QString::fromLatin1(muscle), side, at);
    point.findings.needleGaugeMm = 0.30;
    point.findings.needleLengthMm = 40;
    point.findings.depthMm = 20;
    return point;
}

// A pain area shaped as a polygon of `corners` corners around `centre` (normalised), radii
// `rx` across and `ry` down.
inline PainArea sampleArea(BodyView view, PainType type, int intensity, QPointF centre, double rx,
                           double ry, int corners = 24)
{
    PainArea area{view, type, intensity, {}};
    for (int i = 0; i < corners; ++i) {
        const double angle = 2 * 3.14159265358979323846 * i / corners;
        area.outline.append(centre + QPointF(rx * std::cos(angle), ry * std::sin(angle)));
    }
    return area;
}

// A pain drawing of two areas: an ache at the front of the right shoulder, pins and needles on
// the back of the left calf.
inline QList<PainArea> samplePainDrawing()
{
    return {sampleArea(BodyView::Anterior, PainType::Ache, 7, QPointF(0.3, 0.2), 0.05, 0.03),
            sampleArea(BodyView::Posterior, PainType::PinsAndNeedles, 3, QPointF(0.38, 0.8), 0.03,
                       0.05)};
}

// A session with every field filled in, ready to sign: three points with different findings,
// two needle rows that count out, all three kinds of other care, two adverse events (one serious).
inline Session richSession(PatientId patientId, const QDateTime& treatedAt)
{
    Session s;
    s.patientId = patientId;
    s.treatedAt = treatedAt;
    s.clinician = QStringLiteral("Alex Morgan");
    s.clinicianLogin = QStringLiteral("amorgan");
    s.presentingComplaint = QStringLiteral("Right-sided neck pain for 3 weeks, worse at the desk; "
                                           "headache behind the right eye.");
    s.positions = {PatientPosition::Prone};
    s.painBefore = 7;
    s.painAfter = 3;

    TriggerPoint trapezius =
        samplePoint("upper_trapezius", BodySide::Right, BodyView::Posterior, QPointF(0.61, 0.17));
    trapezius.findings.activity = PointActivity::Active;
    trapezius.findings.twitch = TwitchResponse::Multiple;
    trapezius.findings.twitchCount = 4;
    trapezius.findings.painReproduced = true;
    trapezius.findings.referredPatternReproduced = true;
    trapezius.findings.technique = NeedlingTechnique::Pistoning;
    trapezius.findings.notes = QStringLiteral("Pincer grip, needle horizontal.");
    s.points.add(trapezius);

    TriggerPoint levator =
        samplePoint("levator_scapulae", BodySide::Right, BodyView::Posterior, QPointF(0.57, 0.15));
    levator.findings.activity = PointActivity::Latent;
    levator.findings.twitch = TwitchResponse::Single;
    levator.findings.technique = NeedlingTechnique::Static;
    levator.findings.retentionSeconds = 300;
    levator.findings.needleGaugeMm = 0.25;
    levator.findings.needleLengthMm = 30;
    levator.findings.depthMm = 15;
    s.points.add(levator);

    TriggerPoint infraspinatus =
        samplePoint("infraspinatus", BodySide::Left, BodyView::Posterior, QPointF(0.33, 0.25));
    infraspinatus.findings.depthMm = std::nullopt;
    infraspinatus.findings.needleGaugeMm = std::nullopt;
    infraspinatus.findings.needleLengthMm = std::nullopt;
    // Stimulated through the needle: 2 Hz, 250 microseconds, 4.5 mA for 10 minutes.
    infraspinatus.findings.technique = NeedlingTechnique::ElectricalStimulation;
    infraspinatus.findings.retentionSeconds = 600;
    infraspinatus.findings.stimulation = ElectricalStimulation{2.0, 250, 4.5};
    s.points.add(infraspinatus);

    s.needles = {NeedleUse{0.30, 40, QStringLiteral("LOT-2291A"), 5, 5},
                 NeedleUse{0.25, 30, QString(), 2, 2}};
    s.needleCountNote = QStringLiteral("Counted twice with the patient.");
    s.soreness = 4;
    s.bruising = BruisingGrade::Minor;
    s.bruisingSite = QStringLiteral("Right upper trapezius");
    s.tiredness = true;
    s.otherCare = {
        OtherCare{OtherCareKind::SoftTissue, QStringLiteral("Ischaemic compression, 5 min")},
        OtherCare{OtherCareKind::Stretching, QStringLiteral("Upper trapezius, 3 x 30 s")},
        OtherCare{OtherCareKind::RehabExercises, QStringLiteral("Chin tucks, 10 x 3 daily")}};
    s.adverseEvents = {
        AdverseEvent{AdverseEventKind::Bruising, AdverseEventGrade::Mild, QString(),
                     QStringLiteral("Pressure applied"), QString()},
        AdverseEvent{AdverseEventKind::Fainting, AdverseEventGrade::Serious,
                     QStringLiteral("Felt faint, pale and sweaty after the third needle"),
                     QStringLiteral("Needles out, lay flat, legs raised, observed 30 min"),
                     QStringLiteral("Phoned the next morning; GP informed")}};
    s.advice = QStringLiteral("Soreness may last 24-48 h; heat; no driving until fully recovered.");
    s.followUp = QStringLiteral("Review in 7 days");
    return s;
}

} // namespace needlechart::test
