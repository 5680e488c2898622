#pragma once

#include "needlechart/domain/audit/AuditAction.h"

#include <QDateTime>

#include <optional>

namespace needlechart {

// Which audit rows the viewer asks for: each filter is optional; rows come newest first, at
// most `limit` of them.
struct AuditQuery {
    static constexpr int DefaultLimit = 5000;

    qint64 patientId = 0; // 0: any
    qint64 accountId = 0; // 0: any
    QDateTime fromUtc;    // invalid: from the first row
    QDateTime untilUtc;   // invalid: to the last row (exclusive)
    std::optional<AuditAction> action;
    int limit = DefaultLimit;
};

} // namespace needlechart
