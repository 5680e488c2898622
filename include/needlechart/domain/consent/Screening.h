#pragma once

#include "needlechart/domain/patients/Patient.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace needlechart {

using ScreeningId = qint64;

// One answer of a screening: whether the condition is present, with the clinician's note
// (required for a precaution that is present).
struct ScreeningAnswer {
    QString itemKey;
    bool present = false;
    QString note;

    friend bool operator==(const ScreeningAnswer&, const ScreeningAnswer&) = default;
};

// A precaution screen of one patient before needling, dated and signed by the clinician. It is
// current for the clinic's review interval; any new screen replaces it from then on.
struct Screening {
    ScreeningId id = 0;
    PatientId patientId = 0;
    QDateTime screenedAt; // UTC
    QString clinician;
    QList<ScreeningAnswer> answers; // only the items answered "present" need be listed

    [[nodiscard]] bool isStored() const { return id > 0; }
    [[nodiscard]] bool isPresent(const QString& itemKey) const;
    // When it stops being current.
    [[nodiscard]] QDateTime reviewDue(int reviewMonths) const
    {
        return screenedAt.addMonths(reviewMonths);
    }

    friend bool operator==(const Screening&, const Screening&) = default;
};

} // namespace needlechart
