#include "needlechart/domain/patients/PatientValidator.h"

#include "QtPrinters.h"

#include <QLocale>
#include <QSet>
#include <QString>

#include <gtest/gtest.h>

#include <ostream>

using namespace needlechart;

namespace {

const QDate Today(2026, 11, 24);

Patient validPatient()
{
    Patient p;
    p.familyName = QStringLiteral("Müller");
    p.givenName = QStringLiteral("Anna");
    p.dateOfBirth = QDate(1980, 6, 1);
    p.phone = QStringLiteral("07700 900123");
    p.email = QStringLiteral("anna@example.org");
    return p;
}

QList<FieldError> validate(const Patient& p)
{
    return PatientValidator::validate(p, Today);
}

// The fields named by `errors`, each once.
QSet<QString> fieldsOf(const QList<FieldError>& errors)
{
    QSet<QString> fields;
    for (const FieldError& e : errors)
        fields.insert(e.field);
    return fields;
}

bool hasError(const QList<FieldError>& errors, const QString& field)
{
    return fieldsOf(errors).contains(field);
}

std::string describe(const QList<FieldError>& errors)
{
    std::string text;
    for (const FieldError& e : errors)
        text += e.field.toStdString() + ": " + e.message.toStdString() + "\n";
    return text.empty() ? std::string("(no errors)") : text;
}

QString repeated(char c, int count)
{
    return QString(count, QLatin1Char(c));
}

// A syntactically valid address of exactly `length` characters (length >= 80).
QString emailOfLength(int length)
{
    const QString local = repeated('a', 64);
    const QString tail = QStringLiteral(".org");
    // local @ label . label . label .org; labels at most 63 characters each.
    int remaining = length - int(local.size()) - 1 - int(tail.size());
    QStringList labels;
    while (remaining > 0) {
        const int label = std::min(63, remaining - (labels.isEmpty() ? 0 : 1));
        labels.append(repeated('b', label));
        remaining -= label + (labels.size() > 1 ? 1 : 0);
    }
    return local + QLatin1Char('@') + labels.join(QLatin1Char('.')) + tail;
}

} // namespace

TEST(PatientValidatorTest, complete_valid_patient_has_no_errors)
{
    const auto errors = validate(validPatient());
    EXPECT_TRUE(errors.isEmpty()) << describe(errors);
}

TEST(PatientValidatorTest, optional_fields_may_be_empty)
{
    Patient p;
    p.familyName = QStringLiteral("Lee");
    p.givenName = QStringLiteral("Mei");
    p.dateOfBirth = QDate(1990, 1, 1);
    const auto errors = validate(p);
    EXPECT_TRUE(errors.isEmpty()) << describe(errors);
}

// --- names ---------------------------------------------------------------------------------

TEST(PatientValidatorTest, family_name_is_required)
{
    Patient p = validPatient();
    p.familyName.clear();
    const auto errors = validate(p);
    ASSERT_EQ(errors.size(), 1) << describe(errors);
    EXPECT_EQ(errors.first().field, PatientFields::FamilyName);
    EXPECT_FALSE(errors.first().message.isEmpty());
}

TEST(PatientValidatorTest, given_name_is_required)
{
    Patient p = validPatient();
    p.givenName = QString();
    const auto errors = validate(p);
    ASSERT_EQ(errors.size(), 1) << describe(errors);
    EXPECT_EQ(errors.first().field, PatientFields::GivenName);
}

TEST(PatientValidatorTest, whitespace_only_names_count_as_missing)
{
    for (const QString& blank : {QStringLiteral(" "), QStringLiteral("   "),
                                 QStringLiteral("\u00A0\u2003"), QStringLiteral(" \t ")}) {
        Patient p = validPatient();
        p.familyName = blank;
        p.givenName = blank;
        const auto errors = validate(p);
        EXPECT_TRUE(hasError(errors, PatientFields::FamilyName)) << describe(errors);
        EXPECT_TRUE(hasError(errors, PatientFields::GivenName)) << describe(errors);
    }
}

