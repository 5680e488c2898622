#pragma once

namespace needlechart {

// What a use case needs the person to be allowed: each public service method asks for one
// (AccessPolicy says which roles grant it). Reading and writing go together; finer rules (only
// one's own notes, a current needling authorisation) are the services' own.
enum class Permission {
    PatientDetails,  // find, register and correct patients (names, contact, date of birth)
    AppointmentBook, // the book, today's list, clinicians' weeks and follow-ups
    ClinicalRecord,  // session notes, screening, consent detail, adverse events
    ClinicSettings,  // the clinic's profile, leaflet, clinicians and rooms
    StaffAccounts,   // add, change, reset and unlock accounts
    AuditReading,    // read the whole audit trail
    Backups,         // back up and restore the clinic
};

} // namespace needlechart
