#pragma once

#include "needlechart/domain/common/EnumText.h"

namespace needlechart {

// What an audit row records. The keys are stored and hashed into the chain: never rename one.
enum class AuditAction {
    SignIn,
    SignInFailed,
    Lockout,
    SignOut,
    Lock,        // the idle lock covered the window
    OpenRecord,  // a patient's clinical record opened deliberately
    ListRecords, // a list or search (coarser: one row per list, not per patient)
    Create,
    Update,
    Sign,
    Amend,
    DeleteDraft,
    Print,
    Export,
    PermissionRefused,
    AccountChange, // an account created or its details, roles or password changed by an admin
    SettingsChange,
    Restore, // the clinic's records replaced by a backup's
};

template <>
struct EnumText<AuditAction> {
    static constexpr const char* Context = "AuditAction";
    static constexpr std::array Entries{
        EnumEntry<AuditAction>{AuditAction::SignIn, "sign-in", "Sign-in"},
        EnumEntry<AuditAction>{AuditAction::SignInFailed, "sign-in-failed", "Failed sign-in"},
        EnumEntry<AuditAction>{AuditAction::Lockout, "lockout", "Account locked"},
        EnumEntry<AuditAction>{AuditAction::SignOut, "sign-out", "Sign-out"},
        EnumEntry<AuditAction>{AuditAction::Lock, "lock", "Screen locked"},
        EnumEntry<AuditAction>{AuditAction::OpenRecord, "open-record", "Opened clinical record"},
        EnumEntry<AuditAction>{AuditAction::ListRecords, "list", "Listed or searched"},
        EnumEntry<AuditAction>{AuditAction::Create, "create", "Created"},
        EnumEntry<AuditAction>{AuditAction::Update, "update", "Updated"},
        EnumEntry<AuditAction>{AuditAction::Sign, "sign", "Signed note"},
        EnumEntry<AuditAction>{AuditAction::Amend, "amend", "Amended note"},
        EnumEntry<AuditAction>{AuditAction::DeleteDraft, "delete-draft", "Deleted draft"},
        EnumEntry<AuditAction>{AuditAction::Print, "print", "Printed"},
        EnumEntry<AuditAction>{AuditAction::Export, "export", "Exported"},
        EnumEntry<AuditAction>{AuditAction::PermissionRefused, "refused", "Permission refused"},
        EnumEntry<AuditAction>{AuditAction::AccountChange, "account-change", "Account changed"},
        EnumEntry<AuditAction>{AuditAction::SettingsChange, "settings-change", "Settings changed"},
        EnumEntry<AuditAction>{AuditAction::Restore, "restore", "Restored from a backup"},
    };
};

} // namespace needlechart
