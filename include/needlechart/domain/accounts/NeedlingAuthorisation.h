#pragma once

#include <QDate>
#include <QString>

namespace needlechart {

// A clinician's authorisation to practise dry needling: the body that holds the roster or
// issued the certificate, its number, and when it runs out. Only a clinician whose
// authorisation is current signs a dry needling note; the app warns ahead of the expiry.
struct NeedlingAuthorisation {
    // Days before the expiry from which the clinician is warned at sign-in and on signing.
    static constexpr int WarningDays = 30;

    QString body;    // "AACP roster", "Dry Needling Course Certificate (Example Institute)"
    QString number;  // roster or certificate number
    QDate expiresOn; // the last day it is valid; invalid: none recorded

    [[nodiscard]] bool isRecorded() const { return expiresOn.isValid(); }
    // Valid on `today` (the expiry day included).
    [[nodiscard]] bool isCurrentOn(QDate today) const { return isRecorded() && today <= expiresOn; }
    // Current, but running out within WarningDays of `today`.
    [[nodiscard]] bool runsOutSoon(QDate today) const
    {
        return isCurrentOn(today) && today.daysTo(expiresOn) < WarningDays;
    }

    friend bool operator==(const NeedlingAuthorisation&, const NeedlingAuthorisation&) = default;
};

} // namespace needlechart
