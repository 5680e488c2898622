#pragma once

#include "needlechart/domain/common/EnumText.h"

namespace needlechart {

enum class AppointmentType { InitialAssessment, DryNeedling, FollowUp, Review };

// Where an appointment stands. Booked -> Arrived -> InTreatment -> Completed is the usual day;
// Cancelled (with a reason) and NoShow end it otherwise (see AppointmentRules::canMove).
enum class AppointmentStatus { Booked, Arrived, InTreatment, Completed, Cancelled, NoShow };

// Where a booking stands for the front desk right now (see AppointmentRules::frontDeskState):
// still expected, late (booked, its start passed by more than AppointmentRules::LateAfterMinutes
// and nobody has arrived), waiting, in treatment, done, no-show or cancelled.
// NotArrived: booked, and the booking's time is over without the patient arriving (the front
// desk decides whether it was a no-show).
enum class FrontDeskState {
    Expected,
    Late,
    NotArrived,
    Waiting,
    InTreatment,
    Done,
    NoShow,
    Cancelled
};

template <>
struct EnumText<AppointmentType> {
    static constexpr const char* Context = "AppointmentType";
    static constexpr std::array Entries{
        EnumEntry<AppointmentType>{AppointmentType::InitialAssessment, "initial-assessment",
                                   QT_TRANSLATE_NOOP("AppointmentType", "Initial assessment")},
        EnumEntry<AppointmentType>{AppointmentType::DryNeedling, "dry-needling",
                                   QT_TRANSLATE_NOOP("AppointmentType", "Dry needling")},
        EnumEntry<AppointmentType>{AppointmentType::FollowUp, "follow-up",
                                   QT_TRANSLATE_NOOP("AppointmentType", "Follow-up")},
        EnumEntry<AppointmentType>{AppointmentType::Review, "review",
                                   QT_TRANSLATE_NOOP("AppointmentType", "Review")},
    };
};

template <>
struct EnumText<AppointmentStatus> {
    static constexpr const char* Context = "AppointmentStatus";
    static constexpr std::array Entries{
        EnumEntry<AppointmentStatus>{AppointmentStatus::Booked, "booked",
                                     QT_TRANSLATE_NOOP("AppointmentStatus", "Booked")},
        EnumEntry<AppointmentStatus>{AppointmentStatus::Arrived, "arrived",
                                     QT_TRANSLATE_NOOP("AppointmentStatus", "Arrived")},
        EnumEntry<AppointmentStatus>{AppointmentStatus::InTreatment, "in-treatment",
                                     QT_TRANSLATE_NOOP("AppointmentStatus", "In treatment")},
        EnumEntry<AppointmentStatus>{AppointmentStatus::Completed, "completed",
                                     QT_TRANSLATE_NOOP("AppointmentStatus", "Completed")},
        EnumEntry<AppointmentStatus>{AppointmentStatus::Cancelled, "cancelled",
                                     QT_TRANSLATE_NOOP("AppointmentStatus", "Cancelled")},
        EnumEntry<AppointmentStatus>{AppointmentStatus::NoShow, "no-show",
                                     QT_TRANSLATE_NOOP("AppointmentStatus", "No-show")},
    };
};

template <>
struct EnumText<FrontDeskState> {
    static constexpr const char* Context = "FrontDeskState";
    static constexpr std::array Entries{
        EnumEntry<FrontDeskState>{FrontDeskState::Expected, "expected",
                                  QT_TRANSLATE_NOOP("FrontDeskState", "Expected")},
        EnumEntry<FrontDeskState>{FrontDeskState::Late, "late",
                                  QT_TRANSLATE_NOOP("FrontDeskState", "Late")},
        EnumEntry<FrontDeskState>{FrontDeskState::NotArrived, "not-arrived",
                                  QT_TRANSLATE_NOOP("FrontDeskState", "Not arrived")},
        EnumEntry<FrontDeskState>{FrontDeskState::Waiting, "waiting",
                                  QT_TRANSLATE_NOOP("FrontDeskState", "Waiting")},
        EnumEntry<FrontDeskState>{FrontDeskState::InTreatment, "in-treatment",
                                  QT_TRANSLATE_NOOP("FrontDeskState", "In treatment")},
        EnumEntry<FrontDeskState>{FrontDeskState::Done, "done",
                                  QT_TRANSLATE_NOOP("FrontDeskState", "Done")},
        EnumEntry<FrontDeskState>{FrontDeskState::NoShow, "no-show",
                                  QT_TRANSLATE_NOOP("FrontDeskState", "No-show")},
        EnumEntry<FrontDeskState>{FrontDeskState::Cancelled, "cancelled",
                                  QT_TRANSLATE_NOOP("FrontDeskState", "Cancelled")},
    };
};

} // namespace needlechart
