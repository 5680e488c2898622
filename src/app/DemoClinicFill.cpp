#include "DemoClinicFill.h"

#include "needlechart/services/common/ClinicServices.h"
#include "needlechart/services/demo/DemoSessions.h"
#include "needlechart/services/patients/PatientService.h"
#include "needlechart/ui/bodymap/TriggerPointPlacement.h"

#include <spdlog/spdlog.h>

#include <cstdio>

namespace needlechart {
namespace {

constexpr int DemoPatientCount = 200;
// Fixed so every demo clinic holds the same made-up patients: screenshots, manuals and support
// calls all see the same list.
constexpr quint32 DemoSeed = 20240601;

} // namespace

bool DemoClinicFill::fillIfEmpty(ClinicServices& services, const DemoSessions::StepReport& step)
{
    const Result<bool> empty = DemoSessions::clinicIsEmpty(services);
    if (!empty.ok() || !*empty)
        return empty.ok();
    const TriggerPointPlacement placement;
    const Result<int> notes = DemoSessions::populateClinic(
        services, DemoPatientCount, DemoSeed,
        [&placement](const MuscleId& muscle, BodySide side) -> std::optional<TriggerPoint> {
            auto placed = placement.place(muscle, side);
            if (!placed)
                return std::nullopt;
            return TriggerPoint(0, placed->view, muscle, side, placed->position);
        },
        step);
    if (!notes.ok()) {
        std::fprintf(stderr, "needlechart: cannot create the demo clinic: %s\n",
                     qUtf8Printable(notes.error().message));
        spdlog::error("demo clinic not created: {}", errorCodeName(notes.error().code));
        return false;
    }
    spdlog::info("demo clinic created with {} patients and {} session notes", DemoPatientCount,
                 notes.value());
    return true;
}

} // namespace needlechart
