#pragma once

#include <QDateTime>
#include <QString>

namespace needlechart {

using AmendmentId = qint64;

// A correction appended to a signed note: who wrote it, when, why, and what it says. The note
// itself is never changed; amendments are only ever added, in the order they were written.
struct Amendment {
    AmendmentId id = 0;  // 0 until stored
    QDateTime writtenAt; // UTC
    QString author;      // display name of the user who wrote it
    QString reason;
    QString text;
    qint64 authorAccountId = 0; // the staff account that wrote it; 0 before accounts existed

    friend bool operator==(const Amendment&, const Amendment&) = default;
};

} // namespace needlechart
