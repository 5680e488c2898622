#pragma once

#include <QString>

namespace needlechart {

// One question of a fixed questionnaire: a stable key (stored with each answer) and its text.
struct OutcomeItem {
    QString key;
    QString text;

    friend bool operator==(const OutcomeItem&, const OutcomeItem&) = default;
};

} // namespace needlechart
