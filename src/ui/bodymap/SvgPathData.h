#pragma once

#include "needlechart/domain/common/Result.h"

#include <QCoreApplication>
#include <QPainterPath>
#include <QString>

namespace needlechart {

// Reads the `d` attribute of an SVG <path> into a QPainterPath. Supports what the body map
// artwork uses (scripts/generate-bodymap.py): absolute M, L, H, V, C, Q and Z, numbers separated
// by spaces or commas. Anything else is an error naming the offending command, so a change in
// the artwork that the geometry would misread fails loudly instead of drawing something else.
class SvgPathData {
    Q_DECLARE_TR_FUNCTIONS(SvgPathData)

public:
    [[nodiscard]] static Result<QPainterPath> parse(const QString& data);
};

} // namespace needlechart
