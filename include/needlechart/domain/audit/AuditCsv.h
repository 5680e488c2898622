#pragma once

#include "needlechart/domain/audit/AuditEvent.h"

#include <QString>

#include <vector>

namespace needlechart {

// The audit rows an admin exports, as CSV (RFC 4180: comma separated, CRLF line ends, fields
// with a comma, quote or line break quoted). One header line, then one line per row with every
// stored field, the chain's hashes included, so a copy can be checked elsewhere. A field that a
// spreadsheet would run as a formula (starting with =, +, - or @) is prefixed with a quote mark.
class AuditCsv {
public:
    [[nodiscard]] static QString header();
    [[nodiscard]] static QString line(const AuditEvent& event);
    [[nodiscard]] static QString document(const std::vector<AuditEvent>& events);
    // One field, quoted and guarded as above.
    [[nodiscard]] static QString field(const QString& text);
};

} // namespace needlechart
