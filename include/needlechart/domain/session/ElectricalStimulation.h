#pragma once

#include <optional>

namespace needlechart {

// The settings of electrical stimulation through the needles at a point (a stimulator's leads
// on the needle handles): the frequency, the pulse width and the current. Recorded for a point
// whose technique is NeedlingTechnique::ElectricalStimulation, and kept with its plan (copied
// forward and into templates) like the other settings. Empty optionals mean "not recorded".
struct ElectricalStimulation {
    std::optional<double> frequencyHz;
    std::optional<int> pulseWidthUs;
    std::optional<double> intensityMa;

    static constexpr double MinFrequencyHz = 0.5;
    static constexpr double MaxFrequencyHz = 250.0;
    static constexpr int MinPulseWidthUs = 20;
    static constexpr int MaxPulseWidthUs = 1000;
    static constexpr double MinIntensityMa = 0.1;
    static constexpr double MaxIntensityMa = 80.0;

    [[nodiscard]] bool isComplete() const { return frequencyHz && pulseWidthUs && intensityMa; }

    friend bool operator==(const ElectricalStimulation&, const ElectricalStimulation&) = default;
};

} // namespace needlechart
