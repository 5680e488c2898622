#pragma once

#include "needlechart/domain/appointments/Appointment.h"
#include "needlechart/domain/appointments/Clinician.h"

#include <optional>
#include <vector>

namespace needlechart {

// A booking offered to the person before it is made: the appointment filled in as proposed
// (patient, clinician, start, length, type), the clinicians the booking dialog offers, and how
// the proposal came about, so the window can say so.
struct BookingProposal {
    Appointment appointment;
    std::vector<Clinician> clinicians;
    // True when `appointment.start` is a free slot; false when none was found in the search
    // window and the start is only the earliest time asked for.
    bool freeSlotFound = false;
    // For a follow-up: the interval the note names in days, if it names one.
    std::optional<int> intervalDays;
};

} // namespace needlechart
