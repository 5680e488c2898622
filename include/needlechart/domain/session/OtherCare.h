#pragma once

#include "needlechart/domain/session/SessionTerms.h"

#include <QString>

namespace needlechart {

// Care given in the session alongside needling (soft tissue work, stretching, rehab
// exercises), with what was done.
struct OtherCare {
    OtherCareKind kind = OtherCareKind::SoftTissue;
    QString note;

    friend bool operator==(const OtherCare&, const OtherCare&) = default;
};

} // namespace needlechart
