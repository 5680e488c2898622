#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QTime>

namespace needlechart {

// The clinic as its leaflet and forms show it. One per database.
struct ClinicProfile {
    // Limits of what the clinic's details may hold, so a form, a leaflet header and a card
    // always have room for them (ClinicService::saveProfile refuses more, naming the field).
    static constexpr int MaxNameLength = 120;
    static constexpr int MaxAddressLength = 400;
    static constexpr int MaxPhoneLength = 40;
    static constexpr int MaxEmailLength = 254;
    static constexpr int MaxLogoBytes = 1024 * 1024;

    QString name;
    QString address; // several lines
    QString phone;
    QString email;
    QByteArray logoPng; // empty: no logo
    // How long a precaution screening stays current.
    int screeningReviewMonths = 12;
    // Idle minutes before a workstation locks its window (the lock screen), 1 to 60.
    static constexpr int DefaultIdleLockMinutes = 5;
    static constexpr int MaxIdleLockMinutes = 60;
    int idleLockMinutes = DefaultIdleLockMinutes;
    // Opening hours (local time) and days (bit 0 Monday ... bit 6 Sunday) of the appointment book.
    QTime opensAt = QTime(8, 0);
    QTime closesAt = QTime(18, 0);
    int workingDays = 0b0011111;
    // Which save of the details this is (0: never saved). A save must carry the version it
    // read; another workstation's save in between makes it a conflict instead of a lost edit.
    int rowVersion = 0;
    QDateTime updatedAt; // UTC, of the save read

    [[nodiscard]] bool isOpenOn(int isoDayOfWeek) const
    {
        return (workingDays >> (isoDayOfWeek - 1)) & 1;
    }

    friend bool operator==(const ClinicProfile&, const ClinicProfile&) = default;
};

} // namespace needlechart
