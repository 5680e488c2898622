#pragma once

#include "needlechart/domain/audit/AuditEvent.h"

#include <QByteArray>

namespace needlechart {

// The audit trail's tamper evidence: each row's hash is SHA-256 over the previous row's hash
// and the row's canonical form, so changing, removing, inserting or reordering any row changes
// every hash after it. The chain starts from genesis(). Pure functions; the storage layer appends
// with them and `needlechart admin verify-audit` recomputes with them.
class AuditChain {
public:
    // The "previous hash" of the first row: 64 zeros.
    [[nodiscard]] static QByteArray genesis();
    // The row as hashed: every field but the hash itself, in a fixed order, UTF-8, separated by
    // the unit separator (0x1f) so no field's text can pass for two.
    [[nodiscard]] static QByteArray canonical(const AuditEvent& event);
    // Hex SHA-256 of previousHash ‖ canonical(event).
    [[nodiscard]] static QByteArray link(const QByteArray& previousHash, const AuditEvent& event);
};

} // namespace needlechart
