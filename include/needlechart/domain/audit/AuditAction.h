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
    Import,  // patients registered in bulk from another system's file
};

template <>
struct EnumText<AuditAction> {
    static constexpr const char* Context = "AuditAction";
    static constexpr std::array Entries{
        EnumEntry<AuditAction>{AuditAction::SignIn, "sign-in",
                               QT_TRANSLATE_NOOP("AuditAction", "Sign-in")},
        EnumEntry<AuditAction>{AuditAction::SignInFailed, "sign-in-failed",
                               QT_TRANSLATE_NOOP("AuditAction", "Failed sign-in")},
        EnumEntry<AuditAction>{AuditAction::Lockout, "lockout",
                               QT_TRANSLATE_NOOP("AuditAction", "Account locked")},
        EnumEntry<AuditAction>{AuditAction::SignOut, "sign-out",
                               QT_TRANSLATE_NOOP("AuditAction", "Sign-out")},
        EnumEntry<AuditAction>{AuditAction::Lock, "lock",
                               QT_TRANSLATE_NOOP("AuditAction", "Screen locked")},
        EnumEntry<AuditAction>{AuditAction::OpenRecord, "open-record",
                               QT_TRANSLATE_NOOP("AuditAction", "Opened clinical record")},
        EnumEntry<AuditAction>{AuditAction::ListRecords, "list",
                               QT_TRANSLATE_NOOP("AuditAction", "Listed or searched")},
        EnumEntry<AuditAction>{AuditAction::Create, "create",
                               QT_TRANSLATE_NOOP("AuditAction", "Created")},
        EnumEntry<AuditAction>{AuditAction::Update, "update",
                               QT_TRANSLATE_NOOP("AuditAction", "Updated")},
        EnumEntry<AuditAction>{AuditAction::Sign, "sign",
                               QT_TRANSLATE_NOOP("AuditAction", "Signed note")},
        EnumEntry<AuditAction>{AuditAction::Amend, "amend",
                               QT_TRANSLATE_NOOP("AuditAction", "Amended note")},
        EnumEntry<AuditAction>{AuditAction::DeleteDraft, "delete-draft",
                               QT_TRANSLATE_NOOP("AuditAction", "Deleted draft")},
        EnumEntry<AuditAction>{AuditAction::Print, "print",
                               QT_TRANSLATE_NOOP("AuditAction", "Printed")},
        EnumEntry<AuditAction>{AuditAction::Export, "export",
                               QT_TRANSLATE_NOOP("AuditAction", "Exported")},
        EnumEntry<AuditAction>{AuditAction::PermissionRefused, "refused",
                               QT_TRANSLATE_NOOP("AuditAction", "Permission refused")},
        EnumEntry<AuditAction>{AuditAction::AccountChange, "account-change",
                               QT_TRANSLATE_NOOP("AuditAction", "Account changed")},
        EnumEntry<AuditAction>{AuditAction::SettingsChange, "settings-change",
                               QT_TRANSLATE_NOOP("AuditAction", "Settings changed")},
        EnumEntry<AuditAction>{AuditAction::Restore, "restore",
                               QT_TRANSLATE_NOOP("AuditAction", "Restored from a backup")},
        EnumEntry<AuditAction>{AuditAction::Import, "import",
                               QT_TRANSLATE_NOOP("AuditAction", "Imported")},
    };
};

} // namespace needlechart
