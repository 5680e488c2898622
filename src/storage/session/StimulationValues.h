#pragma once

#include "needlechart/domain/session/ElectricalStimulation.h"

class QSqlQuery;

namespace needlechart {

// The stimulator's settings of a point as the three columns estim_frequency_hz,
// estim_pulse_width_us and estim_intensity_ma, as session_point and point_template_point both
// hold them (bound by those names; read from three consecutive columns).
class StimulationValues {
public:
    static void bind(QSqlQuery& query, const ElectricalStimulation& stimulation);
    [[nodiscard]] static ElectricalStimulation read(const QSqlQuery& query, int firstColumn);
};

} // namespace needlechart
