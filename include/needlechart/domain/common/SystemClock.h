#pragma once

#include "needlechart/domain/common/Clock.h"

namespace needlechart {

class SystemClock final : public Clock {
public:
    [[nodiscard]] QDateTime nowUtc() const override;
    [[nodiscard]] QDate today() const override;
};

} // namespace needlechart
