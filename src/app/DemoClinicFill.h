#pragma once

#include "needlechart/services/demo/DemoSessions.h"

namespace needlechart {

class ClinicServices;

// The demo clinic (200 made-up patients, their notes and this week's bookings), put into a
// database that holds no patients yet; never added to real data. Each point goes where the
// body map draws its muscle.
class DemoClinicFill {
public:
    // False (with a line on stderr and in the log) if it could not be created. `step` hears each
    // of the DemoSessions::PopulateClinicSteps steps as it starts (for a progress window).
    static bool fillIfEmpty(ClinicServices& services, const DemoSessions::StepReport& step = {});
};

} // namespace needlechart
