#include "StimulationValues.h"

#include "needlechart/storage/database/SqlValues.h"

#include <QSqlQuery>

namespace needlechart {

void StimulationValues::bind(QSqlQuery& query, const ElectricalStimulation& stimulation)
{
    query.bindValue(QStringLiteral(":estim_frequency_hz"),
                    SqlValues::realOrNull(stimulation.frequencyHz));
    query.bindValue(QStringLiteral(":estim_pulse_width_us"),
                    SqlValues::intOrNull(stimulation.pulseWidthUs));
    query.bindValue(QStringLiteral(":estim_intensity_ma"),
                    SqlValues::realOrNull(stimulation.intensityMa));
}

ElectricalStimulation StimulationValues::read(const QSqlQuery& query, int firstColumn)
{
    ElectricalStimulation stimulation;
    stimulation.frequencyHz = SqlValues::optionalReal(query.value(firstColumn));
    stimulation.pulseWidthUs = SqlValues::optionalInt(query.value(firstColumn + 1));
    stimulation.intensityMa = SqlValues::optionalReal(query.value(firstColumn + 2));
    return stimulation;
}

} // namespace needlechart
