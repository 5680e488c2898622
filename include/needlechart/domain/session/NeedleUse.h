#pragma once

#include "needlechart/domain/session/SessionTerms.h"

#include <QString>

#include <optional>

namespace needlechart {

// One kind of needle used in a session, with how many went in and how many were counted back
// out. The totals over a session must match before it can be signed: a needle not counted out
// may still be in the patient.
struct NeedleUse {
    std::optional<double> gaugeMm; // 0.16 .. 0.40
    std::optional<int> lengthMm;   // 13 .. 125
    QString lot;                   // manufacturer's lot number, for traceability
    int inserted = 0;
    int removed = 0;
    // Copied from the last session: a proposal until edited or confirmed.
    CarriedFrom carriedFrom = CarriedFrom::Nowhere;
    [[nodiscard]] bool isCarried() const { return carriedFrom != CarriedFrom::Nowhere; }

    friend bool operator==(const NeedleUse&, const NeedleUse&) = default;
};

} // namespace needlechart
