#include "needlechart/domain/backup/BackupRetention.h"

#include <algorithm>
#include <functional>
#include <set>

namespace needlechart {
namespace {

// Keeps, walking newest first, the first backup of each new period until `count` periods have
// one.
void keepNewestPerPeriod(const std::vector<QDateTime>& newestFirst, int count,
                         const std::function<qint64(const QDate&)>& periodOf,
                         std::set<QDateTime>& kept)
{
    qint64 lastPeriod = -1;
    int periods = 0;
    for (const QDateTime& at : newestFirst) {
        if (periods >= count)
            return;
        const qint64 period = periodOf(at.toLocalTime().date());
        if (period == lastPeriod)
            continue;
        lastPeriod = period;
        ++periods;
        kept.insert(at);
    }
}

} // namespace

bool BackupRetention::valid() const
{
    const auto inRange = [](int n) { return n >= 1 && n <= MaxCount; };
    return inRange(daily) && inRange(weekly) && inRange(monthly);
}

std::vector<QDateTime> BackupRetention::kept(std::vector<QDateTime> createdUtc) const
{
    std::sort(createdUtc.begin(), createdUtc.end(), std::greater<>());
    std::set<QDateTime> kept;
    keepNewestPerPeriod(
        createdUtc, daily, [](const QDate& d) { return d.toJulianDay(); }, kept);
    keepNewestPerPeriod(
        createdUtc, weekly,
        [](const QDate& d) {
            int year = 0;
            const int week = d.weekNumber(&year);
            return qint64(year) * 100 + week;
        },
        kept);
    keepNewestPerPeriod(
        createdUtc, monthly, [](const QDate& d) { return qint64(d.year()) * 100 + d.month(); },
        kept);
    return {kept.rbegin(), kept.rend()};
}

std::vector<QDateTime> BackupRetention::prunable(const std::vector<QDateTime>& createdUtc) const
{
    const std::vector<QDateTime> keep = kept(createdUtc);
    const std::set<QDateTime> keepSet(keep.begin(), keep.end());
    std::vector<QDateTime> prune;
    for (const QDateTime& at : createdUtc) {
        if (!keepSet.contains(at))
            prune.push_back(at);
    }
    std::sort(prune.begin(), prune.end());
    return prune;
}

} // namespace needlechart
