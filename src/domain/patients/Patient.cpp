#include "needlechart/domain/patients/Patient.h"

namespace needlechart {

QString Patient::fullName() const
{
    return QString(givenName.trimmed() + QLatin1Char(' ') + familyName.trimmed()).trimmed();
}

QString Patient::displayName() const
{
    QString name = familyName;
    if (!givenName.isEmpty())
        name += QStringLiteral(", ") + givenName;
    if (!preferredName.isEmpty() && preferredName != givenName)
        name += QStringLiteral(" (") + preferredName + QLatin1Char(')');
    return name;
}

std::optional<int> Patient::ageOn(QDate today) const
{
    if (!dateOfBirth.isValid() || !today.isValid() || dateOfBirth > today)
        return std::nullopt;
    int years = today.year() - dateOfBirth.year();
    // Not yet had this year's birthday. A 29 February birthday counts from 1 March in
    // non-leap years, as most registries do.
    if (today.month() < dateOfBirth.month()
        || (today.month() == dateOfBirth.month() && today.day() < dateOfBirth.day()))
        --years;
    return years;
}

} // namespace needlechart
