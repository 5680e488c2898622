#pragma once

#include <QDateTime>
#include <QString>

namespace needlechart {

// A clinician the appointment book books for, and the days they work (bit 0 Monday ... bit 6
// Sunday).
struct Clinician {
    qint64 id = 0;
    QString name;
    QString login; // links to the User who charts, when known
    int workingDays = 0b0011111;
    bool active = true;
    // Which save of the clinician this is (0: not read from the database). An update must carry
    // the version it read; another workstation's save in between makes it a conflict instead of
    // a lost edit.
    int rowVersion = 0;
    QDateTime updatedAt{}; // UTC, of the save read; null if not recorded

    [[nodiscard]] bool worksOn(int isoDayOfWeek) const
    {
        return (workingDays >> (isoDayOfWeek - 1)) & 1;
    }

    friend bool operator==(const Clinician&, const Clinician&) = default;
};

} // namespace needlechart
