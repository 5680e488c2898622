#pragma once

#include "needlechart/domain/appointments/Appointment.h"
#include "needlechart/domain/outcomes/OutcomeCompletion.h"
#include "needlechart/domain/patients/Patient.h"
#include "needlechart/domain/session/Session.h"
#include "needlechart/domain/transfer/FhirConsent.h"

#include <QList>

namespace needlechart {

// Everything one patient contributes to a FHIR export: the registration, every session note
// (drafts and signed notes, each with its amendments in Session::amendments), every consent with
// its leaflet, every booking and every outcome measure completed (voided ones too: they are
// exported as entered in error). Each list belongs to this patient; the writer does not check
// patientId. Plain values.
struct FhirPatientRecord {
    Patient patient;
    QList<Session> sessions;
    QList<FhirConsent> consents;
    QList<Appointment> appointments;
    QList<OutcomeCompletion> outcomes;

    friend bool operator==(const FhirPatientRecord&, const FhirPatientRecord&) = default;
};

} // namespace needlechart
