#pragma once

#include "needlechart/domain/session/SessionTerms.h"

#include <QString>

namespace needlechart {

// Something unwanted that happened during or after the session, graded mild, significant or
// serious. A significant or serious event needs the action taken; a serious one also needs the
// follow-up arranged, and puts an alert on the patient.
struct AdverseEvent {
    AdverseEventKind kind = AdverseEventKind::Bruising;
    AdverseEventGrade grade = AdverseEventGrade::Mild;
    QString description; // what happened; required for AdverseEventKind::Other
    QString actionTaken;
    QString followUp;

    [[nodiscard]] bool isSerious() const { return grade == AdverseEventGrade::Serious; }

    friend bool operator==(const AdverseEvent&, const AdverseEvent&) = default;
};

} // namespace needlechart
