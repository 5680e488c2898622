#include "needlechart/domain/patients/PatientMatch.h"

#include <gtest/gtest.h>

namespace needlechart {
namespace {

Patient registering(const QString& family, const QString& given, QDate born)
{
    Patient p;
    p.familyName = family;
    p.givenName = given;
    p.dateOfBirth = born;
    return p;
}

PatientSummary registered(PatientId id, const QString& family, const QString& given, QDate born)
{
    PatientSummary s;
    s.id = id;
    s.familyName = family;
    s.givenName = given;
    s.dateOfBirth = born;
    return s;
}

const QDate Born(1984, 3, 12);

TEST(PatientMatchTest, the_same_name_in_another_case_or_without_accents_is_likely_the_same_person)
{
    EXPECT_TRUE(PatientMatch::isLikelySame(
        registering(QStringLiteral("MURPHY"), QStringLiteral("sean"), Born),
        registered(7, QStringLiteral("Murphy"), QStringLiteral("Seán"), Born)));
    EXPECT_TRUE(PatientMatch::isLikelySame(
        registering(QStringLiteral("obrien"), QStringLiteral("Mary Jane"), Born),
        registered(7, QStringLiteral("O'Brien"), QStringLiteral("Mary-Jane"), Born)));
    EXPECT_TRUE(PatientMatch::isLikelySame(
        registering(QStringLiteral("Mc Donald"), QStringLiteral("Ian"), Born),
        registered(7, QStringLiteral("McDonald"), QStringLiteral("Ian"), Born)));
}

TEST(PatientMatchTest, another_birthday_or_another_given_name_is_another_person)
{
    EXPECT_FALSE(PatientMatch::isLikelySame(
        registering(QStringLiteral("Murphy"), QStringLiteral("Sean"), Born),
        registered(7, QStringLiteral("Murphy"), QStringLiteral("Sean"), Born.addDays(1))));
    EXPECT_FALSE(PatientMatch::isLikelySame(
        registering(QStringLiteral("Murphy"), QStringLiteral("Sean"), Born),
        registered(7, QStringLiteral("Murphy"), QStringLiteral("Siobhan"), Born)));
}

TEST(PatientMatchTest, a_registration_without_a_date_of_birth_is_never_called_a_duplicate)
{
    const Patient noDate = registering(QStringLiteral("Murphy"), QStringLiteral("Sean"), {});
    EXPECT_FALSE(PatientMatch::canCompare(noDate));
    EXPECT_FALSE(PatientMatch::isLikelySame(
        noDate, registered(7, QStringLiteral("Murphy"), QStringLiteral("Sean"), {})));
}

TEST(PatientMatchTest, a_patient_is_not_their_own_duplicate)
{
    Patient editing = registering(QStringLiteral("Murphy"), QStringLiteral("Sean"), Born);
    editing.id = 7;
    EXPECT_FALSE(PatientMatch::isLikelySame(
        editing, registered(7, QStringLiteral("Murphy"), QStringLiteral("Sean"), Born)));
}

TEST(PatientMatchTest, candidates_are_searched_by_the_date_of_birth)
{
    EXPECT_EQ(PatientMatch::searchText(
                  registering(QStringLiteral("Murphy"), QStringLiteral("Sean"), Born)),
              QStringLiteral("12/03/1984"));
}

} // namespace
} // namespace needlechart
