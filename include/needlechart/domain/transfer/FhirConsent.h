#pragma once

#include "needlechart/domain/consent/Consent.h"
#include "needlechart/domain/consent/LeafletVersion.h"

namespace needlechart {

// A consent record with the leaflet version it was given with (Consent::leafletVersion names
// it; this carries the text itself), so the export can say exactly what the patient read.
struct FhirConsent {
    Consent consent;
    LeafletVersion leaflet; // version 0 (not found) exports the number alone, without the text

    friend bool operator==(const FhirConsent&, const FhirConsent&) = default;
};

} // namespace needlechart
