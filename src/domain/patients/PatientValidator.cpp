#include "needlechart/domain/patients/PatientValidator.h"

#include "needlechart/domain/common/TextLimit.h"

#include <QRegularExpression>

namespace needlechart {
namespace {

// Control characters, plus the Unicode line and paragraph separators (U+2028, U+2029), which
// break lines just as '\n' does.
bool hasControlCharacters(const QString& text)
{
    for (QChar c : text) {
        const QChar::Category category = c.category();
        if (category == QChar::Other_Control || category == QChar::Separator_Line
            || category == QChar::Separator_Paragraph)
            return true;
    }
    return false;
}

// The bidirectional embedding, override and isolate controls (U+202A..U+202E, U+2066..U+2069).
// In a name they reverse or reorder what is shown after them: a date of birth beside the name
// read backwards. Right-to-left names need none of them; the letters carry their direction.
bool hasDirectionControls(const QString& text)
{
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if ((u >= 0x202A && u <= 0x202E) || (u >= 0x2066 && u <= 0x2069))
            return true;
    }
    return false;
}

// Names: required ones must hold more than spaces; none may hold line breaks or control
// characters (they would break lists, labels and printed headers); all are bounded.
void checkName(QList<FieldError>& errors, const QString& field, const QString& value, bool required,
               const char* missingMessage, const char* label)
{
    if (required && value.trimmed().isEmpty()) {
        errors.append({field, PatientValidator::tr(missingMessage)});
    } else if (value.size() > PatientValidator::MaxNameLength) {
        errors.append({field, TextLimit::message(PatientValidator::tr(label),
                                                 PatientValidator::MaxNameLength, value.size())});
    } else if (hasControlCharacters(value)) {
        errors.append({field, PatientValidator::tr("Names cannot contain line breaks or tabs.")});
    } else if (hasDirectionControls(value)) {
        errors.append(
            {field, PatientValidator::tr("Names cannot contain text-direction control "
                                         "characters (embedding, override or isolate).")});
    }
}

} // namespace

QList<FieldError> PatientValidator::validate(const Patient& patient, QDate today)
{
    QList<FieldError> errors;
    checkName(errors, PatientFields::FamilyName, patient.familyName, true,
              QT_TR_NOOP("Enter the family name (surname)."), QT_TR_NOOP("The family name"));
    checkName(errors, PatientFields::GivenName, patient.givenName, true,
              QT_TR_NOOP("Enter the given (first) name."), QT_TR_NOOP("The given name"));
    checkName(errors, PatientFields::PreferredName, patient.preferredName, false, "",
              QT_TR_NOOP("The preferred name"));

    const QDate earliest(EarliestBirthYear, 1, 1);
    if (!patient.dateOfBirth.isValid()) {
        errors.append({PatientFields::DateOfBirth, tr("Enter the date of birth.")});
    } else if (patient.dateOfBirth > today) {
        errors.append(
            {PatientFields::DateOfBirth, tr("The date of birth cannot be in the future.")});
    } else if (patient.dateOfBirth < earliest) {
        errors.append({PatientFields::DateOfBirth,
                       tr("The date of birth cannot be before %1.").arg(EarliestBirthYear)});
    }

    if (patient.phone.size() > MaxPhoneLength) {
        errors.append(
            {PatientFields::Phone,
             TextLimit::message(tr("The phone number"), MaxPhoneLength, patient.phone.size())});
    } else if (!patient.phone.isEmpty() && !isValidPhone(patient.phone)) {
        errors.append({PatientFields::Phone,
                       tr("Enter a phone number of %1 to %2 digits; spaces, dashes, brackets and a "
                          "leading + are allowed.")
                           .arg(MinPhoneDigits)
                           .arg(MaxPhoneDigits)});
    }

    if (patient.email.size() > MaxEmailLength) {
        errors.append(
            {PatientFields::Email,
             TextLimit::message(tr("The e-mail address"), MaxEmailLength, patient.email.size())});
    } else if (!patient.email.isEmpty() && !isValidEmail(patient.email)) {
        errors.append({PatientFields::Email, tr("Enter an e-mail address like name@example.org.")});
    }

    TextLimit::check(errors, PatientFields::Address, tr("The address"), patient.address,
                     MaxAddressLength);
    TextLimit::check(errors, PatientFields::Referrer, tr("The referrer"), patient.referrer,
                     MaxReferrerLength);
    TextLimit::check(errors, PatientFields::Notes, tr("The notes"), patient.notes, MaxNotesLength);
    return errors;
}

bool PatientValidator::isValidPhone(const QString& phone)
{
    if (phone.size() > MaxPhoneLength)
        return false;
    int digits = 0;
    bool seenNonSpace = false;
    for (QChar c : phone) {
        if (c.isDigit() && c.unicode() < 128) {
            ++digits;
        } else if (c == QLatin1Char('+')) {
            if (seenNonSpace) // only as the very first character
                return false;
        } else if (c != QLatin1Char(' ') && c != QLatin1Char('-') && c != QLatin1Char('(')
                   && c != QLatin1Char(')') && c != QLatin1Char('.') && c != QLatin1Char('/')) {
            return false;
        }
        if (c != QLatin1Char(' '))
            seenNonSpace = true;
    }
    return digits >= MinPhoneDigits && digits <= MaxPhoneDigits;
}

bool PatientValidator::isValidEmail(const QString& email)
{
    // Deliberately practical rather than RFC 5322 complete: one @, a local part without
    // spaces or leading/trailing/double dots, a domain of letter/digit labels and a top-level
    // domain of at least two letters. International (IDN) letters are accepted.
    // \z, not $: '$' also matches before a trailing newline. Unicode properties make \s cover
    // no-break and other Unicode spaces, not only ASCII ones.
    static const QRegularExpression pattern(
        QStringLiteral(R"(^(?!\.)(?!.*\.\.)[^\s@"(),:;<>\[\]\\]{1,64}(?<!\.)@)"
                       R"((?:[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?\.)+\p{L}{2,}\z)"),
        QRegularExpression::UseUnicodePropertiesOption);
    return email.size() <= MaxEmailLength && pattern.match(email).hasMatch();
}

} // namespace needlechart
