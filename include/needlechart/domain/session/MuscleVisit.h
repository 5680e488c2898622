#pragma once

#include "needlechart/domain/session/Session.h"
#include "needlechart/domain/session/TriggerPoint.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace needlechart {

// One point needled in one muscle and side at one signed visit, with that visit's pain before
// and after: a line of the muscle's history (SessionService::muscleHistory). A visit that
// needled the muscle twice gives two lines.
struct MuscleVisit {
    SessionId sessionId = 0;
    QDateTime treatedAt; // UTC
    QString clinician;
    std::optional<int> painBefore;
    std::optional<int> painAfter;
    TriggerPoint point; // where, and what was found (twitch, pain reproduced, depth, ...)

    friend bool operator==(const MuscleVisit&, const MuscleVisit&) = default;
};

} // namespace needlechart
