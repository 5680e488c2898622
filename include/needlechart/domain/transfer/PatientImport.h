#pragma once

#include "needlechart/domain/common/EnumText.h"
#include "needlechart/domain/common/Error.h"
#include "needlechart/domain/patients/Patient.h"
#include "needlechart/domain/transfer/CsvTable.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

namespace needlechart {

// How the rows of a patient list from another system become patients: which column holds
// which field, how its dates are written, and the patient each row gives with what is wrong
// with it. Plain rules, no storage: the import service checks every row with these before it
// writes anything.
class PatientImport {
public:
    // What a column of the file holds. Ignore: nothing we keep.
    enum class Field {
        Ignore,
        FamilyName,
        GivenName,
        PreferredName,
        DateOfBirth,
        Sex,
        Phone,
        Email,
        Address,
        Referrer,
        Notes
    };
    // The order of day, month and year in the file's dates; the separator may be / . or -.
    enum class DateOrder { DayMonthYear, MonthDayYear, YearMonthDay };

    struct Mapping {
        QList<Field> columns; // one per column of the file, in order
        DateOrder dateOrder = DateOrder::DayMonthYear;
        bool firstRowIsHeader = true;

        friend bool operator==(const Mapping&, const Mapping&) = default;
    };

    // One row of the file as a patient, and every reason it cannot be registered as it is
    // (the validator's field errors, a date or sex that cannot be read). Empty `errors`: ready.
    struct Candidate {
        int line = 0;
        Patient patient;
        QList<FieldError> errors;
    };

    // The field a column's heading names ("Surname", "Nachname", "DOB", "E-mail", ...), or
    // Ignore for a heading not recognised. Case, spaces, dots and underscores do not matter.
    [[nodiscard]] static Field fieldForHeading(const QString& heading);
    // A first guess at the mapping of a file: from its first row's headings when at least two
    // are recognised (then firstRowIsHeader), and the date order from the dates in the column
    // mapped to the date of birth (a first number above 12 means day first, a second one above
    // 12 month first, four digits first year first; day first when the dates do not tell).
    [[nodiscard]] static Mapping guessMapping(const CsvTable& table);
    // A date written in `order` with 4-digit years ("07/03/1981", "1981-03-07", "7.3.1981");
    // nullopt when it is not a real date in that order. Two-digit years are refused: 1920 and
    // 2020 cannot be told apart.
    [[nodiscard]] static std::optional<QDate> parseDate(const QString& text, DateOrder order);
    // "F", "female", "w", "weiblich", "M", "male", "männlich", "X", "diverse", "other" and
    // their kin in either language; an empty text is NotStated; nullopt when not recognised.
    [[nodiscard]] static std::optional<Sex> parseSex(const QString& text);
    // The patient `row` gives under `mapping` (text trimmed), checked as a registration on
    // `today` would be.
    [[nodiscard]] static Candidate candidate(const CsvTable::Row& row, const Mapping& mapping,
                                             QDate today);
};

// Keys (for the saved mapping and `import-patients --columns`) and labels of what a column holds.
template <>
struct EnumText<PatientImport::Field> {
    using Field = PatientImport::Field;
    static constexpr const char* Context = "PatientImportField";
    static constexpr std::array Entries{
        EnumEntry<Field>{Field::Ignore, "ignore",
                         QT_TRANSLATE_NOOP("PatientImportField", "(not imported)")},
        EnumEntry<Field>{Field::FamilyName, "family-name",
                         QT_TRANSLATE_NOOP("PatientImportField", "Family name")},
        EnumEntry<Field>{Field::GivenName, "given-name",
                         QT_TRANSLATE_NOOP("PatientImportField", "Given name")},
        EnumEntry<Field>{Field::PreferredName, "preferred-name",
                         QT_TRANSLATE_NOOP("PatientImportField", "Preferred name")},
        EnumEntry<Field>{Field::DateOfBirth, "date-of-birth",
                         QT_TRANSLATE_NOOP("PatientImportField", "Date of birth")},
        EnumEntry<Field>{Field::Sex, "sex", QT_TRANSLATE_NOOP("PatientImportField", "Sex")},
        EnumEntry<Field>{Field::Phone, "phone", QT_TRANSLATE_NOOP("PatientImportField", "Phone")},
        EnumEntry<Field>{Field::Email, "email", QT_TRANSLATE_NOOP("PatientImportField", "Email")},
        EnumEntry<Field>{Field::Address, "address",
                         QT_TRANSLATE_NOOP("PatientImportField", "Address")},
        EnumEntry<Field>{Field::Referrer, "referrer",
                         QT_TRANSLATE_NOOP("PatientImportField", "GP or referrer")},
        EnumEntry<Field>{Field::Notes, "notes",
                         QT_TRANSLATE_NOOP("PatientImportField", "Administrative notes")},
    };
};

// How the file writes its dates, as keys and as examples a person recognises.
template <>
struct EnumText<PatientImport::DateOrder> {
    using DateOrder = PatientImport::DateOrder;
    static constexpr const char* Context = "PatientImportDateOrder";
    static constexpr std::array Entries{
        EnumEntry<DateOrder>{DateOrder::DayMonthYear, "day-month-year",
                             QT_TRANSLATE_NOOP("PatientImportDateOrder",
                                               "Day, month, year (31/12/1980 or 31.12.1980)")},
        EnumEntry<DateOrder>{
            DateOrder::MonthDayYear, "month-day-year",
            QT_TRANSLATE_NOOP("PatientImportDateOrder", "Month, day, year (12/31/1980)")},
        EnumEntry<DateOrder>{
            DateOrder::YearMonthDay, "year-month-day",
            QT_TRANSLATE_NOOP("PatientImportDateOrder", "Year, month, day (1980-12-31)")},
    };
};

} // namespace needlechart
