#pragma once

#include <QList>
#include <QPointF>
#include <QString>

#include <optional>

namespace needlechart {

// A pain area's outline as session_pain_area.outline stores it: "x y;x y;..." in normalised
// coordinates, each number with all 17 significant digits so it reads back exactly (a signed
// note's hash covers it), '.' as the decimal point whatever the locale.
class PainOutlineText {
public:
    [[nodiscard]] static QString write(const QList<QPointF>& outline);
    // nullopt when the text is not a list of number pairs.
    [[nodiscard]] static std::optional<QList<QPointF>> read(const QString& text);
};

} // namespace needlechart
