#include "needlechart/domain/accounts/StaffRoles.h"

namespace needlechart {

QString StaffRoles::toText() const
{
    QStringList keys;
    for (StaffRole role : enumValues<StaffRole>()) {
        if (has(role))
            keys.append(enumKey(role));
    }
    return keys.join(QLatin1Char(' '));
}

std::optional<StaffRoles> StaffRoles::fromText(const QString& text)
{
    StaffRoles roles;
    for (const QString& key : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const auto role = enumFromKey<StaffRole>(key);
        if (!role)
            return std::nullopt;
        roles.insert(*role);
    }
    return roles;
}

QString StaffRoles::labels() const
{
    QStringList names;
    for (StaffRole role : enumValues<StaffRole>()) {
        if (has(role))
            names.append(enumLabel(role));
    }
    return names.join(QStringLiteral(", "));
}

} // namespace needlechart
