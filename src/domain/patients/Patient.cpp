#include "needlechart/domain/patients/Patient.h"

#include "needlechart/domain/common/DisplayText.h"

namespace needlechart {

namespace {

QString composeFullName(const QString& given, const QString& family,
                        QString (*part)(const QString&))
{
    const QString g = given.trimmed();
    const QString f = family.trimmed();
    if (g.isEmpty() || f.isEmpty())
        return part(g.isEmpty() ? f : g);
    return part(g) + QLatin1Char(' ') + part(f);
}

QString composeDisplayName(const Patient& p, QString (*part)(const QString&))
{
    QString name = part(p.familyName);
    if (!p.givenName.isEmpty())
        name += QStringLiteral(", ") + part(p.givenName);
    if (!p.preferredName.isEmpty() && p.preferredName != p.givenName)
        name += QStringLiteral(" (") + part(p.preferredName) + QLatin1Char(')');
    return name;
}

QString asIs(const QString& text)
{
    return text;
}

} // namespace

QString Patient::fullName() const
{
    return composeFullName(givenName, familyName, asIs);
}

QString Patient::displayName() const
{
    return composeDisplayName(*this, asIs);
}

QString Patient::isolatedFullName() const
{
    return DisplayText::isolate(composeFullName(givenName, familyName, DisplayText::isolate));
}

QString Patient::isolatedDisplayName() const
{
    return DisplayText::isolate(composeDisplayName(*this, DisplayText::isolate));
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
