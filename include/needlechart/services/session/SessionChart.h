#pragma once

#include "needlechart/domain/paindrawing/PainArea.h"
#include "needlechart/domain/session/SessionSummary.h"
#include "needlechart/domain/session/TriggerPoint.h"

#include <QDateTime>
#include <QHash>
#include <QList>

#include <optional>
#include <vector>

namespace needlechart {

// What the session view shows about a patient's earlier care: the history list, the previous
// session's points (ghosted on the map) and how often each region was needled (the heat map).
struct SessionChart {
    std::vector<SessionSummary> history; // newest first, including the open note if stored
    std::optional<SessionId> previousSessionId;
    QList<TriggerPoint> previousPoints;
    QList<PainArea> previousPainAreas; // the previous session's pain drawing
    // When the newest signed note before this one was treated (what "Start from the last
    // session" copies; SessionService::lastSignedBefore); null when there is none.
    QDateTime lastSignedTreatedAt;
    QHash<QString, int> needlingCounts; // by region id, "infraspinatus_L"
    // Serious adverse events are an alert on the patient.
    [[nodiscard]] bool hasSeriousAdverseEvent() const
    {
        for (const SessionSummary& s : history) {
            if (s.hasSeriousAdverseEvent)
                return true;
        }
        return false;
    }
};

} // namespace needlechart
