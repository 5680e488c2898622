#pragma once

#include "needlechart/domain/session/Amendment.h"
#include "needlechart/domain/session/Session.h"

#include <QByteArray>

namespace needlechart {

// The content hash of a signed note and of an amendment: hex SHA-256 over every field that
// signing locks, in a fixed order. Signing and amending put it into the audit trail's chain,
// and verify-audit recomputes it from the note as stored, so a signed note edited afterwards
// (even with the chain untouched) is caught. Draft-only bookkeeping (row version, created and
// updated times) is left out; the amendments are hashed one by one, each when written.
class SignedContent {
public:
    [[nodiscard]] static QByteArray hashOf(const Session& note);
    [[nodiscard]] static QByteArray hashOf(const Amendment& amendment);
};

} // namespace needlechart
