#include "needlechart/domain/session/CarryForward.h"

#include <algorithm>

namespace needlechart {

TriggerPoint CarryForward::planOf(const TriggerPoint& point)
{
    TriggerPoint result = point;
    PointFindings plan;
    plan.activity = point.findings.activity;
    plan.depthMm = point.findings.depthMm;
    plan.technique = point.findings.technique;
    plan.retentionSeconds = point.findings.retentionSeconds;
    plan.stimulation = point.findings.stimulation;
    plan.needleGaugeMm = point.findings.needleGaugeMm;
    plan.needleLengthMm = point.findings.needleLengthMm;
    result.findings = plan;
    result.carriedFrom = CarriedFrom::Nowhere;
    return result;
}

CarryForward::Items CarryForward::from(const Session& previous)
{
    Items items;
    for (const TriggerPoint& point : previous.points.points()) {
        TriggerPoint carried = planOf(point);
        carried.carriedFrom = CarriedFrom::LastSession;
        items.points.append(carried);
    }
    for (NeedleUse use : previous.needles) {
        use.inserted = 0;
        use.removed = 0;
        use.carriedFrom = CarriedFrom::LastSession;
        items.needles.append(use);
    }
    for (OtherCare care : previous.otherCare) {
        care.carriedFrom = CarriedFrom::LastSession;
        items.care.append(care);
    }
    return items;
}

QList<OtherCare> CarryForward::careToAdd(const Session& draft, const QList<OtherCare>& carried)
{
    QList<OtherCare> result;
    for (const OtherCare& care : carried) {
        const auto sameKind = [&](const OtherCare& c) { return c.kind == care.kind; };
        if (std::none_of(draft.otherCare.begin(), draft.otherCare.end(), sameKind)
            && std::none_of(result.begin(), result.end(), sameKind))
            result.append(care);
    }
    return result;
}

bool CarryForward::canCarryInto(const Session& draft)
{
    return !draft.isSigned() && !draft.notNeedled && draft.points.isEmpty()
           && draft.needles.isEmpty();
}

int CarryForward::unconfirmedCount(const Session& session)
{
    const auto carried = [](const auto& item) { return item.isCarried(); };
    const QList<TriggerPoint>& points = session.points.points();
    return int(std::count_if(points.begin(), points.end(), carried)
               + std::count_if(session.needles.begin(), session.needles.end(), carried)
               + std::count_if(session.otherCare.begin(), session.otherCare.end(), carried));
}

void CarryForward::confirmAll(Session& session)
{
    for (const TriggerPointKey key : unconfirmedPointKeys(session))
        session.points.setCarriedFrom(key, CarriedFrom::Nowhere);
    for (NeedleUse& use : session.needles)
        use.carriedFrom = CarriedFrom::Nowhere;
    for (OtherCare& care : session.otherCare)
        care.carriedFrom = CarriedFrom::Nowhere;
}

void CarryForward::removeUnconfirmedRows(Session& session)
{
    session.needles.removeIf([](const NeedleUse& use) { return use.isCarried(); });
    session.otherCare.removeIf([](const OtherCare& care) { return care.isCarried(); });
}

QList<TriggerPointKey> CarryForward::unconfirmedPointKeys(const Session& session)
{
    QList<TriggerPointKey> keys;
    for (const TriggerPoint& point : session.points.points()) {
        if (point.isCarried())
            keys.append(point.key);
    }
    return keys;
}

} // namespace needlechart
