#pragma once

#include <QString>

#include <optional>

namespace needlechart {

// The patient's side, never the viewer's: on the anterior view the patient's left is drawn on
// the right of the screen.
enum class BodySide { Left, Right };

// Stable key for storage and charting shorthand ("L", "R").
[[nodiscard]] QString bodySideKey(BodySide side);
[[nodiscard]] std::optional<BodySide> bodySideFromKey(const QString& key);
// Translated label for a person ("Left", "Right").
[[nodiscard]] QString bodySideLabel(BodySide side);

} // namespace needlechart
