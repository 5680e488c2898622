#pragma once

#include "needlechart/domain/outcomes/OutcomeMeasure.h"
#include "needlechart/domain/transfer/FhirPatientRecord.h"
#include "needlechart/domain/transfer/FhirPractitioner.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace needlechart {

// What one FHIR export holds, gathered by the service layer and turned into a Bundle by
// FhirBundleWriter. Plain data: nothing here reads the database.
struct FhirRecord {
    // Names the clinic's database for good (its installation id, say), never a name a person
    // may change: every resource id of the export is derived from it, so the same record gets
    // the same id in every export of the same clinic, and two clinics never share one.
    QString clinicId;
    QString clinicName; // the Organization's name; empty: no Organization is exported
    QDateTime exportedAt;
    QList<FhirPatientRecord> patients;
    // The clinicians the records refer to. A record whose clinician is not listed keeps the
    // name as text where FHIR allows it, and leaves the reference out where it does not.
    QList<FhirPractitioner> practitioners;
    // The definitions of the outcome measures completed, for their names and item texts; a
    // completion of a measure not listed is exported under its id alone.
    QList<OutcomeMeasure> measures;
};

} // namespace needlechart
