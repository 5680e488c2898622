#include "needlechart/domain/transfer/PatientImport.h"

#include <gtest/gtest.h>

namespace needlechart {
namespace {

using Field = PatientImport::Field;
using DateOrder = PatientImport::DateOrder;

const QDate Today(2026, 12, 4);

CsvTable table(QStringView text)
{
    auto parsed = CsvTable::parse(text, CsvTable::detectDelimiter(text));
    EXPECT_TRUE(parsed.ok());
    return parsed.ok() ? *parsed : CsvTable{};
}

TEST(PatientImportTest, headings_in_english_or_german_name_their_fields)
{
    EXPECT_EQ(PatientImport::fieldForHeading(QStringLiteral("Surname")), Field::FamilyName);
    EXPECT_EQ(PatientImport::fieldForHeading(QStringLiteral(" Last_Name ")), Field::FamilyName);
    EXPECT_EQ(PatientImport::fieldForHeading(QStringLiteral("Vorname")), Field::GivenName);
    EXPECT_EQ(PatientImport::fieldForHeading(QStringLiteral("D.O.B.")), Field::DateOfBirth);
    EXPECT_EQ(PatientImport::fieldForHeading(QStringLiteral("E-Mail")), Field::Email);
    EXPECT_EQ(PatientImport::fieldForHeading(QStringLiteral("Hausarzt")), Field::Referrer);
    EXPECT_EQ(PatientImport::fieldForHeading(QStringLiteral("Insurance no")), Field::Ignore);
}

TEST(PatientImportTest, the_mapping_is_guessed_from_the_headings_and_the_dates)
{
    const PatientImport::Mapping mapping =
        PatientImport::guessMapping(table(u"Nachname;Vorname;Geburtsdatum;Kasse;Telefon\n"
                                          u"Müller;Jörg;03.11.1970;AOK;0171 2345678\n"
                                          u"Weber;Anna;25.04.1988;TK;\n"));
    EXPECT_TRUE(mapping.firstRowIsHeader);
    EXPECT_EQ(mapping.columns, (QList<Field>{Field::FamilyName, Field::GivenName,
                                             Field::DateOfBirth, Field::Ignore, Field::Phone}));
    EXPECT_EQ(mapping.dateOrder, DateOrder::DayMonthYear) << "25 can only be a day";

    const auto american =
        PatientImport::guessMapping(table(u"last name,first name,dob\nSmith,Ann,04/25/1988\n"));
    EXPECT_EQ(american.dateOrder, DateOrder::MonthDayYear);
    const auto iso =
        PatientImport::guessMapping(table(u"surname,forename,date of birth\nLee,Kim,1990-02-03\n"));
    EXPECT_EQ(iso.dateOrder, DateOrder::YearMonthDay);
}

TEST(PatientImportTest, a_file_without_recognised_headings_starts_with_a_patient)
{
    const auto mapping = PatientImport::guessMapping(table(u"Smith,Ann,1988\nLee,Kim,1990\n"));
    EXPECT_FALSE(mapping.firstRowIsHeader);
    EXPECT_EQ(mapping.columns, QList<Field>(3, Field::Ignore)) << "the person maps them";
}

TEST(PatientImportTest, dates_are_read_in_the_order_chosen_and_impossible_ones_refused)
{
    EXPECT_EQ(PatientImport::parseDate(QStringLiteral("07/03/1981"), DateOrder::DayMonthYear),
              QDate(1981, 3, 7));
    EXPECT_EQ(PatientImport::parseDate(QStringLiteral("07/03/1981"), DateOrder::MonthDayYear),
              QDate(1981, 7, 3));
    EXPECT_EQ(PatientImport::parseDate(QStringLiteral("7.3.1981"), DateOrder::DayMonthYear),
              QDate(1981, 3, 7));
    EXPECT_EQ(PatientImport::parseDate(QStringLiteral("1981-03-07"), DateOrder::YearMonthDay),
              QDate(1981, 3, 7));
    EXPECT_EQ(PatientImport::parseDate(QStringLiteral("31/02/1981"), DateOrder::DayMonthYear),
              std::nullopt);
    EXPECT_EQ(PatientImport::parseDate(QStringLiteral("07/03/81"), DateOrder::DayMonthYear),
              std::nullopt)
        << "two-digit years are refused";
    EXPECT_EQ(PatientImport::parseDate(QStringLiteral("March 1981"), DateOrder::DayMonthYear),
              std::nullopt);
}

TEST(PatientImportTest, sex_is_read_in_either_language_and_an_empty_one_is_not_stated)
{
    EXPECT_EQ(PatientImport::parseSex(QStringLiteral("F")), Sex::Female);
    EXPECT_EQ(PatientImport::parseSex(QStringLiteral("weiblich")), Sex::Female);
    EXPECT_EQ(PatientImport::parseSex(QStringLiteral("Male")), Sex::Male);
    EXPECT_EQ(PatientImport::parseSex(QStringLiteral("divers")), Sex::Other);
    EXPECT_EQ(PatientImport::parseSex(QString()), Sex::NotStated);
    EXPECT_EQ(PatientImport::parseSex(QStringLiteral("42")), std::nullopt);
}

TEST(PatientImportTest, a_row_becomes_a_patient_with_every_reason_it_cannot_be_registered)
{
    const CsvTable file = table(u"surname,first name,dob,sex,email\n"
                                u" Okafor , Chidi ,13/05/1979,M,chidi@example.org\n"
                                u",Ann,31/02/1990,q,not-an-email\n");
    const auto mapping = PatientImport::guessMapping(file);
    const auto good = PatientImport::candidate(file.rows()[1], mapping, Today);
    EXPECT_TRUE(good.errors.isEmpty());
    EXPECT_EQ(good.line, 2);
    EXPECT_EQ(good.patient.familyName, QStringLiteral("Okafor")) << "trimmed";
    EXPECT_EQ(good.patient.givenName, QStringLiteral("Chidi"));
    EXPECT_EQ(good.patient.dateOfBirth, QDate(1979, 5, 13));
    EXPECT_EQ(good.patient.sex, Sex::Male);

    const auto bad = PatientImport::candidate(file.rows()[2], mapping, Today);
    EXPECT_EQ(bad.line, 3);
    QStringList fields;
    for (const FieldError& error : bad.errors)
        fields << error.field;
    EXPECT_TRUE(fields.contains(PatientFields::FamilyName)) << fields.join(u',').toStdString();
    EXPECT_TRUE(fields.contains(PatientFields::Sex));
    EXPECT_TRUE(fields.contains(PatientFields::Email));
    ASSERT_EQ(fields.count(PatientFields::DateOfBirth), 1) << "said once, as unreadable";
    for (const FieldError& error : bad.errors) {
        if (error.field == PatientFields::DateOfBirth) {
            EXPECT_TRUE(error.message.contains(QStringLiteral("31/02/1990")));
        }
    }
}

TEST(PatientImportTest, a_short_row_leaves_the_missing_columns_empty)
{
    const CsvTable file = table(u"surname,first name,phone\nLee,Kim\n");
    const auto mapping = PatientImport::guessMapping(file);
    const auto row = PatientImport::candidate(file.rows()[1], mapping, Today);
    EXPECT_EQ(row.patient.familyName, QStringLiteral("Lee"));
    EXPECT_TRUE(row.patient.phone.isEmpty());
}

} // namespace
} // namespace needlechart
