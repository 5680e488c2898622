#pragma once

#include <QByteArray>
#include <QString>

namespace needlechart {

// The clinic as its leaflet and forms show it. One per database.
struct ClinicProfile {
    QString name;
    QString address; // several lines
    QString phone;
    QString email;
    QByteArray logoPng; // empty: no logo
    // How long a precaution screening stays current.
    int screeningReviewMonths = 12;

    friend bool operator==(const ClinicProfile&, const ClinicProfile&) = default;
};

} // namespace needlechart
