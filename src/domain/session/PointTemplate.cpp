#include "needlechart/domain/session/PointTemplate.h"

#include "needlechart/domain/session/CarryForward.h"

#include <algorithm>
#include <cmath>

namespace needlechart {

PointTemplate PointTemplate::of(const QString& name, const QString& ownerLogin,
                                const QList<TriggerPoint>& points)
{
    PointTemplate t;
    t.name = name.trimmed();
    t.ownerLogin = ownerLogin;
    for (const TriggerPoint& point : points)
        t.points.append(CarryForward::planOf(point));
    return t;
}

QList<TriggerPoint> PointTemplate::pointsToApply(const QList<TriggerPoint>& note) const
{
    const auto samePlace = [](const TriggerPoint& a, const TriggerPoint& b) {
        const QPointF d = a.position - b.position;
        return a.view == b.view && a.muscleId == b.muscleId && a.side == b.side
               && a.siteName == b.siteName && std::hypot(d.x(), d.y()) < SamePlaceDistance;
    };
    QList<TriggerPoint> result;
    for (TriggerPoint point : points) {
        const bool there = std::any_of(note.cbegin(), note.cend(),
                                       [&](const TriggerPoint& p) { return samePlace(p, point); });
        if (there)
            continue;
        point.carriedFrom = CarriedFrom::Template;
        result.append(point);
    }
    return result;
}

QList<FieldError> PointTemplate::check() const
{
    QList<FieldError> errors;
    if (name.trimmed().isEmpty())
        errors.append({PointTemplateFields::Name, tr("Name the template.")});
    else if (name.size() > MaxNameLength)
        errors.append({PointTemplateFields::Name,
                       tr("A template's name is at most %1 characters.").arg(MaxNameLength)});
    if (points.isEmpty())
        errors.append({PointTemplateFields::Points,
                       tr("Mark the points first: a template is made of a note's points.")});
    else if (points.size() > MaxPoints)
        errors.append({PointTemplateFields::Points,
                       tr("A template holds at most %1 points.").arg(MaxPoints)});
    return errors;
}

} // namespace needlechart
