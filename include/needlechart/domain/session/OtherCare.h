#pragma once

#include "needlechart/domain/session/SessionTerms.h"

#include <QString>

namespace needlechart {

// Care given in the session alongside needling (soft tissue work, stretching, rehab
// exercises), with what was done.
struct OtherCare {
    OtherCareKind kind = OtherCareKind::SoftTissue;
    QString note;
    // Copied from the last session: a proposal until edited or confirmed.
    CarriedFrom carriedFrom = CarriedFrom::Nowhere;
    [[nodiscard]] bool isCarried() const { return carriedFrom != CarriedFrom::Nowhere; }

    friend bool operator==(const OtherCare&, const OtherCare&) = default;
};

} // namespace needlechart
