#pragma once

namespace needlechart {

class ClinicServices;

// The demo clinic (200 made-up patients, their notes and this week's bookings), put into a
// database that holds no patients yet; never added to real data. Each point goes where the
// body map draws its muscle.
class DemoClinicFill {
public:
    // False (with a line on stderr and in the log) if it could not be created.
    static bool fillIfEmpty(ClinicServices& services);
};

} // namespace needlechart
