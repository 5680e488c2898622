#pragma once

#include "needlechart/domain/patients/Sex.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace needlechart {

using PatientId = qint64;

// A registered patient. A plain value: no signals, no database; the repository fills id,
// timestamps and rowVersion. Text fields are stored exactly as given (the UI trims names).
struct Patient {
    PatientId id = 0; // 0 until stored
    QString familyName;
    QString givenName;
    QString preferredName;
    QDate dateOfBirth;
    Sex sex = Sex::NotStated;
    QString phone;
    QString email;
    QString address;
    QString referrer;      // GP or referring clinician
    QString notes;         // administrative notes, not clinical notes
    QDateTime createdAt;   // UTC
    QDateTime updatedAt;   // UTC
    qint64 rowVersion = 0; // optimistic lock: bumped on every update
    QDate lastVisitOn;     // set by charting; null if never seen

    [[nodiscard]] bool isStored() const { return id > 0; }
    // "Family, Given (Preferred)" as lists show it.
    [[nodiscard]] QString displayName() const;
    // "Given Family", as a letter or leaflet addresses the patient.
    [[nodiscard]] QString fullName() const;
    // The same two for the screen and paper: each part, and the whole, in a first-strong isolate
    // (DisplayText::isolate), so a right-to-left name, or one stored with a direction override,
    // can neither reorder its parts nor what is shown beside it (a date of birth). Never stored.
    [[nodiscard]] QString isolatedDisplayName() const;
    [[nodiscard]] QString isolatedFullName() const;
    // Whole years on `today`; nullopt if the date of birth is unknown or after `today`.
    [[nodiscard]] std::optional<int> ageOn(QDate today) const;

    friend bool operator==(const Patient&, const Patient&) = default;
};

// Stable keys naming Patient fields in FieldError.
namespace PatientFields {
inline const QString FamilyName = QStringLiteral("familyName");
inline const QString GivenName = QStringLiteral("givenName");
inline const QString PreferredName = QStringLiteral("preferredName");
inline const QString DateOfBirth = QStringLiteral("dateOfBirth");
inline const QString Sex = QStringLiteral("sex");
inline const QString Phone = QStringLiteral("phone");
inline const QString Email = QStringLiteral("email");
inline const QString Address = QStringLiteral("address");
inline const QString Referrer = QStringLiteral("referrer");
inline const QString Notes = QStringLiteral("notes");
} // namespace PatientFields

} // namespace needlechart
