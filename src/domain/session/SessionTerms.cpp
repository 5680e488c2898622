#include "needlechart/domain/session/SessionTerms.h"

#include <QStringList>

namespace needlechart {

QString patientPositionsKey(const QList<PatientPosition>& positions)
{
    QStringList keys;
    for (PatientPosition position : enumValues<PatientPosition>()) {
        if (positions.contains(position))
            keys.append(enumKey(position));
    }
    return keys.join(QLatin1Char(','));
}

QList<PatientPosition> patientPositionsFromKey(const QString& key)
{
    QList<PatientPosition> read;
    for (const QString& part : key.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (const auto position = enumFromKey<PatientPosition>(part.trimmed()))
            read = withPatientPosition(read, *position, true);
    }
    return read;
}

QList<PatientPosition> withPatientPosition(QList<PatientPosition> positions,
                                           PatientPosition position, bool on)
{
    positions.removeAll(position);
    if (on)
        positions.append(position);
    QList<PatientPosition> ordered;
    for (PatientPosition p : enumValues<PatientPosition>()) {
        if (positions.contains(p))
            ordered.append(p);
    }
    return ordered;
}

} // namespace needlechart