TEST(PatientValidatorTest, preferred_name_is_optional)
{
    Patient p = validPatient();
    p.preferredName = QStringLiteral("   ");
    EXPECT_FALSE(hasError(validate(p), PatientFields::PreferredName));
}

TEST(PatientValidatorTest, names_of_100_characters_are_accepted_and_101_refused)
{
    for (const QString& field :
         {PatientFields::FamilyName, PatientFields::GivenName, PatientFields::PreferredName}) {
        SCOPED_TRACE(field.toStdString());
        auto withName = [&field](const QString& value) {
            Patient p = validPatient();
            if (field == PatientFields::FamilyName)
                p.familyName = value;
            else if (field == PatientFields::GivenName)
                p.givenName = value;
            else
                p.preferredName = value;
            return p;
        };
        EXPECT_FALSE(hasError(validate(withName(repeated('x', 100))), field));
        const auto errors = validate(withName(repeated('x', 101)));
        EXPECT_TRUE(hasError(errors, field)) << describe(errors);
        EXPECT_EQ(errors.size(), 1) << describe(errors);
    }
}

// Issue 12, defect 13: going over a limit says which field and what the limit is.
TEST(PatientValidatorTest, every_text_field_over_its_limit_is_told_with_the_field_and_the_limit)
{
    const struct {
        QString field;
        int limit;
        QString label;
        void (*set)(Patient&, const QString&);
    } fields[] = {
        {PatientFields::FamilyName, PatientValidator::MaxNameLength,
         QStringLiteral("The family name"), [](Patient& p, const QString& v) { p.familyName = v; }},
        {PatientFields::GivenName, PatientValidator::MaxNameLength,
         QStringLiteral("The given name"), [](Patient& p, const QString& v) { p.givenName = v; }},
        {PatientFields::PreferredName, PatientValidator::MaxNameLength,
         QStringLiteral("The preferred name"),
         [](Patient& p, const QString& v) { p.preferredName = v; }},
        {PatientFields::Phone, PatientValidator::MaxPhoneLength, QStringLiteral("The phone number"),
         [](Patient& p, const QString& v) { p.phone = v; }},
        {PatientFields::Email, PatientValidator::MaxEmailLength,
         QStringLiteral("The e-mail address"), [](Patient& p, const QString& v) { p.email = v; }},
        {PatientFields::Address, PatientValidator::MaxAddressLength, QStringLiteral("The address"),
         [](Patient& p, const QString& v) { p.address = v; }},
        {PatientFields::Referrer, PatientValidator::MaxReferrerLength,
         QStringLiteral("The referrer"), [](Patient& p, const QString& v) { p.referrer = v; }},
        {PatientFields::Notes, PatientValidator::MaxNotesLength, QStringLiteral("The notes"),
         [](Patient& p, const QString& v) { p.notes = v; }},
    };
    for (const auto& f : fields) {
        SCOPED_TRACE(f.field.toStdString());
        Patient p = validPatient();
        f.set(p, repeated('1', f.limit + 1));
        const auto errors = validate(p);
        ASSERT_EQ(errors.size(), 1) << describe(errors);
        EXPECT_EQ(errors.front().field, f.field);
        EXPECT_EQ(errors.front().message,
                  QStringLiteral("%1 can be at most %2 characters (this one has %3).")
                      .arg(f.label, QLocale().toString(f.limit), QLocale().toString(f.limit + 1)));
    }
}

