#pragma once

#include "needlechart/domain/common/Result.h"

#include <QDateTime>
#include <QString>

namespace needlechart {

class ClinicServices;

// The demo clinic's staff: `admin` (the practice manager), `alex` and `jo` (clinicians who
// needle; Jo's authorisation runs out within the warning period, so its warning can be seen)
// and `desk` (the front desk). All four share the password DemoAccounts::password(), which the
// sign-in window of the demo clinic, and only of it, shows. Made up.
class DemoAccounts {
public:
    [[nodiscard]] static QString password();
    // The clinician who signs most demo notes, and the other one.
    [[nodiscard]] static QString firstClinicianLogin() { return QStringLiteral("alex"); }
    [[nodiscard]] static QString firstClinicianName() { return QStringLiteral("Alex Morgan"); }
    [[nodiscard]] static QString secondClinicianLogin() { return QStringLiteral("jo"); }
    [[nodiscard]] static QString secondClinicianName() { return QStringLiteral("Jo Park"); }

    // Creates the four accounts (inside the caller's transaction) unless an account exists
    // already, and marks the database as the demo clinic. The shared password is hashed once.
    [[nodiscard]] static Status create(ClinicServices& services, const QDateTime& nowUtc);
};

} // namespace needlechart
