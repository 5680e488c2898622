#pragma once

#include <QString>

namespace needlechart {

// One answer of a completed outcome measure: for a fixed questionnaire the item's key, for one
// whose items the patient names (the Patient-Specific Functional Scale) the activity in their
// words; and the value on the measure's scale.
struct OutcomeAnswer {
    QString item;
    int value = 0;

    friend bool operator==(const OutcomeAnswer&, const OutcomeAnswer&) = default;
};

} // namespace needlechart
