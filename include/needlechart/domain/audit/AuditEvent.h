#pragma once

#include "needlechart/domain/audit/AuditAction.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace needlechart {

// One row of the audit trail: who (account, or the login typed for a failed sign-in), where
// (workstation), when (UTC), what (action, object) and about whom (patient), with the outcome.
// Never holds names or clinical text: `detail` is a short code-like note ("session 12 draft",
// "role added: admin"). Sign and amend carry `contentHash`, the hash of what was signed, so
// that an edited signed note is caught by the chain's check.
struct AuditEvent {
    enum class Outcome { Done, Refused, Failed };

    qint64 id = 0; // its place in the chain, handed out on append
    QDateTime atUtc;
    qint64 accountId = 0; // 0: no account (an unknown login)
    QString login;
    QString workstation;
    AuditAction action = AuditAction::OpenRecord;
    qint64 patientId = 0; // 0: no patient
    QString objectType;   // "session", "consent", "appointment", "account", ...
    qint64 objectId = 0;  // 0: none
    Outcome outcome = Outcome::Done;
    QString detail;
    QByteArray contentHash; // hex SHA-256, or empty
    QByteArray hash;        // hex SHA-256 of (previous hash ‖ canonical row), set on append

    friend bool operator==(const AuditEvent&, const AuditEvent&) = default;
};

template <>
struct EnumText<AuditEvent::Outcome> {
    static constexpr const char* Context = "AuditOutcome";
    static constexpr std::array Entries{
        EnumEntry<AuditEvent::Outcome>{AuditEvent::Outcome::Done, "done", "Done"},
        EnumEntry<AuditEvent::Outcome>{AuditEvent::Outcome::Refused, "refused", "Refused"},
        EnumEntry<AuditEvent::Outcome>{AuditEvent::Outcome::Failed, "failed", "Failed"},
    };
};

} // namespace needlechart
