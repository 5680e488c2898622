#include "needlechart/domain/session/Session.h"

#include <algorithm>

namespace needlechart {

int Session::needlesInserted() const
{
    int total = 0;
    for (const NeedleUse& use : needles)
        total += use.inserted;
    return total;
}

int Session::needlesRemoved() const
{
    int total = 0;
    for (const NeedleUse& use : needles)
        total += use.removed;
    return total;
}

bool Session::hasSeriousAdverseEvent() const
{
    return std::any_of(adverseEvents.cbegin(), adverseEvents.cend(),
                       [](const AdverseEvent& event) { return event.isSerious(); });
}

} // namespace needlechart
