#include "needlechart/domain/session/VisitComparison.h"

namespace needlechart {
namespace {

std::optional<int> change(std::optional<int> earlier, std::optional<int> later)
{
    if (!earlier || !later)
        return std::nullopt;
    return *later - *earlier;
}

} // namespace

std::optional<int> VisitComparison::painBeforeChange() const
{
    return change(painBeforeEarlier, painBeforeLater);
}

std::optional<int> VisitComparison::painAfterChange() const
{
    return change(painAfterEarlier, painAfterLater);
}

QList<NeedledSite> VisitComparison::sitesOf(const Session& session)
{
    QList<NeedledSite> sites;
    for (const TriggerPoint& point : session.points.points()) {
        const NeedledSite site{point.muscleId, point.side,
                               point.isOtherSite() ? point.siteName : QString()};
        if (!sites.contains(site))
            sites.append(site);
    }
    return sites;
}

VisitComparison VisitComparison::of(const Session& a, const Session& b)
{
    const bool aFirst =
        !(b.treatedAt.isValid() && a.treatedAt.isValid()) || a.treatedAt <= b.treatedAt;
    const Session& earlier = aFirst ? a : b;
    const Session& later = aFirst ? b : a;

    VisitComparison c;
    c.painBeforeEarlier = earlier.painBefore;
    c.painBeforeLater = later.painBefore;
    c.painAfterEarlier = earlier.painAfter;
    c.painAfterLater = later.painAfter;
    c.painAreasEarlier = earlier.painAreas.size();
    c.painAreasLater = later.painAreas.size();
    const QList<NeedledSite> before = sitesOf(earlier);
    const QList<NeedledSite> after = sitesOf(later);
    for (const NeedledSite& site : before)
        (after.contains(site) ? c.needledBoth : c.onlyEarlier).append(site);
    for (const NeedledSite& site : after) {
        if (!before.contains(site))
            c.onlyLater.append(site);
    }
    return c;
}

} // namespace needlechart
