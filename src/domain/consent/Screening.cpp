#include "needlechart/domain/consent/Screening.h"

namespace needlechart {

bool Screening::isPresent(const QString& itemKey) const
{
    for (const ScreeningAnswer& answer : answers) {
        if (answer.itemKey == itemKey)
            return answer.present;
    }
    return false;
}

} // namespace needlechart
