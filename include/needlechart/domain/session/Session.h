#pragma once

#include "needlechart/domain/paindrawing/PainArea.h"
#include "needlechart/domain/patients/Patient.h"
#include "needlechart/domain/session/AdverseEvent.h"
#include "needlechart/domain/session/Amendment.h"
#include "needlechart/domain/session/NeedleUse.h"
#include "needlechart/domain/session/OtherCare.h"
#include "needlechart/domain/session/SessionTerms.h"
#include "needlechart/domain/session/TriggerPointSet.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace needlechart {

using SessionId = qint64;

// One dry needling treatment session of one patient: the note a clinician charts. A plain
// value; SessionService owns the rules (what a draft may hold, what signing needs, that a
// signed note never changes) and SessionRepository stores it.
struct Session {
    SessionId id = 0; // 0 until first saved
    PatientId patientId = 0;
    SessionStatus status = SessionStatus::Draft;

    QDateTime treatedAt; // when the treatment took place (UTC)
    QDateTime createdAt; // when the entry was started (UTC); set by the repository
    QDateTime updatedAt; // when the draft was last saved (UTC)
    QString clinician;   // display name of the treating clinician
    QString clinicianLogin;

    QString presentingComplaint;
    // The positions the patient was treated in (prone for the back, then side-lying for the
    // hip, say), each once, in the order of PatientPosition.
    QList<PatientPosition> positions;
    std::optional<int> painBefore; // NPRS 0..10
    std::optional<int> painAfter;  // NPRS 0..10

    // The patient's pain drawing: where they feel their symptoms today, what kind and how
    // strong, drawn apart from the needle points.
    QList<PainArea> painAreas;
    TriggerPointSet points; // with what was found at each
    QList<NeedleUse> needles;
    // Why the needles counted out differ from those put in (a needle unaccounted for is an
    // incident): required to sign when the counts differ.
    QString needleCountNote;
    // A visit where no needle was used (a contraindication found on the day, the patient
    // deciding against it): no points and no needles, and the reason why. Such a note records
    // the other care and is signed without needling consent or clearance.
    bool notNeedled = false;
    QString notNeedledReason;
    // The precautions at the sites needled that the clinician acknowledged before signing
    // (SitePrecaution::key(): "pregnancy:quadratus_lumborum").
    QStringList acknowledgedPrecautions;

    // After treatment.
    std::optional<int> soreness; // 0..10
    BruisingGrade bruising = BruisingGrade::None;
    QString bruisingSite;
    bool tiredness = false; // tiredness or drowsiness reported
    QList<OtherCare> otherCare;
    QList<AdverseEvent> adverseEvents;
    QString advice;   // advice given (soreness, bruising, driving, warning signs)
    QString followUp; // e.g. "Review in 7 days"

    QDateTime signedAt;           // UTC; null while a draft
    QString signedBy;             // the signer's name as it was when signing
    qint64 signedByAccountId = 0; // the staff account that signed; 0 before accounts existed
    QString signedByRegistration; // its professional registration number then
    // What signing relied on: the consent in force, the leaflet version it was given with and
    // the precaution screening (0 while a draft).
    qint64 consentId = 0;
    int leafletVersion = 0;
    qint64 screeningId = 0;
    QList<Amendment> amendments; // oldest first

    qint64 rowVersion = 0; // optimistic lock: bumped on every save

    [[nodiscard]] bool isStored() const { return id > 0; }
    [[nodiscard]] bool isSigned() const { return status == SessionStatus::Signed; }
    [[nodiscard]] int needlesInserted() const;
    [[nodiscard]] int needlesRemoved() const;
    [[nodiscard]] bool needleCountMatches() const { return needlesInserted() == needlesRemoved(); }
    // The count matches, or the difference is explained in needleCountNote (signing accepts
    // either).
    [[nodiscard]] bool needleCountAccountedFor() const
    {
        return needleCountMatches() || !needleCountNote.trimmed().isEmpty();
    }
    [[nodiscard]] bool hasSeriousAdverseEvent() const;

    friend bool operator==(const Session&, const Session&) = default;
};

// Stable keys naming Session fields in FieldError. Rows of a list are named by index:
// SessionFields::row(SessionFields::Needles, 2, SessionFields::Removed) == "needles/2/removed".
namespace SessionFields {
inline const QString TreatedAt = QStringLiteral("treatedAt");
inline const QString Clinician = QStringLiteral("clinician");
inline const QString PresentingComplaint = QStringLiteral("presentingComplaint");
inline const QString Position = QStringLiteral("position");
inline const QString PainBefore = QStringLiteral("painBefore");
inline const QString PainAfter = QStringLiteral("painAfter");
inline const QString Points = QStringLiteral("points");
inline const QString PainDrawing = QStringLiteral("painDrawing");
inline const QString Needles = QStringLiteral("needles");
inline const QString NeedleCountNote = QStringLiteral("needleCountNote");
inline const QString NotNeedled = QStringLiteral("notNeedled");
inline const QString Precautions = QStringLiteral("precautions");
inline const QString Soreness = QStringLiteral("soreness");
inline const QString BruisingSite = QStringLiteral("bruisingSite");
inline const QString Care = QStringLiteral("otherCare");
inline const QString AdverseEvents = QStringLiteral("adverseEvents");
inline const QString Advice = QStringLiteral("advice");
inline const QString FollowUp = QStringLiteral("followUp");
// Fields inside rows.
inline const QString PointMuscle = QStringLiteral("muscle");
inline const QString TwitchCount = QStringLiteral("twitchCount");
inline const QString DepthMm = QStringLiteral("depthMm");
inline const QString RetentionSeconds = QStringLiteral("retentionSeconds");
inline const QString FrequencyHz = QStringLiteral("frequencyHz");
inline const QString PulseWidthUs = QStringLiteral("pulseWidthUs");
inline const QString IntensityMa = QStringLiteral("intensityMa");
inline const QString GaugeMm = QStringLiteral("gaugeMm");
inline const QString LengthMm = QStringLiteral("lengthMm");
inline const QString Inserted = QStringLiteral("inserted");
inline const QString Removed = QStringLiteral("removed");
inline const QString Lot = QStringLiteral("lot");
inline const QString Note = QStringLiteral("note");
inline const QString Description = QStringLiteral("description");
inline const QString ActionTaken = QStringLiteral("actionTaken");
inline const QString Text = QStringLiteral("text");
inline const QString Reason = QStringLiteral("reason");
// Signing refused for want of consent or screening (see NeedlingClearance).
inline const QString Consent = QStringLiteral("consent");
inline const QString Screening = QStringLiteral("screening");

[[nodiscard]] inline QString row(const QString& list, qsizetype index, const QString& field)
{
    return list + QLatin1Char('/') + QString::number(index) + QLatin1Char('/') + field;
}
} // namespace SessionFields

} // namespace needlechart
