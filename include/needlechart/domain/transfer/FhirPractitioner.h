#pragma once

#include "needlechart/domain/accounts/NeedlingAuthorisation.h"
#include "needlechart/domain/accounts/StaffAccount.h"
#include "needlechart/domain/appointments/Appointment.h"

#include <QString>

namespace needlechart {

// A clinician as a FHIR export names them: one Practitioner resource. The records of the export
// point at their clinician in different ways (a note by login, its signature and amendments by
// account, a booking by the appointment book's clinician, a consent by the name written on it),
// so each of those keys is kept here for the writer to match; a key left empty or 0 matches
// nothing. A plain value the service layer fills from the staff accounts and the book.
struct FhirPractitioner {
    QString login;                   // the stable key: the Practitioner's id is made from it
    QString name;                    // display name, as printed on notes ("Alex Morgan")
    QString registrationNumber;      // professional registration; empty if none recorded
    NeedlingAuthorisation needling;  // exported as a qualification when recorded
    AccountId accountId = 0;         // StaffAccount::id, for signatures, amendments, outcomes
    ClinicianId bookClinicianId = 0; // Clinician::id in the appointment book, for bookings

    friend bool operator==(const FhirPractitioner&, const FhirPractitioner&) = default;
};

} // namespace needlechart
