#include "needlechart/domain/patients/PatientMatch.h"

#include "needlechart/domain/patients/SearchText.h"

namespace needlechart {

QString PatientMatch::nameKey(const QString& name)
{
    QString key;
    for (QChar c : SearchText::fold(name)) {
        if (c.isLetterOrNumber())
            key.append(c);
    }
    return key;
}

bool PatientMatch::canCompare(const Patient& registering)
{
    return registering.dateOfBirth.isValid() && !nameKey(registering.familyName).isEmpty()
           && !nameKey(registering.givenName).isEmpty();
}

bool PatientMatch::isLikelySame(const Patient& registering, const PatientSummary& registered)
{
    if (!canCompare(registering) || registering.id == registered.id)
        return false;
    return registering.dateOfBirth == registered.dateOfBirth
           && nameKey(registering.familyName) == nameKey(registered.familyName)
           && nameKey(registering.givenName) == nameKey(registered.givenName);
}

QString PatientMatch::searchText(const Patient& registering)
{
    // The date alone, as the search reads it (day first): the names are compared afterwards,
    // as a name written with or without a space ("Mc Donald") is a different search.
    return registering.dateOfBirth.toString(QStringLiteral("dd/MM/yyyy"));
}

} // namespace needlechart
