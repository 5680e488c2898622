#pragma once

#include "needlechart/domain/accounts/Permission.h"
#include "needlechart/domain/accounts/StaffRoles.h"

#include <QCoreApplication>
#include <QString>

#include <array>

namespace needlechart {

// Which roles grant which permission. The front desk registers and finds patients and keeps the
// book; clinicians do that and everything clinical; an admin manages accounts, the clinic's
// settings, the audit trail and backups, finds patients (to filter the trail by one), and reads
// clinical data only when also a clinician. The one table the services and the UI both ask.
class AccessPolicy {
    Q_DECLARE_TR_FUNCTIONS(AccessPolicy)

public:
    static constexpr std::array AllPermissions{
        Permission::PatientDetails, Permission::AppointmentBook, Permission::ClinicalRecord,
        Permission::ClinicSettings, Permission::StaffAccounts,   Permission::AuditReading,
        Permission::Backups,
    };

    [[nodiscard]] static bool allows(StaffRoles roles, Permission permission);
    // What a refusal tells the person: "Only clinicians can open or write clinical records."
    [[nodiscard]] static QString refusal(Permission permission);
    // A short name for logs and audit rows: "clinical-record".
    [[nodiscard]] static const char* key(Permission permission);
};

} // namespace needlechart
