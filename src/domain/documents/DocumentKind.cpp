#include "needlechart/domain/documents/DocumentKind.h"

namespace needlechart {

QStringList documentFields(DocumentKind kind)
{
    QStringList fields{
        QStringLiteral("clinic.name"),
        QStringLiteral("clinic.phone"),
        QStringLiteral("clinic.address"),
        QStringLiteral("clinic.email"),
        QStringLiteral("patient.name"),
        QStringLiteral("patient.dateOfBirth"),
        QStringLiteral("today"),
        QStringLiteral("clinician.name"),
        QStringLiteral("clinician.registration"),
    };
    if (isLetter(kind))
        fields << QStringLiteral("recipient") << QStringLiteral("complaint")
               << QStringLiteral("findings") << QStringLiteral("painTrend")
               << QStringLiteral("outcomes") << QStringLiteral("plan")
               << QStringLiteral("course.sessions") << QStringLiteral("course.first")
               << QStringLiteral("course.last");
    return fields;
}

bool isLetter(DocumentKind kind)
{
    return kind != DocumentKind::AftercareAdvice;
}

} // namespace needlechart
