#pragma once

#include <QString>

namespace needlechart {

// A treatment room.
struct Room {
    qint64 id = 0;
    QString name;
    bool active = true;

    friend bool operator==(const Room&, const Room&) = default;
};

} // namespace needlechart
