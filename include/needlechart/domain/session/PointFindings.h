#pragma once

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
    // Needle retention in seconds, for the static technique (and any other left in place).
    std::optional<int> retentionSeconds;
    std::optional<double> needleGaugeMm; // 0.16 .. 0.40
    std::optional<int> needleLengthMm;   // 13 .. 125
    QString notes;

    friend bool operator==(const PointFindings&, const PointFindings&) = default;
};

} // namespace needlechart
