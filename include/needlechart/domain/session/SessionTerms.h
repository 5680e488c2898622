#pragma once

#include "needlechart/domain/common/EnumText.h"

// The closed vocabularies of a dry needling session record. Each has its stable storage keys and
// English labels in an EnumText specialisation (enumKey, enumFromKey, enumLabel, enumValues).

namespace needlechart {

// A draft can be edited and deleted; a signed note is locked forever (corrections are
// amendments).
enum class SessionStatus { Draft, Signed };

// Whether the trigger point reproduced the patient's familiar pain (active) or was tender
// without doing so (latent).
enum class PointActivity { Active, Latent };

// Local twitch response seen when the needle reached the point.
enum class TwitchResponse { None, Single, Multiple };

enum class NeedlingTechnique { Static, FastInFastOut, Pistoning, ElectricalStimulation };

// How the patient lay or sat for needling.
enum class PatientPosition { Prone, Supine, SideLyingLeft, SideLyingRight, Sitting, HalfLying };

enum class BruisingGrade { None, Minor, Moderate, Marked };

// Care given in the same session alongside needling.
enum class OtherCareKind { SoftTissue, Stretching, RehabExercises, Other };

enum class AdverseEventKind {
    Bruising,
    Bleeding,
    PainDuring,
    PainAfter,
    SymptomAggravation,
    Drowsiness,
    Headache,
    Nausea,
    Fainting,
    SuspectedPneumothorax,
    Other,
};

// Where an item of a draft came from when the clinician did not chart it there: copied from
// the patient's last session or applied from one of their point-set templates. Such an item is
// a proposal until the clinician edits or confirms it; a note is not signed with one left.
enum class CarriedFrom { Nowhere, LastSession, Template };

// Grading after White et al., as professional bodies use it: mild is short, reversible and no
// inconvenience; significant needs medical attention or limits activities; serious means
// hospital admission, lasting disability or death.
enum class AdverseEventGrade { Mild, Significant, Serious };

template <>
struct EnumText<SessionStatus> {
    static constexpr const char* Context = "SessionStatus";
    static constexpr std::array Entries{
        EnumEntry<SessionStatus>{SessionStatus::Draft, "draft",
                                 QT_TRANSLATE_NOOP("SessionStatus", "Draft")},
        EnumEntry<SessionStatus>{SessionStatus::Signed, "signed",
                                 QT_TRANSLATE_NOOP("SessionStatus", "Signed")},
    };
};

template <>
struct EnumText<PointActivity> {
    static constexpr const char* Context = "PointActivity";
    static constexpr std::array Entries{
        EnumEntry<PointActivity>{PointActivity::Active, "active",
                                 QT_TRANSLATE_NOOP("PointActivity", "Active")},
        EnumEntry<PointActivity>{PointActivity::Latent, "latent",
                                 QT_TRANSLATE_NOOP("PointActivity", "Latent")},
    };
};

template <>
struct EnumText<TwitchResponse> {
    static constexpr const char* Context = "TwitchResponse";
    static constexpr std::array Entries{
        EnumEntry<TwitchResponse>{TwitchResponse::None, "none",
                                  QT_TRANSLATE_NOOP("TwitchResponse", "None")},
        EnumEntry<TwitchResponse>{TwitchResponse::Single, "single",
                                  QT_TRANSLATE_NOOP("TwitchResponse", "Single")},
        EnumEntry<TwitchResponse>{TwitchResponse::Multiple, "multiple",
                                  QT_TRANSLATE_NOOP("TwitchResponse", "Multiple")},
    };
};

template <>
struct EnumText<NeedlingTechnique> {
    static constexpr const char* Context = "NeedlingTechnique";
    static constexpr std::array Entries{
        EnumEntry<NeedlingTechnique>{NeedlingTechnique::Static, "static",
                                     QT_TRANSLATE_NOOP("NeedlingTechnique", "Static")},
        EnumEntry<NeedlingTechnique>{NeedlingTechnique::FastInFastOut, "fast-in-fast-out",
                                     QT_TRANSLATE_NOOP("NeedlingTechnique", "Fast-in/fast-out")},
        EnumEntry<NeedlingTechnique>{NeedlingTechnique::Pistoning, "pistoning",
                                     QT_TRANSLATE_NOOP("NeedlingTechnique", "Pistoning")},
        EnumEntry<NeedlingTechnique>{
            NeedlingTechnique::ElectricalStimulation, "electrical-stimulation",
            QT_TRANSLATE_NOOP("NeedlingTechnique", "Electrical stimulation")},
    };
};

template <>
struct EnumText<PatientPosition> {
    static constexpr const char* Context = "PatientPosition";
    static constexpr std::array Entries{
        EnumEntry<PatientPosition>{PatientPosition::Prone, "prone",
                                   QT_TRANSLATE_NOOP("PatientPosition", "Prone")},
        EnumEntry<PatientPosition>{PatientPosition::Supine, "supine",
                                   QT_TRANSLATE_NOOP("PatientPosition", "Supine")},
        EnumEntry<PatientPosition>{
            PatientPosition::SideLyingLeft, "side-lying-left",
            QT_TRANSLATE_NOOP("PatientPosition", "Side-lying, left side down")},
        EnumEntry<PatientPosition>{
            PatientPosition::SideLyingRight, "side-lying-right",
            QT_TRANSLATE_NOOP("PatientPosition", "Side-lying, right side down")},
        EnumEntry<PatientPosition>{PatientPosition::Sitting, "sitting",
                                   QT_TRANSLATE_NOOP("PatientPosition", "Sitting")},
        EnumEntry<PatientPosition>{PatientPosition::HalfLying, "half-lying",
                                   QT_TRANSLATE_NOOP("PatientPosition", "Half-lying")},
    };
};

template <>
struct EnumText<BruisingGrade> {
    static constexpr const char* Context = "BruisingGrade";
    static constexpr std::array Entries{
        EnumEntry<BruisingGrade>{BruisingGrade::None, "none",
                                 QT_TRANSLATE_NOOP("BruisingGrade", "None")},
        EnumEntry<BruisingGrade>{BruisingGrade::Minor, "minor",
                                 QT_TRANSLATE_NOOP("BruisingGrade", "Minor")},
        EnumEntry<BruisingGrade>{BruisingGrade::Moderate, "moderate",
                                 QT_TRANSLATE_NOOP("BruisingGrade", "Moderate")},
        EnumEntry<BruisingGrade>{BruisingGrade::Marked, "marked",
                                 QT_TRANSLATE_NOOP("BruisingGrade", "Marked")},
    };
};

template <>
struct EnumText<OtherCareKind> {
    static constexpr const char* Context = "OtherCareKind";
    static constexpr std::array Entries{
        EnumEntry<OtherCareKind>{OtherCareKind::SoftTissue, "soft-tissue",
                                 QT_TRANSLATE_NOOP("OtherCareKind", "Soft tissue work")},
        EnumEntry<OtherCareKind>{OtherCareKind::Stretching, "stretching",
                                 QT_TRANSLATE_NOOP("OtherCareKind", "Stretching")},
        EnumEntry<OtherCareKind>{OtherCareKind::RehabExercises, "rehab-exercises",
                                 QT_TRANSLATE_NOOP("OtherCareKind", "Rehab exercises")},
        EnumEntry<OtherCareKind>{OtherCareKind::Other, "other",
                                 QT_TRANSLATE_NOOP("OtherCareKind", "Other care")},
    };
};

template <>
struct EnumText<AdverseEventKind> {
    static constexpr const char* Context = "AdverseEventKind";
    static constexpr std::array Entries{
        EnumEntry<AdverseEventKind>{AdverseEventKind::Bruising, "bruising",
                                    QT_TRANSLATE_NOOP("AdverseEventKind", "Bruising")},
        EnumEntry<AdverseEventKind>{AdverseEventKind::Bleeding, "bleeding",
                                    QT_TRANSLATE_NOOP("AdverseEventKind", "Bleeding")},
        EnumEntry<AdverseEventKind>{AdverseEventKind::PainDuring, "pain-during",
                                    QT_TRANSLATE_NOOP("AdverseEventKind", "Pain during needling")},
        EnumEntry<AdverseEventKind>{AdverseEventKind::PainAfter, "pain-after",
                                    QT_TRANSLATE_NOOP("AdverseEventKind", "Pain after needling")},
        EnumEntry<AdverseEventKind>{AdverseEventKind::SymptomAggravation, "aggravation",
                                    QT_TRANSLATE_NOOP("AdverseEventKind", "Symptoms aggravated")},
        EnumEntry<AdverseEventKind>{AdverseEventKind::Drowsiness, "drowsiness",
                                    QT_TRANSLATE_NOOP("AdverseEventKind", "Drowsiness")},
        EnumEntry<AdverseEventKind>{AdverseEventKind::Headache, "headache",
                                    QT_TRANSLATE_NOOP("AdverseEventKind", "Headache")},
        EnumEntry<AdverseEventKind>{AdverseEventKind::Nausea, "nausea",
                                    QT_TRANSLATE_NOOP("AdverseEventKind", "Nausea")},
        EnumEntry<AdverseEventKind>{AdverseEventKind::Fainting, "fainting",
                                    QT_TRANSLATE_NOOP("AdverseEventKind", "Fainting (vasovagal)")},
        EnumEntry<AdverseEventKind>{
            AdverseEventKind::SuspectedPneumothorax, "suspected-pneumothorax",
            QT_TRANSLATE_NOOP("AdverseEventKind", "Suspected pneumothorax")},
        EnumEntry<AdverseEventKind>{AdverseEventKind::Other, "other",
                                    QT_TRANSLATE_NOOP("AdverseEventKind", "Other")},
    };
};

template <>
struct EnumText<AdverseEventGrade> {
    static constexpr const char* Context = "AdverseEventGrade";
    static constexpr std::array Entries{
        EnumEntry<AdverseEventGrade>{AdverseEventGrade::Mild, "mild",
                                     QT_TRANSLATE_NOOP("AdverseEventGrade", "Mild")},
        EnumEntry<AdverseEventGrade>{AdverseEventGrade::Significant, "significant",
                                     QT_TRANSLATE_NOOP("AdverseEventGrade", "Significant")},
        EnumEntry<AdverseEventGrade>{AdverseEventGrade::Serious, "serious",
                                     QT_TRANSLATE_NOOP("AdverseEventGrade", "Serious")},
    };
};

template <>
struct EnumText<CarriedFrom> {
    static constexpr const char* Context = "CarriedFrom";
    static constexpr std::array Entries{
        EnumEntry<CarriedFrom>{CarriedFrom::Nowhere, "", QT_TRANSLATE_NOOP("CarriedFrom", "")},
        EnumEntry<CarriedFrom>{CarriedFrom::LastSession, "last-session",
                               QT_TRANSLATE_NOOP("CarriedFrom", "Copied from the last session")},
        EnumEntry<CarriedFrom>{CarriedFrom::Template, "template",
                               QT_TRANSLATE_NOOP("CarriedFrom", "From a template")},
    };
};

// Positions as one stored key: each position's key, in the order of PatientPosition, joined by
// commas ("prone,side-lying-left"); a single position is its own key, as before a session could
// hold several. Reading skips unknown keys.
[[nodiscard]] QString patientPositionsKey(const QList<PatientPosition>& positions);
[[nodiscard]] QList<PatientPosition> patientPositionsFromKey(const QString& key);
// `positions` with `position` added or taken away, kept in the order of PatientPosition.
[[nodiscard]] QList<PatientPosition> withPatientPosition(QList<PatientPosition> positions,
                                                         PatientPosition position, bool on);

} // namespace needlechart
