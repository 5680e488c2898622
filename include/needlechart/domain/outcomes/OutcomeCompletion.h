#pragma once

#include "needlechart/domain/outcomes/OutcomeAnswer.h"
#include "needlechart/domain/patients/Patient.h"
#include "needlechart/domain/session/Session.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace needlechart {

using OutcomeCompletionId = qint64;

// One completion of an outcome measure by a patient (the Patient-Specific Functional Scale at the
// first visit, say): which measure and version, the answers, the score they make, when and at
// which visit, and who recorded it. Kept as recorded: a completion entered in error is marked so
// with a reason, and stays on the record, left out of charts. A plain value.
struct OutcomeCompletion {
    static constexpr int MaxActivityLength = 200;

    OutcomeCompletionId id = 0; // 0 until stored
    PatientId patientId = 0;
    SessionId sessionId = 0; // the visit it was scored at; 0 for none
    QString measureId;
    int measureVersion = 0;
    QDateTime completedAt; // UTC
    QList<OutcomeAnswer> answers;
    double score = 0;
    QString recordedBy;
    qint64 recordedByAccountId = 0;
    // Entered in error: when, by whom and why (null/empty otherwise).
    QDateTime voidedAt;
    QString voidedBy;
    QString voidReason;

    [[nodiscard]] bool isVoided() const { return voidedAt.isValid(); }

    friend bool operator==(const OutcomeCompletion&, const OutcomeCompletion&) = default;
};

} // namespace needlechart
