#pragma once

#include <QString>

namespace needlechart {

// The answer scale every item of an outcome measure shares: whole numbers from min to max, with
// what each end means ("Unable to perform" .. "Able to perform at the level before").
struct OutcomeScale {
    int min = 0;
    int max = 10;
    QString minLabel;
    QString maxLabel;

    [[nodiscard]] bool contains(int value) const { return value >= min && value <= max; }

    friend bool operator==(const OutcomeScale&, const OutcomeScale&) = default;
};

} // namespace needlechart
