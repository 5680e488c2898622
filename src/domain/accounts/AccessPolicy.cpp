#include "needlechart/domain/accounts/AccessPolicy.h"

namespace needlechart {

bool AccessPolicy::allows(StaffRoles roles, Permission permission)
{
    const bool clinician = roles.has(StaffRole::Clinician);
    const bool frontDesk = roles.has(StaffRole::FrontDesk);
    const bool admin = roles.has(StaffRole::Admin);
    switch (permission) {
    case Permission::PatientDetails: return clinician || frontDesk || admin;
    case Permission::AppointmentBook: return clinician || frontDesk;
    case Permission::ClinicalRecord: return clinician;
    case Permission::ClinicSettings:
    case Permission::StaffAccounts:
    case Permission::AuditReading:
    case Permission::Backups: return admin;
    }
    return false;
}

QString AccessPolicy::refusal(Permission permission)
{
    switch (permission) {
    case Permission::PatientDetails: return tr("Your account cannot see patients' details.");
    case Permission::AppointmentBook:
        return tr("Only clinicians and the front desk can use the appointment book.");
    case Permission::ClinicalRecord:
        return tr("Only clinicians can open or write clinical records.");
    case Permission::ClinicSettings: return tr("Only an admin can change the clinic's settings.");
    case Permission::StaffAccounts: return tr("Only an admin can manage staff accounts.");
    case Permission::AuditReading: return tr("Only an admin can read the audit trail.");
    case Permission::Backups: return tr("Only an admin can back up or restore the clinic.");
    }
    return tr("Your account is not allowed to do this.");
}

const char* AccessPolicy::key(Permission permission)
{
    switch (permission) {
    case Permission::PatientDetails: return "patient-details";
    case Permission::AppointmentBook: return "appointment-book";
    case Permission::ClinicalRecord: return "clinical-record";
    case Permission::ClinicSettings: return "clinic-settings";
    case Permission::StaffAccounts: return "staff-accounts";
    case Permission::AuditReading: return "audit-reading";
    case Permission::Backups: return "backups";
    }
    return "unknown";
}

} // namespace needlechart
