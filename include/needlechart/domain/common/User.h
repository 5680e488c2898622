#pragma once

#include "needlechart/domain/common/EnumText.h"

#include <QString>

namespace needlechart {

// What a member of staff may do: clinicians chart; the front desk registers patients and books
// appointments but never reads clinical notes.
enum class StaffRole { Clinician, FrontDesk };

template <>
struct EnumText<StaffRole> {
    static constexpr const char* Context = "StaffRole";
    static constexpr std::array Entries{
        EnumEntry<StaffRole>{StaffRole::Clinician, "clinician",
                             QT_TRANSLATE_NOOP("StaffRole", "Clinician")},
        EnumEntry<StaffRole>{StaffRole::FrontDesk, "front-desk",
                             QT_TRANSLATE_NOOP("StaffRole", "Front desk")},
    };
};

// The person using the application, passed explicitly to every service call that records
// authorship or needs a permission (there is no global "current user").
struct User {
    QString login;       // stable, e.g. the workstation login name
    QString displayName; // as written on notes: "Alex Morgan"
    StaffRole role = StaffRole::Clinician;

    [[nodiscard]] bool canChart() const { return role == StaffRole::Clinician; }

    friend bool operator==(const User&, const User&) = default;
};

} // namespace needlechart