TEST(PatientValidatorTest, names_with_line_breaks_tabs_or_control_characters_are_refused)
{
    const QList<QString> bad = {
        QStringLiteral("Anne\nMarie"),
        QStringLiteral("Anne\r\nMarie"),
        QStringLiteral("Anne\tMarie"),
        QStringLiteral("Anne\rMarie"),
        QString(QStringLiteral("Anne")) + QChar(0) + QStringLiteral("Marie"),
        QStringLiteral("Anne\u007FMarie"),
        QStringLiteral("Anne\u0085Marie"), // DEL, NEXT LINE
        QStringLiteral("Anne\u2028Marie"),
        QStringLiteral("Anne\u2029Marie"), // line/paragraph separator
        QStringLiteral("Smith\n"),
    };
    for (const QString& name : bad) {
        SCOPED_TRACE(name.toStdString());
        Patient p = validPatient();
        p.familyName = name;
        p.givenName = name;
        p.preferredName = name;
        const auto errors = validate(p);
        EXPECT_TRUE(hasError(errors, PatientFields::FamilyName)) << describe(errors);
        EXPECT_TRUE(hasError(errors, PatientFields::GivenName)) << describe(errors);
        EXPECT_TRUE(hasError(errors, PatientFields::PreferredName)) << describe(errors);
    }
}

TEST(PatientValidatorTest, names_with_text_direction_controls_are_refused)
{
    // U+202E (right-to-left override) at the start reversed a whole row: 10/03/1970 showed as
    // 0791/30/01 beside the name.
    for (const char16_t control : {u'\u202A', u'\u202B', u'\u202C', u'\u202D', u'\u202E', u'\u2066',
                                   u'\u2067', u'\u2068', u'\u2069'}) {
        const QString name = QChar(control) + QStringLiteral("Evans");
        SCOPED_TRACE(QString::number(int(control), 16).toStdString());
        Patient p = validPatient();
        p.familyName = name;
        p.givenName = QStringLiteral("Nia") + QChar(control);
        p.preferredName = name;
        const auto errors = validate(p);
        EXPECT_TRUE(hasError(errors, PatientFields::FamilyName)) << describe(errors);
        EXPECT_TRUE(hasError(errors, PatientFields::GivenName)) << describe(errors);
        EXPECT_TRUE(hasError(errors, PatientFields::PreferredName)) << describe(errors);
    }
}

TEST(PatientValidatorTest, names_from_any_script_with_punctuation_are_accepted)
{
    const QList<QString> good = {
        QStringLiteral("O'Brien"),      QStringLiteral("Smith-Jones"),
        QStringLiteral("van der Berg"), QStringLiteral("Ó Súilleabháin"),
        QStringLiteral("Nguyễn"),       QStringLiteral("Łukasik"),
        QStringLiteral("张伟"),         QStringLiteral("Παπαδόπουλος"),
        QStringLiteral("Иванова"),      QStringLiteral("حداد"),
        QStringLiteral("כהן"),          QStringLiteral("Jose\u0301"), // combining accent
        QStringLiteral("Zoë (Jo)"),
    };
    for (const QString& name : good) {
        SCOPED_TRACE(name.toStdString());
        Patient p = validPatient();
        p.familyName = name;
        p.givenName = name;
        const auto errors = validate(p);
        EXPECT_TRUE(errors.isEmpty()) << describe(errors);
    }
}

// --- date of birth -------------------------------------------------------------------------

TEST(PatientValidatorTest, date_of_birth_is_required)
{
    Patient p = validPatient();
    p.dateOfBirth = QDate();
    const auto errors = validate(p);
    ASSERT_EQ(errors.size(), 1) << describe(errors);
    EXPECT_EQ(errors.first().field, PatientFields::DateOfBirth);
}

TEST(PatientValidatorTest, date_of_birth_today_is_accepted)
{
    Patient p = validPatient();
    p.dateOfBirth = Today;
    EXPECT_FALSE(hasError(validate(p), PatientFields::DateOfBirth));
}

