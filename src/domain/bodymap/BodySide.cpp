#include "needlechart/domain/bodymap/BodySide.h"

#include <QCoreApplication>

namespace needlechart {

QString bodySideKey(BodySide side)
{
    switch (side) {
    case BodySide::Left: return QStringLiteral("L");
    case BodySide::Right: return QStringLiteral("R");
    }
    return QStringLiteral("L");
}

std::optional<BodySide> bodySideFromKey(const QString& key)
{
    for (BodySide s : {BodySide::Left, BodySide::Right}) {
        if (bodySideKey(s) == key)
            return s;
    }
    return std::nullopt;
}

QString bodySideLabel(BodySide side)
{
    switch (side) {
    case BodySide::Left: return QCoreApplication::translate("BodySide", "Left");
    case BodySide::Right: return QCoreApplication::translate("BodySide", "Right");
    }
    return {};
}

} // namespace needlechart
