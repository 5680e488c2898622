#include "needlechart/domain/patients/Patient.h"

#include "needlechart/domain/common/DisplayText.h"
#include "needlechart/domain/common/Error.h"
#include "needlechart/domain/patients/Sex.h"

#include "QtPrinters.h"

#include <gtest/gtest.h>

using namespace needlechart;

namespace {

Patient bornOn(QDate date)
{
    Patient p;
    p.familyName = QStringLiteral("Hall");
    p.givenName = QStringLiteral("Ruth");
    p.dateOfBirth = date;
    return p;
}

} // namespace

TEST(PatientTest, age_counts_a_birthday_falling_today)
{
    EXPECT_EQ(bornOn(QDate(1984, 3, 12)).ageOn(QDate(2024, 3, 12)), 40);
}

TEST(PatientTest, age_is_one_less_on_the_day_before_the_birthday)
{
    EXPECT_EQ(bornOn(QDate(1984, 3, 12)).ageOn(QDate(2024, 3, 11)), 39);
    EXPECT_EQ(bornOn(QDate(1984, 3, 12)).ageOn(QDate(2024, 2, 28)), 39);
    EXPECT_EQ(bornOn(QDate(1984, 12, 31)).ageOn(QDate(2024, 12, 30)), 39);
    EXPECT_EQ(bornOn(QDate(1984, 12, 31)).ageOn(QDate(2025, 1, 1)), 40);
}

TEST(PatientTest, newborn_is_zero_years_old)
{
    EXPECT_EQ(bornOn(QDate(2026, 11, 24)).ageOn(QDate(2026, 11, 24)), 0);
    EXPECT_EQ(bornOn(QDate(2025, 11, 25)).ageOn(QDate(2026, 11, 24)), 0);
    EXPECT_EQ(bornOn(QDate(2025, 11, 24)).ageOn(QDate(2026, 11, 24)), 1);
}

TEST(PatientTest, leap_day_birthday_counts_from_1_march_in_common_years)
{
    const Patient leapling = bornOn(QDate(2000, 2, 29));
    EXPECT_EQ(leapling.ageOn(QDate(2001, 2, 28)), 0);
    EXPECT_EQ(leapling.ageOn(QDate(2001, 3, 1)), 1);
    EXPECT_EQ(leapling.ageOn(QDate(2003, 2, 28)), 2);
    EXPECT_EQ(leapling.ageOn(QDate(2004, 2, 28)), 3);
    EXPECT_EQ(leapling.ageOn(QDate(2004, 2, 29)), 4);
    EXPECT_EQ(leapling.ageOn(QDate(2004, 3, 1)), 4);
}

TEST(PatientTest, age_is_unknown_without_date_of_birth_or_before_birth)
{
    EXPECT_EQ(bornOn(QDate()).ageOn(QDate(2026, 1, 1)), std::nullopt);
    EXPECT_EQ(bornOn(QDate(2026, 1, 2)).ageOn(QDate(2026, 1, 1)), std::nullopt);
    EXPECT_EQ(bornOn(QDate(2000, 1, 1)).ageOn(QDate()), std::nullopt);
}

TEST(PatientTest, display_name_is_family_comma_given_with_preferred_in_brackets)
{
    Patient p = bornOn(QDate(1970, 1, 1));
    p.familyName = QStringLiteral("Jones");
    p.givenName = QStringLiteral("Robert");
    EXPECT_EQ(p.displayName(), QStringLiteral("Jones, Robert"));
    p.preferredName = QStringLiteral("Bob");
    EXPECT_EQ(p.displayName(), QStringLiteral("Jones, Robert (Bob)"));
    p.preferredName = QStringLiteral("Robert");
    EXPECT_EQ(p.displayName(), QStringLiteral("Jones, Robert"));
    p.givenName.clear();
    p.preferredName.clear();
    EXPECT_EQ(p.displayName(), QStringLiteral("Jones"));
}

TEST(PatientTest, isolated_names_isolate_each_part_and_the_whole_and_read_the_same)
{
    const QString fsi(DisplayText::FirstStrongIsolate);
    const QString pdi(DisplayText::PopDirectionalIsolate);
    Patient p = bornOn(QDate(1984, 3, 12));
    p.familyName = QStringLiteral("כהן");
    p.givenName = QStringLiteral("שרה");
    p.preferredName = QStringLiteral("Sara");
    EXPECT_EQ(p.isolatedDisplayName(),
              fsi + fsi + QStringLiteral("כהן") + pdi + QStringLiteral(", ") + fsi
                  + QStringLiteral("שרה") + pdi + QStringLiteral(" (") + fsi
                  + QStringLiteral("Sara") + pdi + QStringLiteral(")") + pdi);
    EXPECT_EQ(p.isolatedFullName(), fsi + fsi + QStringLiteral("שרה") + pdi + QStringLiteral(" ")
                                        + fsi + QStringLiteral("כהן") + pdi + pdi);
    EXPECT_EQ(DisplayText::withoutIsolates(p.isolatedDisplayName()), p.displayName());
    EXPECT_EQ(DisplayText::withoutIsolates(p.isolatedFullName()), p.fullName());
    p.givenName.clear();
    EXPECT_EQ(p.isolatedFullName(), fsi + QStringLiteral("כהן") + pdi)
        << "one part is isolated once";
    EXPECT_EQ(Patient{}.isolatedFullName(), QString());
}

TEST(PatientTest, patient_is_stored_once_it_has_an_id)
{
    Patient p;
    EXPECT_FALSE(p.isStored());
    p.id = 7;
    EXPECT_TRUE(p.isStored());
}

TEST(PatientTest, sex_keys_round_trip_and_unknown_keys_are_rejected)
{
    for (Sex s : {Sex::NotStated, Sex::Female, Sex::Male, Sex::Other}) {
        EXPECT_EQ(sexFromKey(sexKey(s)), s);
        EXPECT_FALSE(sexLabel(s).isEmpty());
    }
    EXPECT_EQ(sexKey(Sex::NotStated), QStringLiteral("not-stated"));
    EXPECT_EQ(sexFromKey(QStringLiteral("Female")), std::nullopt);
    EXPECT_EQ(sexFromKey(QString()), std::nullopt);
}

TEST(PatientTest, error_finds_messages_by_field)
{
    Error e{ErrorCode::Validation,
            QStringLiteral("fix"),
            {},
            {{PatientFields::Phone, QStringLiteral("bad phone")},
             {PatientFields::Email, QStringLiteral("bad mail")}}};
    EXPECT_TRUE(e.hasFieldError(PatientFields::Email));
    EXPECT_FALSE(e.hasFieldError(PatientFields::Notes));
    EXPECT_EQ(e.fieldMessage(PatientFields::Phone), QStringLiteral("bad phone"));
    EXPECT_TRUE(e.fieldMessage(PatientFields::Notes).isEmpty());
    EXPECT_STREQ(errorCodeName(ErrorCode::NewerSchema), "newer-schema");
    EXPECT_STREQ(errorCodeName(ErrorCode::NotADatabase), "not-a-database");
}
