#include "needlechart/domain/session/PointTemplate.h"

#include "needlechart/domain/session/CarryForward.h"

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

QList<TriggerPoint> PointTemplate::pointsToApply() const
{
    QList<TriggerPoint> result;
    for (TriggerPoint point : points) {
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