TEST(PatientValidatorTest, date_of_birth_tomorrow_is_refused)
{
    Patient p = validPatient();
    p.dateOfBirth = Today.addDays(1);
    EXPECT_TRUE(hasError(validate(p), PatientFields::DateOfBirth));
    p.dateOfBirth = Today.addYears(10);
    EXPECT_TRUE(hasError(validate(p), PatientFields::DateOfBirth));
}

TEST(PatientValidatorTest, future_is_judged_against_the_given_today)
{
    Patient p = validPatient();
    p.dateOfBirth = QDate(2000, 1, 2);
    EXPECT_TRUE(
        hasError(PatientValidator::validate(p, QDate(2000, 1, 1)), PatientFields::DateOfBirth));
    EXPECT_FALSE(
        hasError(PatientValidator::validate(p, QDate(2000, 1, 2)), PatientFields::DateOfBirth));
}

TEST(PatientValidatorTest, earliest_date_of_birth_is_1_january_1900)
{
    Patient p = validPatient();
    p.dateOfBirth = QDate(1900, 1, 1);
    EXPECT_FALSE(hasError(validate(p), PatientFields::DateOfBirth));
    p.dateOfBirth = QDate(1899, 12, 31);
    EXPECT_TRUE(hasError(validate(p), PatientFields::DateOfBirth));
}

// --- phone ---------------------------------------------------------------------------------

TEST(PatientValidatorTest, phone_with_6_or_15_digits_is_accepted)
{
    EXPECT_TRUE(PatientValidator::isValidPhone(QStringLiteral("123456")));
    EXPECT_TRUE(PatientValidator::isValidPhone(QStringLiteral("123456789012345")));
    EXPECT_TRUE(PatientValidator::isValidPhone(QStringLiteral("+123 456 789 012 345")));
}

TEST(PatientValidatorTest, phone_with_5_or_16_digits_is_refused)
{
    EXPECT_FALSE(PatientValidator::isValidPhone(QStringLiteral("12345")));
    EXPECT_FALSE(PatientValidator::isValidPhone(QStringLiteral("1234567890123456")));
    EXPECT_FALSE(PatientValidator::isValidPhone(QStringLiteral("+44 7700 900 123 4567")));
    Patient p = validPatient();
    p.phone = QStringLiteral("12 34 5");
    EXPECT_TRUE(hasError(validate(p), PatientFields::Phone));
}

TEST(PatientValidatorTest, phone_allows_spaces_dashes_brackets_dots_and_slashes)
{
    for (const QString& phone :
         {QStringLiteral("07700 900123"), QStringLiteral("0113-496-0001"),
          QStringLiteral("(0113) 496 0001"), QStringLiteral("0113.496.0001"),
          QStringLiteral("0113/4960001"), QStringLiteral("+44 (0) 7700 900123"),
          QStringLiteral("  +44 7700 900123")}) {
        EXPECT_TRUE(PatientValidator::isValidPhone(phone)) << phone.toStdString();
        Patient p = validPatient();
        p.phone = phone;
        EXPECT_FALSE(hasError(validate(p), PatientFields::Phone)) << phone.toStdString();
    }
}

TEST(PatientValidatorTest, plus_is_allowed_only_as_the_first_character)
{
    EXPECT_TRUE(PatientValidator::isValidPhone(QStringLiteral("+447700900123")));
    EXPECT_FALSE(PatientValidator::isValidPhone(QStringLiteral("44+7700900123")));
    EXPECT_FALSE(PatientValidator::isValidPhone(QStringLiteral("++447700900123")));
    EXPECT_FALSE(PatientValidator::isValidPhone(QStringLiteral("(+44) 7700 900123")));
    EXPECT_FALSE(PatientValidator::isValidPhone(QStringLiteral("07700 900123+")));
}

