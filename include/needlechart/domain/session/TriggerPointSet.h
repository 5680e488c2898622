#pragma once

#include "needlechart/domain/session/TriggerPoint.h"

#include <QList>

#include <optional>

namespace needlechart {

// The trigger points of one session, in the order they were marked. A point's number (shown on
// the map and in the session's point table) is its place in that order, from 1. A plain value:
// the body map widget and the undo commands edit it; nothing here knows about either.
class TriggerPointSet {
public:
    [[nodiscard]] const QList<TriggerPoint>& points() const { return m_points; }
    [[nodiscard]] qsizetype size() const { return m_points.size(); }
    [[nodiscard]] bool isEmpty() const { return m_points.isEmpty(); }

    // Appends `point` under a new key (point.key is ignored) and returns that key.
    TriggerPointKey add(TriggerPoint point);
    // Puts back a point removed earlier, at `index`, under its own key (for undo).
    void restore(qsizetype index, const TriggerPoint& point);
    // Removes the point; returns its index and value, or nullopt if there is no such key.
    std::optional<std::pair<qsizetype, TriggerPoint>> remove(TriggerPointKey key);
    // Moves the point, with the muscle and side now under it. False if there is no such key.
    bool move(TriggerPointKey key, QPointF position, const MuscleId& muscleId, BodySide side);
    // Replaces what was found at the point, which confirms a carried point (carriedFrom
    // becomes Nowhere). False if there is no such key.
    bool setFindings(TriggerPointKey key, const PointFindings& findings);
    // Marks where the point came from (undo puts a carried mark back). False if no such key.
    bool setCarriedFrom(TriggerPointKey key, CarriedFrom carriedFrom);

    [[nodiscard]] const TriggerPoint* find(TriggerPointKey key) const;
    // 1-based number of the point, or 0 if there is no such key.
    [[nodiscard]] int numberOf(TriggerPointKey key) const;

    friend bool operator==(const TriggerPointSet&, const TriggerPointSet&) = default;

private:
    [[nodiscard]] qsizetype indexOf(TriggerPointKey key) const;

    QList<TriggerPoint> m_points;
    TriggerPointKey m_nextKey = 1;
};

} // namespace needlechart
