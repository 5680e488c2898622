#pragma once

#include "needlechart/domain/patients/Patient.h"
#include "needlechart/domain/session/Session.h"

#include <QDateTime>
#include <QTime>

namespace needlechart {

// One of a clinician's unsigned notes, as "My drafts" lists it: whose, when treated and when
// last saved. Records are to be written the same day, so a draft still unsigned after the
// clinic closed on the day of treatment is overdue.
struct DraftNote {
    SessionId id = 0;
    Patient patient;     // id and names only
    QDateTime treatedAt; // UTC
    QDateTime updatedAt; // UTC, the last save

    // Treated on an earlier (local) day than `nowUtc`, or today with the clinic closed since
    // `closesAt` (local time).
    [[nodiscard]] bool isOverdue(const QDateTime& nowUtc, QTime closesAt) const
    {
        const QDateTime now = nowUtc.toLocalTime();
        const QDate treatedOn = treatedAt.toLocalTime().date();
        return treatedOn < now.date() || (treatedOn == now.date() && now.time() >= closesAt);
    }

    friend bool operator==(const DraftNote&, const DraftNote&) = default;
};

} // namespace needlechart
