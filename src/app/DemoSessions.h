#pragma once

#include "needlechart/domain/Result.h"

#include <QDateTime>

namespace needlechart {

class ClinicServices;

// Charted sessions and this week's appointment book for the demo clinic, so its history lists,
// ghosted points and heat maps have something to show: the first patients get one to four signed
// notes a week apart, on the muscle groups a clinic sees most (neck and shoulder, low back and hip,
// calf and hamstrings, forearm), each marked where the body map draws that muscle; a few have a
// draft open. Each of those patients was screened and consented (on leaflet version 1) before the
// first needle. The clinic gets made-up details. Made up and deterministic. Lives in the app
// because it places points with the body map's geometry.
class DemoSessions {
public:
    // Adds the notes in one transaction; returns how many. Each patient's last visit moves up to
    // their newest signed note.
    [[nodiscard]] static Result<int> populate(ClinicServices& services);
};

} // namespace needlechart