TEST(PatientValidatorTest, phone_with_letters_or_other_symbols_is_refused)
{
    for (const QString& phone :
         {QStringLiteral("07700 9OO123"), QStringLiteral("0800 FLOWERS"),
          QStringLiteral("07700 900123 ext 4"), QStringLiteral("07700#900123"),
          QStringLiteral("07700_900123"), QStringLiteral("07700,900123"),
          QStringLiteral("٠٧٧٠٠٩٠٠١٢٣"), // Arabic-Indic digits
          QStringLiteral("07700\t900123")}) {
        EXPECT_FALSE(PatientValidator::isValidPhone(phone)) << phone.toStdString();
        Patient p = validPatient();
        p.phone = phone;
        EXPECT_TRUE(hasError(validate(p), PatientFields::Phone)) << phone.toStdString();
    }
}

TEST(PatientValidatorTest, phone_longer_than_32_characters_is_refused)
{
    const QString spaced =
        QStringLiteral("0 1 1 3  4 9 6  0 0 0 1          "); // 11 digits, 33 chars
    ASSERT_EQ(spaced.size(), 33);
    EXPECT_FALSE(PatientValidator::isValidPhone(spaced));
    EXPECT_TRUE(PatientValidator::isValidPhone(spaced.left(32)));
    Patient p = validPatient();
    p.phone = spaced;
    EXPECT_TRUE(hasError(validate(p), PatientFields::Phone));
}

// --- e-mail --------------------------------------------------------------------------------

TEST(PatientValidatorTest, ordinary_and_international_email_addresses_are_accepted)
{
    for (const QString& email :
         {QStringLiteral("anna@example.org"), QStringLiteral("first.last+tag@mail.example.co.uk"),
          QStringLiteral("o'brien@example.ie"), QStringLiteral("a_b-c@sub-domain.example.com"),
          QStringLiteral("jürgen@müller.de"), QStringLiteral("用户@例子.广告"),
          QStringLiteral("иван@пример.рф"), QStringLiteral("user@xn--mller-kva.de"),
          QStringLiteral("x@a1.io")}) {
        EXPECT_TRUE(PatientValidator::isValidEmail(email)) << email.toStdString();
        Patient p = validPatient();
        p.email = email;
        EXPECT_FALSE(hasError(validate(p), PatientFields::Email)) << email.toStdString();
    }
}

TEST(PatientValidatorTest, malformed_email_addresses_are_refused)
{
    for (const QString& email : {
             QStringLiteral("plainaddress"),
             QStringLiteral("@example.org"),
             QStringLiteral("anna@"),
             QStringLiteral("anna@example"), // missing TLD
             QStringLiteral("anna@example.c"),
             QStringLiteral("anna@example.123"),
             QStringLiteral("anna..smith@example.org"),
             QStringLiteral("anna@example..org"), // double dots
             QStringLiteral(".anna@example.org"),
             QStringLiteral("anna.@example.org"),
             QStringLiteral("anna@-example.org"),
             QStringLiteral("anna@example-.org"),
             QStringLiteral("anna smith@example.org"),
             QStringLiteral("anna@exa mple.org"),
             QStringLiteral("anna@@example.org"),
             QStringLiteral("anna@b@example.org"),
             QStringLiteral("anna@.example.org"),
             QStringLiteral("anna@example.org."),
             QStringLiteral("<anna@example.org>"),
             QStringLiteral("anna\u00A0smith@example.org"), // NBSP
             QStringLiteral("anna@example.org\n"),
         }) {
        EXPECT_FALSE(PatientValidator::isValidEmail(email)) << email.toStdString();
        Patient p = validPatient();
        p.email = email;
        EXPECT_TRUE(hasError(validate(p), PatientFields::Email)) << email.toStdString();
    }
}

