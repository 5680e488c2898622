#include "needlechart/domain/bodymap/MuscleDepth.h"

#include <QCoreApplication>

namespace needlechart {

QString muscleDepthKey(MuscleDepth depth)
{
    switch (depth) {
    case MuscleDepth::Surface: return QStringLiteral("surface");
    case MuscleDepth::Deep: return QStringLiteral("deep");
    }
    return QStringLiteral("surface");
}

std::optional<MuscleDepth> muscleDepthFromKey(const QString& key)
{
    for (MuscleDepth d : {MuscleDepth::Surface, MuscleDepth::Deep}) {
        if (muscleDepthKey(d) == key)
            return d;
    }
    return std::nullopt;
}

QString muscleDepthLabel(MuscleDepth depth)
{
    switch (depth) {
    case MuscleDepth::Surface: return QCoreApplication::translate("MuscleDepth", "Surface");
    case MuscleDepth::Deep: return QCoreApplication::translate("MuscleDepth", "Deep");
    }
    return {};
}

} // namespace needlechart
