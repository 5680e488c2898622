#pragma once

#include <QString>

#include <optional>

namespace needlechart {

// Whether a muscle can be drawn and reached directly under the skin (Surface) or lies beneath
// another muscle in every view it is shown in (Deep). The body map draws deep muscles as
// outlines under the surface layer.
enum class MuscleDepth { Surface, Deep };

// Stable key used in the catalogue file ("surface", "deep").
[[nodiscard]] QString muscleDepthKey(MuscleDepth depth);
[[nodiscard]] std::optional<MuscleDepth> muscleDepthFromKey(const QString& key);
// Translated label for a person.
[[nodiscard]] QString muscleDepthLabel(MuscleDepth depth);

} // namespace needlechart
