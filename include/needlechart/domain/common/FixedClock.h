#pragma once

#include "needlechart/domain/common/Clock.h"

namespace needlechart {

// A clock that says what it is told; for tests and for reproducible demo data.
class FixedClock final : public Clock {
public:
    explicit FixedClock(QDateTime nowUtc) : m_now(nowUtc.toUTC()) {}

    [[nodiscard]] QDateTime nowUtc() const override { return m_now; }
    [[nodiscard]] QDate today() const override { return m_now.toLocalTime().date(); }
    void set(QDateTime nowUtc) { m_now = nowUtc.toUTC(); }
    void advanceSeconds(qint64 seconds) { m_now = m_now.addSecs(seconds); }

private:
    QDateTime m_now;
};

} // namespace needlechart
