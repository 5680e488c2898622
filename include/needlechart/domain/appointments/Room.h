#pragma once

#include <QDateTime>
#include <QString>

namespace needlechart {

// A treatment room.
struct Room {
    qint64 id = 0;
    QString name;
    bool active = true;
    // Which save of the room this is (0: not read from the database); see Clinician::rowVersion.
    int rowVersion = 0;
    QDateTime updatedAt{}; // UTC, of the save read; null if not recorded

    friend bool operator==(const Room&, const Room&) = default;
};

} // namespace needlechart
