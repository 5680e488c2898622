#pragma once

#include "needlechart/domain/bodymap/BodySide.h"
#include "needlechart/domain/bodymap/Muscle.h"
#include "needlechart/domain/common/Result.h"
#include "needlechart/domain/session/TriggerPoint.h"

#include <QDateTime>

#include <functional>
#include <optional>

namespace needlechart {

class ClinicServices;

// Charted sessions and this week's appointment book for the demo clinic, so its history lists,
// ghosted points and heat maps have something to show: the first patients get one to four signed
// notes a week apart, on the muscle groups a clinic sees most (neck and shoulder, low back and hip,
// calf and hamstrings, forearm), each marked where the body map draws that muscle; a few have a
// draft open. Each of those patients was screened and consented (on leaflet version 1) before the
// first needle. The clinic gets made-up details. Made up and deterministic.
class DemoSessions {
public:
    // Where the body map draws a muscle on one side: a point (view and normalised position) on
    // it, or nothing when it is not drawn. The caller brings the artwork's geometry (the UI's
    // TriggerPointPlacement), which this layer does not have.
    using PointPlacer =
        std::function<std::optional<TriggerPoint>(const MuscleId& muscle, BodySide side)>;

    // Adds the notes in one transaction; returns how many. Each patient's last visit moves up to
    // their newest signed note.
    [[nodiscard]] static Result<int> populate(ClinicServices& services, const PointPlacer& place);

    // The whole demo clinic in one transaction: `patientCount` made-up patients
    // (DemoClinic::populate, `seed`), then the notes, clinic details and appointment book as
    // above. A failure or a kill halfway leaves the database as it was, so the next start fills
    // it again instead of leaving patients without notes. Returns how many notes were added.
    // True while the clinic holds no patient (before anyone has signed in, so no permission).
    [[nodiscard]] static Result<bool> clinicIsEmpty(ClinicServices& services);
    // `step`, when given, is told each step as it starts ("Adding the made-up patients"), for a
    // progress window.
    using StepReport = std::function<void(const QString& step)>;
    static constexpr int PopulateClinicSteps = 4;
    [[nodiscard]] static Result<int> populateClinic(ClinicServices& services, int patientCount,
                                                    quint32 seed, const PointPlacer& place,
                                                    const StepReport& step = {});
};

} // namespace needlechart