TEST(PatientValidatorTest, email_of_254_characters_is_accepted_and_255_refused)
{
    const QString at254 = emailOfLength(254);
    const QString at255 = emailOfLength(255);
    ASSERT_EQ(at254.size(), 254);
    ASSERT_EQ(at255.size(), 255);
    EXPECT_TRUE(PatientValidator::isValidEmail(at254)) << at254.toStdString();
    EXPECT_FALSE(PatientValidator::isValidEmail(at255));
    Patient p = validPatient();
    p.email = at254;
    EXPECT_FALSE(hasError(validate(p), PatientFields::Email));
    p.email = at255;
    const auto errors = validate(p);
    ASSERT_EQ(errors.size(), 1) << describe(errors);
    EXPECT_EQ(errors.first().field, PatientFields::Email);
}

TEST(PatientValidatorTest, email_local_part_longer_than_64_characters_is_refused)
{
    EXPECT_TRUE(PatientValidator::isValidEmail(repeated('a', 64) + QStringLiteral("@example.org")));
    EXPECT_FALSE(
        PatientValidator::isValidEmail(repeated('a', 65) + QStringLiteral("@example.org")));
}

// --- free text -----------------------------------------------------------------------------

TEST(PatientValidatorTest, address_referrer_and_notes_are_bounded)
{
    struct Case {
        QString field;
        int max;
        QString Patient::*member;
    };
    const QList<Case> cases = {
        {PatientFields::Address, 500, &Patient::address},
        {PatientFields::Referrer, 200, &Patient::referrer},
        {PatientFields::Notes, 20000, &Patient::notes},
    };
    for (const Case& c : cases) {
        SCOPED_TRACE(c.field.toStdString());
        Patient p = validPatient();
        p.*c.member = repeated('n', c.max);
        EXPECT_TRUE(validate(p).isEmpty()) << describe(validate(p));
        p.*c.member = repeated('n', c.max + 1);
        const auto errors = validate(p);
        ASSERT_EQ(errors.size(), 1) << describe(errors);
        EXPECT_EQ(errors.first().field, c.field);
    }
}

TEST(PatientValidatorTest, free_text_may_hold_line_breaks)
{
    Patient p = validPatient();
    p.address = QStringLiteral("12 Church Road\nLeeds LS6 1AA");
    p.notes = QStringLiteral("Line one\nLine two\r\n\tindented");
    EXPECT_TRUE(validate(p).isEmpty()) << describe(validate(p));
}

// --- all at once ---------------------------------------------------------------------------

TEST(PatientValidatorTest, every_broken_rule_is_reported_at_once)
{
    Patient p;
    p.familyName = QStringLiteral("  ");
    p.givenName = QString();
    p.preferredName = repeated('p', 101);
    p.dateOfBirth = Today.addDays(1);
    p.phone = QStringLiteral("call me");
    p.email = QStringLiteral("not an address");
    p.address = repeated('a', 501);
    p.referrer = repeated('r', 201);
    p.notes = repeated('n', 20001);
    const auto errors = validate(p);
    const QSet<QString> expected = {
        PatientFields::FamilyName,  PatientFields::GivenName, PatientFields::PreferredName,
        PatientFields::DateOfBirth, PatientFields::Phone,     PatientFields::Email,
        PatientFields::Address,     PatientFields::Referrer,  PatientFields::Notes};
    EXPECT_EQ(fieldsOf(errors), expected) << describe(errors);
    EXPECT_EQ(errors.size(), expected.size()) << "one error per field\n" << describe(errors);
    for (const FieldError& e : errors)
        EXPECT_FALSE(e.message.isEmpty()) << e.field.toStdString();
}

TEST(PatientValidatorTest, errors_come_in_form_order)
{
    Patient p;
    p.dateOfBirth = QDate();
    p.email = QStringLiteral("x");
    const auto errors = validate(p);
    ASSERT_EQ(errors.size(), 4) << describe(errors);
    EXPECT_EQ(errors.at(0).field, PatientFields::FamilyName);
    EXPECT_EQ(errors.at(1).field, PatientFields::GivenName);
    EXPECT_EQ(errors.at(2).field, PatientFields::DateOfBirth);
    EXPECT_EQ(errors.at(3).field, PatientFields::Email);
}
