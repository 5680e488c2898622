#pragma once

#include <QDate>
#include <QDateTime>

namespace needlechart {

// The time as the application sees it. Services take a Clock so that ages, review intervals
// and timestamps are deterministic in tests (FixedClock) and real in the app (SystemClock).
class Clock {
public:
    virtual ~Clock() = default;
    [[nodiscard]] virtual QDateTime nowUtc() const = 0;
    // The local calendar date (a clinic's "today").
    [[nodiscard]] virtual QDate today() const = 0;
};

} // namespace needlechart
