#include "needlechart/domain/session/TriggerPointSet.h"

#include <algorithm>

namespace needlechart {

TriggerPointKey TriggerPointSet::add(TriggerPoint point)
{
    point.key = m_nextKey++;
    m_points.append(point);
    return point.key;
}

void TriggerPointSet::restore(qsizetype index, const TriggerPoint& point)
{
    m_points.insert(std::clamp<qsizetype>(index, 0, m_points.size()), point);
    m_nextKey = std::max(m_nextKey, point.key + 1);
}

std::optional<std::pair<qsizetype, TriggerPoint>> TriggerPointSet::remove(TriggerPointKey key)
{
    const qsizetype index = indexOf(key);
    if (index < 0)
        return std::nullopt;
    TriggerPoint removed = m_points.takeAt(index);
    return std::make_pair(index, removed);
}

bool TriggerPointSet::move(TriggerPointKey key, QPointF position, const MuscleId& muscleId,
                           BodySide side)
{
    const qsizetype index = indexOf(key);
    if (index < 0)
        return false;
    TriggerPoint& point = m_points[index];
    point.position = position;
    point.muscleId = muscleId;
    point.side = side;
    return true;
}

bool TriggerPointSet::setFindings(TriggerPointKey key, const PointFindings& findings)
{
    const qsizetype index = indexOf(key);
    if (index < 0)
        return false;
    m_points[index].findings = findings;
    m_points[index].carriedFrom = CarriedFrom::Nowhere; // recording what was found confirms it
    return true;
}

bool TriggerPointSet::setCarriedFrom(TriggerPointKey key, CarriedFrom carriedFrom)
{
    const qsizetype index = indexOf(key);
    if (index < 0)
        return false;
    m_points[index].carriedFrom = carriedFrom;
    return true;
}

const TriggerPoint* TriggerPointSet::find(TriggerPointKey key) const
{
    const qsizetype index = indexOf(key);
    return index < 0 ? nullptr : &m_points.at(index);
}

int TriggerPointSet::numberOf(TriggerPointKey key) const
{
    return static_cast<int>(indexOf(key) + 1);
}

qsizetype TriggerPointSet::indexOf(TriggerPointKey key) const
{
    const auto found = std::find_if(m_points.cbegin(), m_points.cend(),
                                    [key](const TriggerPoint& p) { return p.key == key; });
    return found == m_points.cend() ? -1 : std::distance(m_points.cbegin(), found);
}

} // namespace needlechart
