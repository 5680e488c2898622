#include "needlechart/domain/patients/Sex.h"

#include <QCoreApplication>

namespace needlechart {

QString sexKey(Sex sex)
{
    switch (sex) {
    case Sex::NotStated: return QStringLiteral("not-stated");
    case Sex::Female: return QStringLiteral("female");
    case Sex::Male: return QStringLiteral("male");
    case Sex::Other: return QStringLiteral("other");
    }
    return QStringLiteral("not-stated");
}

std::optional<Sex> sexFromKey(const QString& key)
{
    for (Sex s : {Sex::NotStated, Sex::Female, Sex::Male, Sex::Other}) {
        if (sexKey(s) == key)
            return s;
    }
    return std::nullopt;
}

QString sexLabel(Sex sex)
{
    switch (sex) {
    case Sex::NotStated: return QCoreApplication::translate("Sex", "Not stated");
    case Sex::Female: return QCoreApplication::translate("Sex", "Female");
    case Sex::Male: return QCoreApplication::translate("Sex", "Male");
    case Sex::Other: return QCoreApplication::translate("Sex", "Other");
    }
    return {};
}

} // namespace needlechart
