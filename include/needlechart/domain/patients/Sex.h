#pragma once

#include <QString>

#include <optional>

namespace needlechart {

// Sex as recorded at registration. NotStated is the default: the front desk may not ask.
enum class Sex { NotStated, Female, Male, Other };

// Stable storage key ("not-stated", "female", "male", "other").
[[nodiscard]] QString sexKey(Sex sex);
[[nodiscard]] std::optional<Sex> sexFromKey(const QString& key);
// Translated label for a person.
[[nodiscard]] QString sexLabel(Sex sex);

} // namespace needlechart
