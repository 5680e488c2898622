#include "PainOutlineText.h"

#include <QStringList>

namespace needlechart {

QString PainOutlineText::write(const QList<QPointF>& outline)
{
    QStringList corners;
    corners.reserve(outline.size());
    for (const QPointF& p : outline)
        corners.append(QString::number(p.x(), 'g', 17) + QLatin1Char(' ')
                       + QString::number(p.y(), 'g', 17));
    return corners.join(QLatin1Char(';'));
}

std::optional<QList<QPointF>> PainOutlineText::read(const QString& text)
{
    QList<QPointF> outline;
    for (const QString& corner : text.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QStringList xy = corner.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (xy.size() != 2)
            return std::nullopt;
        bool okX = false;
        bool okY = false;
        const double x = xy.at(0).toDouble(&okX);
        const double y = xy.at(1).toDouble(&okY);
        if (!okX || !okY)
            return std::nullopt;
        outline.append(QPointF(x, y));
    }
    return outline;
}

} // namespace needlechart
