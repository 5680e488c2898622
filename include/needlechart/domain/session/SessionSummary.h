#pragma once

#include "needlechart/domain/bodymap/BodySide.h"
#include "needlechart/domain/bodymap/Muscle.h"
#include "needlechart/domain/session/Session.h"

#include <QDateTime>
#include <QList>

#include <optional>

namespace needlechart {

// A muscle and side needled in a session, as the history lists them.
struct NeedledSite {
    MuscleId muscleId;
    BodySide side = BodySide::Left;
    QString siteName; // an other site's name (muscleId == OtherSiteId)

    friend bool operator==(const NeedledSite&, const NeedledSite&) = default;
};

// One line of a patient's session history: enough to list it without loading the note.
struct SessionSummary {
    SessionId id = 0;
    QDateTime treatedAt; // UTC
    SessionStatus status = SessionStatus::Draft;
    QString clinician;
    std::optional<int> painBefore;
    std::optional<int> painAfter;
    int pointCount = 0;
    int amendmentCount = 0;
    bool hasSeriousAdverseEvent = false;
    bool notNeedled = false;  // a visit without needling (Session::notNeedled)
    QList<NeedledSite> sites; // each muscle and side once, in the order first marked

    friend bool operator==(const SessionSummary&, const SessionSummary&) = default;
};

} // namespace needlechart
