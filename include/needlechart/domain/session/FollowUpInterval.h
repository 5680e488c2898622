#pragma once

#include <QString>

#include <optional>

namespace needlechart {

// Reads the interval out of a note's follow-up recommendation, as clinicians write it: "Review
// in 7 days", "2 weeks", "review in 3-4 weeks" (the shorter), "1 month". Nullopt when it names
// no interval ("as needed", "discharged").
class FollowUpInterval {
public:
    [[nodiscard]] static std::optional<int> days(const QString& recommendation);
};

} // namespace needlechart
