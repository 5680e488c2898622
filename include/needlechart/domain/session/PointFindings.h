#pragma once

#include "needlechart/domain/session/ElectricalStimulation.h"
#include "needlechart/domain/session/SessionTerms.h"

#include <QString>

#include <optional>

namespace needlechart {

// What was found and done at one trigger point. Part of TriggerPoint, so a point and its
// findings move, undo and save together. Empty optionals mean "not recorded".
struct PointFindings {
    PointActivity activity = PointActivity::Active;
    TwitchResponse twitch = TwitchResponse::None;
    // How many twitches were seen when twitch is Multiple (2 or more); ignored otherwise.
    int twitchCount = 0;
    bool painReproduced = false;            // the patient's familiar pain was reproduced
    bool referredPatternReproduced = false; // and its referral pattern too
    std::optional<int> depthMm;
    NeedlingTechnique technique = NeedlingTechnique::FastInFastOut;
    // Needle retention in seconds, for the static technique and electrical stimulation (and any
    // other left in place).
    std::optional<int> retentionSeconds;
    // The stimulator's settings, for NeedlingTechnique::ElectricalStimulation.
    ElectricalStimulation stimulation;
    [[nodiscard]] bool isStimulated() const
    {
        return technique == NeedlingTechnique::ElectricalStimulation;
    }
    std::optional<double> needleGaugeMm; // 0.16 .. 0.40
    std::optional<int> needleLengthMm;   // 13 .. 125
    QString notes;

    // A multiple twitch response is two twitches or more, so the response and the count are
    // set together: choosing Multiple raises a count below 2 to 2, and a count of 2 or more
    // makes the response Multiple. Editors go through these rather than the fields.
    void setTwitch(TwitchResponse response)
    {
        twitch = response;
        if (twitch == TwitchResponse::Multiple && twitchCount < MinMultipleTwitches)
            twitchCount = MinMultipleTwitches;
    }
    void setTwitchCount(int count)
    {
        twitchCount = count;
        if (twitchCount >= MinMultipleTwitches)
            twitch = TwitchResponse::Multiple;
    }
    static constexpr int MinMultipleTwitches = 2;

    friend bool operator==(const PointFindings&, const PointFindings&) = default;
};

} // namespace needlechart
