#include "needlechart/domain/session/FollowUpInterval.h"

#include <QRegularExpression>

namespace needlechart {

std::optional<int> FollowUpInterval::days(const QString& recommendation)
{
    static const QRegularExpression pattern(
        QStringLiteral("(\\d+)\\s*(?:(?:-|to|\\x{2013})\\s*\\d+\\s*)?(day|days|week|weeks|wk|wks|"
                       "month|months)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = pattern.match(recommendation);
    if (!match.hasMatch())
        return std::nullopt;
    const int count = match.captured(1).toInt();
    const QString unit = match.captured(2).toLower();
    if (count <= 0)
        return std::nullopt;
    if (unit.startsWith(QLatin1String("day")))
        return count;
    if (unit.startsWith(QLatin1String("w")))
        return count * 7;
    return count * 30;
}

} // namespace needlechart
