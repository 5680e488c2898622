#pragma once

#include <QFlags>
#include <QList>
#include <QString>

#include <optional>

namespace needlechart {

// Which side of the figure the body map shows. The values are bits so that a muscle can name
// every view it is drawn in (BodyViews).
enum class BodyView { Anterior = 0x1, Posterior = 0x2 };
Q_DECLARE_FLAGS(BodyViews, BodyView)
Q_DECLARE_OPERATORS_FOR_FLAGS(BodyViews)

// Both views, in the order the body map shows them.
[[nodiscard]] QList<BodyView> allBodyViews();
// Stable key used in data files and settings ("anterior", "posterior").
[[nodiscard]] QString bodyViewKey(BodyView view);
[[nodiscard]] std::optional<BodyView> bodyViewFromKey(const QString& key);
// Translated label for a person.
[[nodiscard]] QString bodyViewLabel(BodyView view);

} // namespace needlechart
