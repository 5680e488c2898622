#include "needlechart/domain/common/SystemClock.h"

namespace needlechart {

QDateTime SystemClock::nowUtc() const
{
    return QDateTime::currentDateTimeUtc();
}

QDate SystemClock::today() const
{
    return QDate::currentDate();
}

} // namespace needlechart
