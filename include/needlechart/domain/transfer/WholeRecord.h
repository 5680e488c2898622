#pragma once

#include "needlechart/domain/audit/AuditEvent.h"
#include "needlechart/domain/clinic/ClinicProfile.h"
#include "needlechart/domain/consent/Screening.h"
#include "needlechart/domain/documents/PatientDocument.h"
#include "needlechart/domain/session/SessionRecord.h"
#include "needlechart/domain/transfer/FhirRecord.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <vector>

namespace needlechart {

// Everything the clinic holds about one patient, for their right of access: gathered in one
// consistent read by WholeRecordService, typeset by WholeRecordRenderer, written with the FHIR
// Bundle as one archive. Plain values.
struct WholeRecord {
    // The patient's FHIR record: registration, every note with its amendments, consents with
    // the leaflet versions given, bookings and outcome scores (one patient, fhir.patients[0]),
    // the clinicians, and the clinic's export id.
    FhirRecord fhir;
    // Every note as its session summary prints it (with the consent and screening it relied
    // on), in the order of fhir.patients[0].sessions.
    QList<SessionRecord> notes;
    std::vector<Screening> screenings; // oldest first
    std::vector<PatientDocument>
        letters;                      // letters and sheets given, with their texts, oldest first
    std::vector<AuditEvent> openings; // who opened the record when, newest first
    ClinicProfile clinic;
    QDateTime madeAtUtc;
    QString madeBy; // display name of whoever made it

    [[nodiscard]] const FhirPatientRecord& patientRecord() const { return fhir.patients.front(); }
    [[nodiscard]] const Patient& patient() const { return patientRecord().patient; }
};

} // namespace needlechart
