#pragma once

#include "needlechart/domain/patients/Patient.h"

#include <QDate>
#include <QString>

namespace needlechart {

// The columns of one row of the patient list: enough to find and pick a patient.
struct PatientSummary {
    PatientId id = 0;
    QString familyName;
    QString givenName;
    QString preferredName;
    QDate dateOfBirth;
    QString phone;
    QDate lastVisitOn;

    friend bool operator==(const PatientSummary&, const PatientSummary&) = default;
};

} // namespace needlechart
