#pragma once

#include "needlechart/domain/patients/Patient.h"
#include "needlechart/domain/patients/PatientSummary.h"

#include <QString>

namespace needlechart {

// When a patient being registered is probably one already registered: the same family and
// given names and the same date of birth, ignoring case, accents, spaces and punctuation
// ("O'Brien" and "obrien", "Müller" and "MULLER"). Both names and the date are needed: a
// registration without a date of birth is never called a duplicate.
class PatientMatch {
public:
    [[nodiscard]] static bool isLikelySame(const Patient& registering,
                                           const PatientSummary& registered);
    // Whether the registration has what a comparison needs (both names, a date of birth).
    [[nodiscard]] static bool canCompare(const Patient& registering);
    // What to search for to find the candidates: everyone born that day.
    [[nodiscard]] static QString searchText(const Patient& registering);
    // A name as compared: folded, letters and digits only.
    [[nodiscard]] static QString nameKey(const QString& name);
};

} // namespace needlechart
