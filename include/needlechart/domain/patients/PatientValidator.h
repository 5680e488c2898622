#pragma once

#include "needlechart/domain/common/Error.h"
#include "needlechart/domain/patients/Patient.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace needlechart {

// The rules a patient record must satisfy before it is stored. Returns every broken rule at
// once so a form can mark all fields in one pass; an empty list means valid.
class PatientValidator {
    Q_DECLARE_TR_FUNCTIONS(PatientValidator)

public:
    static constexpr int MaxNameLength = 100;
    static constexpr int MaxPhoneLength = 32;
    static constexpr int MinPhoneDigits = 6;
    static constexpr int MaxPhoneDigits = 15; // E.164
    static constexpr int MaxEmailLength = 254;
    static constexpr int MaxAddressLength = 500;
    static constexpr int MaxReferrerLength = 200;
    static constexpr int MaxNotesLength = 20000;
    static constexpr int EarliestBirthYear = 1900;

    // `today` comes from the caller's Clock so date rules are testable.
    [[nodiscard]] static QList<FieldError> validate(const Patient& patient, QDate today);

    [[nodiscard]] static bool isValidPhone(const QString& phone);
    [[nodiscard]] static bool isValidEmail(const QString& email);
};

} // namespace needlechart
