#pragma once

#include "needlechart/domain/common/EnumText.h"

namespace needlechart {

// What a member of staff may do. Clinicians chart; the front desk registers patients and books
// appointments but never reads clinical notes; an admin manages accounts, the clinic's settings,
// the audit trail and backups (and reads clinical data only when also a clinician). A person
// may hold several (StaffRoles).
enum class StaffRole { Clinician, FrontDesk, Admin };

template <>
struct EnumText<StaffRole> {
    static constexpr const char* Context = "StaffRole";
    static constexpr std::array Entries{
        EnumEntry<StaffRole>{StaffRole::Clinician, "clinician",
                             QT_TRANSLATE_NOOP("StaffRole", "Clinician")},
        EnumEntry<StaffRole>{StaffRole::FrontDesk, "front-desk",
                             QT_TRANSLATE_NOOP("StaffRole", "Front desk")},
        EnumEntry<StaffRole>{StaffRole::Admin, "admin", QT_TRANSLATE_NOOP("StaffRole", "Admin")},
    };
};

} // namespace needlechart
