#pragma once

#include "needlechart/domain/consent/Consent.h"
#include "needlechart/domain/consent/Screening.h"
#include "needlechart/domain/patients/Patient.h"
#include "needlechart/services/clinic/ClinicService.h"
#include "needlechart/services/common/ClinicServices.h"
#include "needlechart/services/consent/ConsentService.h"
#include "needlechart/services/patients/PatientService.h"

#include <gtest/gtest.h>

namespace needlechart::test {

// A patient screened and consented through the services, so that needling may be charted
// for them; the fault tests start from one. Returns 0 (and fails the test) if any step fails.
inline PatientId clearedPatient(ClinicServices& services, const User& clinician,
                                const QString& family, const QString& given, const QDate& born,
                                const QString& scope)
{
    Patient p;
    p.familyName = family;
    p.givenName = given;
    p.dateOfBirth = born;
    auto created = services.patients().create(p, clinician);
    EXPECT_TRUE(created.ok());
    if (!created.ok())
        return 0;
    Screening screening;
    screening.patientId = created->id;
    EXPECT_TRUE(services.consent().recordScreening(screening, clinician).ok());
    Consent consent;
    consent.patientId = created->id;
    consent.leafletVersion = services.clinic().currentLeaflet()->version;
    consent.scope = scope;
    consent.signedName = given + QLatin1Char(' ') + family;
    EXPECT_TRUE(services.consent().recordConsent(consent, clinician).ok());
    return created->id;
}

} // namespace needlechart::test
