#pragma once

#include "needlechart/domain/consent/Consent.h"
#include "needlechart/domain/consent/Screening.h"
#include "needlechart/domain/patients/Patient.h"
#include "needlechart/domain/session/Session.h"
#include "needlechart/domain/session/SitePrecautions.h"

#include <QList>

#include <optional>

namespace needlechart {

// One note with everything its session summary prints beside it: the patient, the consent and
// the precaution screening that signing relied on (none for a draft, or a visit without
// needling), and the precautions at the sites needled that the clinician acknowledged. Gathered
// by SessionService::record; plain values.
struct SessionRecord {
    Patient patient;
    Session session;
    std::optional<Consent> consent;
    std::optional<Screening> screening;
    QList<SitePrecaution> precautions;
};

} // namespace needlechart
