#include "needlechart/domain/patients/SearchText.h"

#include "QtPrinters.h"

#include <QSet>

#include <gtest/gtest.h>

using namespace needlechart;

namespace {

Patient patient(const QString& family, const QString& given, QDate dob = {},
                const QString& phone = {})
{
    Patient p;
    p.familyName = family;
    p.givenName = given;
    p.dateOfBirth = dob;
    p.phone = phone;
    return p;
}

QSet<QString> asSet(const QStringList& list)
{
    return QSet<QString>(list.cbegin(), list.cend());
}

std::string show(const QStringList& list)
{
    return QStringLiteral("[%1]").arg(list.join(QStringLiteral(", "))).toStdString();
}

} // namespace

// --- fold ----------------------------------------------------------------------------------

TEST(SearchTextTest, fold_lowercases_and_removes_accents)
{
    EXPECT_EQ(SearchText::fold(QStringLiteral("Müller")), QStringLiteral("muller"));
    EXPECT_EQ(SearchText::fold(QStringLiteral("ÉLODIE")), QStringLiteral("elodie"));
    EXPECT_EQ(SearchText::fold(QStringLiteral("Nguyễn")), QStringLiteral("nguyen"));
    EXPECT_EQ(SearchText::fold(QStringLiteral("Dvořák")), QStringLiteral("dvorak"));
    EXPECT_EQ(SearchText::fold(QStringLiteral("Gonçalves")), QStringLiteral("goncalves"));
    EXPECT_EQ(SearchText::fold(QStringLiteral("Ó Súilleabháin")), QStringLiteral("o suilleabhain"));
    EXPECT_EQ(SearchText::fold(QStringLiteral("SMITH")), QStringLiteral("smith"));
}

TEST(SearchTextTest, fold_transliterates_letters_without_decomposition)
{
    EXPECT_EQ(SearchText::fold(QStringLiteral("Straße")), QStringLiteral("strasse"));
    EXPECT_EQ(SearchText::fold(QStringLiteral("STRAẞE")), QStringLiteral("strasse"));
    EXPECT_EQ(SearchText::fold(QStringLiteral("Ørsted")), QStringLiteral("orsted"));
    EXPECT_EQ(SearchText::fold(QStringLiteral("Søndergaard")), QStringLiteral("sondergaard"));
    EXPECT_EQ(SearchText::fold(QStringLiteral("Łukasik")), QStringLiteral("lukasik"));
    EXPECT_EQ(SearchText::fold(QStringLiteral("Paweł")), QStringLiteral("pawel"));
    EXPECT_EQ(SearchText::fold(QStringLiteral("Æsa")), QStringLiteral("aesa"));
    EXPECT_EQ(SearchText::fold(QStringLiteral("Cæcilie")), QStringLiteral("caecilie"));
    EXPECT_EQ(SearchText::fold(QStringLiteral("Œuvre")), QStringLiteral("oeuvre"));
    EXPECT_EQ(SearchText::fold(QStringLiteral("Đức")), QStringLiteral("duc"));
    EXPECT_EQ(SearchText::fold(QStringLiteral("Þór")), QStringLiteral("thor"));
    EXPECT_EQ(SearchText::fold(QStringLiteral("Yılmaz")), QStringLiteral("yilmaz"));
    EXPECT_EQ(SearchText::fold(QStringLiteral("İnce")), QStringLiteral("ince"));
}

TEST(SearchTextTest, fold_treats_combining_accents_like_precomposed_letters)
{
    const QString decomposed = QStringLiteral("Jose\u0301 Mu\u0308ller e\u0301");
    const QString precomposed = QStringLiteral("José Müller é");
    EXPECT_NE(decomposed, precomposed);
    EXPECT_EQ(SearchText::fold(decomposed), QStringLiteral("jose muller e"));
    EXPECT_EQ(SearchText::fold(decomposed), SearchText::fold(precomposed));
    EXPECT_EQ(SearchText::fold(QStringLiteral("e\u0301")), QStringLiteral("e"));
    EXPECT_EQ(SearchText::fold(QStringLiteral("E\u0301")), QStringLiteral("e"));
}

TEST(SearchTextTest, fold_handles_other_scripts_and_compatibility_forms)
{
    EXPECT_EQ(SearchText::fold(QStringLiteral("Σωκράτης")),
              QStringLiteral("σωκρατησ")); // final sigma folds
    EXPECT_EQ(SearchText::fold(QStringLiteral("ИВАНОВА")), QStringLiteral("иванова"));
    EXPECT_EQ(SearchText::fold(QStringLiteral("张伟")), QStringLiteral("张伟"));
    EXPECT_EQ(SearchText::fold(QStringLiteral("ﬁona")), QStringLiteral("fiona")); // ligature
    EXPECT_EQ(SearchText::fold(QStringLiteral("ＳＭＩＴＨ")),
              QStringLiteral("smith")); // full width
}

TEST(SearchTextTest, fold_keeps_punctuation_and_turns_any_space_into_a_plain_space)
{
    EXPECT_EQ(SearchText::fold(QStringLiteral("O'Brien")), QStringLiteral("o'brien"));
    EXPECT_EQ(SearchText::fold(QStringLiteral("Smith-Jones")), QStringLiteral("smith-jones"));
    EXPECT_EQ(SearchText::fold(QStringLiteral("Anne\tMarie\u00A0Lee")),
              QStringLiteral("anne marie lee"));
    EXPECT_EQ(SearchText::fold(QString()), QString());
}

TEST(SearchTextTest, fold_is_idempotent)
{
    for (const QString& s :
         {QStringLiteral("Müller"), QStringLiteral("Straße"), QStringLiteral("Ørsted"),
          QStringLiteral("Jose\u0301"), QStringLiteral("Σωκράτης"), QStringLiteral("ﬁ ẞ Æ")}) {
        const QString once = SearchText::fold(s);
        EXPECT_EQ(SearchText::fold(once), once) << s.toStdString();
    }
}

// --- patientTokens -------------------------------------------------------------------------

TEST(SearchTextTest, tokens_hold_each_name_word_folded)
{
    Patient p = patient(QStringLiteral("van der Berg"), QStringLiteral("José"));
    p.preferredName = QStringLiteral("Pepe");
    EXPECT_EQ(asSet(SearchText::patientTokens(p)),
              (QSet<QString>{QStringLiteral("van"), QStringLiteral("der"), QStringLiteral("berg"),
                             QStringLiteral("vanderberg"), QStringLiteral("derberg"),
                             QStringLiteral("jose"), QStringLiteral("pepe")}));
}

TEST(SearchTextTest, apostrophes_and_hyphens_give_parts_and_the_joined_word)
{
    const QStringList tokens =
        SearchText::patientTokens(patient(QStringLiteral("O'Brien"), QStringLiteral("Anne-Marie")));
    const QSet<QString> expected = {QStringLiteral("o"),      QStringLiteral("brien"),
                                    QStringLiteral("obrien"), QStringLiteral("anne"),
                                    QStringLiteral("marie"),  QStringLiteral("annemarie")};
    EXPECT_EQ(asSet(tokens), expected) << show(tokens);
}

TEST(SearchTextTest, date_of_birth_gives_year_first_and_day_first_digits)
{
    const QStringList tokens = SearchText::patientTokens(
        patient(QStringLiteral("Lee"), QStringLiteral("Mei"), QDate(1984, 3, 12)));
    EXPECT_TRUE(tokens.contains(QStringLiteral("19840312"))) << show(tokens);
    EXPECT_TRUE(tokens.contains(QStringLiteral("12031984"))) << show(tokens);
    EXPECT_EQ(tokens.size(), 4) << show(tokens);
}

TEST(SearchTextTest, national_phone_gives_digits_with_and_without_trunk_zero)
{
    const QStringList tokens = SearchText::patientTokens(patient(
        QStringLiteral("Lee"), QStringLiteral("Mei"), {}, QStringLiteral("(0113) 496-0001")));
    EXPECT_TRUE(tokens.contains(QStringLiteral("01134960001"))) << show(tokens);
    EXPECT_TRUE(tokens.contains(QStringLiteral("1134960001"))) << show(tokens);
}

TEST(SearchTextTest, international_uk_phone_is_also_found_in_national_form)
{
    const QStringList tokens = SearchText::patientTokens(patient(
        QStringLiteral("Lee"), QStringLiteral("Mei"), {}, QStringLiteral("+44 7700 900123")));
    EXPECT_TRUE(tokens.contains(QStringLiteral("447700900123"))) << show(tokens);
    EXPECT_TRUE(tokens.contains(QStringLiteral("07700900123"))) << show(tokens);
    // The same number stored nationally is found without the trunk zero; so is this one.
    EXPECT_TRUE(tokens.contains(QStringLiteral("7700900123"))) << show(tokens);
}

TEST(SearchTextTest, other_international_numbers_are_not_rewritten)
{
    const QStringList tokens = SearchText::patientTokens(patient(
        QStringLiteral("Lee"), QStringLiteral("Mei"), {}, QStringLiteral("+33 1 23 45 67 89")));
    EXPECT_TRUE(tokens.contains(QStringLiteral("33123456789"))) << show(tokens);
    for (const QString& t : tokens)
        EXPECT_FALSE(t.startsWith(QLatin1Char('0'))) << show(tokens);
}

TEST(SearchTextTest, tokens_are_distinct_and_never_empty)
{
    Patient p = patient(QStringLiteral("Smith - Smith"), QStringLiteral("'Smith'"),
                        QDate(2001, 1, 20), QStringLiteral("07700 900123"));
    p.preferredName = QStringLiteral("smith");
    const QStringList tokens = SearchText::patientTokens(p);
    EXPECT_EQ(tokens.size(), asSet(tokens).size()) << show(tokens);
    EXPECT_FALSE(tokens.contains(QString())) << show(tokens);
    EXPECT_EQ(tokens.count(QStringLiteral("smith")), 1) << show(tokens);
}

TEST(SearchTextTest, missing_date_and_phone_give_no_digit_tokens)
{
    const QStringList tokens =
        SearchText::patientTokens(patient(QStringLiteral("Lee"), QStringLiteral("Mei")));
    EXPECT_EQ(asSet(tokens), (QSet<QString>{QStringLiteral("lee"), QStringLiteral("mei")}));
}

TEST(SearchTextTest, accented_names_are_tokenised_folded)
{
    const QStringList tokens = SearchText::patientTokens(
        patient(QStringLiteral("Łukasik-Müller"), QStringLiteral("Zoe\u0308")));
    const QSet<QString> expected = {QStringLiteral("lukasik"), QStringLiteral("muller"),
                                    QStringLiteral("lukasikmuller"), QStringLiteral("zoe")};
    EXPECT_EQ(asSet(tokens), expected) << show(tokens);
}

// --- queryTerms ----------------------------------------------------------------------------

TEST(SearchTextTest, empty_query_means_everything)
{
    EXPECT_TRUE(SearchText::queryTerms(QString()).isEmpty());
    EXPECT_TRUE(SearchText::queryTerms(QStringLiteral("   \t ")).isEmpty());
    EXPECT_TRUE(SearchText::queryTerms(QStringLiteral(" , ' - ")).isEmpty());
}

TEST(SearchTextTest, a_query_with_nothing_searchable_in_it_matches_nothing)
{
    EXPECT_TRUE(SearchText::matchesNothing(QStringLiteral("%")));
    EXPECT_TRUE(SearchText::matchesNothing(QStringLiteral("');")));
    EXPECT_TRUE(SearchText::matchesNothing(QStringLiteral("\U0001F469")));
    EXPECT_FALSE(SearchText::matchesNothing(QString()));
    EXPECT_FALSE(SearchText::matchesNothing(QStringLiteral("  ")));
    EXPECT_FALSE(SearchText::matchesNothing(QStringLiteral("o'")));
}

TEST(SearchTextTest, chinese_japanese_and_korean_names_are_indexed_whole_and_from_each_character)
{
    const QSet<QString> tokens =
        asSet(SearchText::patientTokens(patient(QStringLiteral("李"), QStringLiteral("小龍"))));
    for (const QString& expected : {QStringLiteral("李"), QStringLiteral("小龍"),
                                    QStringLiteral("李小龍"), QStringLiteral("龍")})
        EXPECT_TRUE(tokens.contains(expected)) << expected.toStdString();
    const QSet<QString> latin =
        asSet(SearchText::patientTokens(patient(QStringLiteral("Lee"), QStringLiteral("Bruce"))));
    EXPECT_FALSE(latin.contains(QStringLiteral("leebruce"))) << "only names written unspaced";
}

TEST(SearchTextTest, query_words_are_folded_terms_in_any_order)
{
    const QStringList a = SearchText::queryTerms(QStringLiteral("Müller Jürgen"));
    const QStringList b = SearchText::queryTerms(QStringLiteral("  JURGEN   mueller muller "));
    EXPECT_EQ(asSet(a), (QSet<QString>{QStringLiteral("muller"), QStringLiteral("jurgen")}))
        << show(a);
    EXPECT_TRUE(asSet(b).contains(QStringLiteral("jurgen"))) << show(b);
    EXPECT_EQ(SearchText::queryTerms(QStringLiteral("smith john")),
              SearchText::queryTerms(QStringLiteral("john smith")));
}

TEST(SearchTextTest, longest_term_comes_first)
{
    EXPECT_EQ(
        SearchText::queryTerms(QStringLiteral("al smithson jo")),
        (QStringList{QStringLiteral("smithson"), QStringLiteral("al"), QStringLiteral("jo")}));
}

TEST(SearchTextTest, query_punctuation_splits_words_like_the_tokens)
{
    EXPECT_EQ(asSet(SearchText::queryTerms(QStringLiteral("O'Brien"))),
              (QSet<QString>{QStringLiteral("o"), QStringLiteral("brien")}));
    EXPECT_EQ(asSet(SearchText::queryTerms(QStringLiteral("Smith, John"))),
              (QSet<QString>{QStringLiteral("smith"), QStringLiteral("john")}));
    EXPECT_EQ(SearchText::queryTerms(QStringLiteral("obrien")),
              QStringList{QStringLiteral("obrien")});
}

TEST(SearchTextTest, query_with_combining_accents_matches_precomposed)
{
    EXPECT_EQ(SearchText::queryTerms(QStringLiteral("Jose\u0301")),
              QStringList{QStringLiteral("jose")});
    EXPECT_EQ(SearchText::queryTerms(QStringLiteral("José")), QStringList{QStringLiteral("jose")});
}

TEST(SearchTextTest, dates_in_any_common_form_become_digits)
{
    EXPECT_EQ(SearchText::queryTerms(QStringLiteral("12/03/1984")),
              QStringList{QStringLiteral("12031984")});
    EXPECT_EQ(SearchText::queryTerms(QStringLiteral("12.3.1984")),
              QStringList{QStringLiteral("12031984")});
    EXPECT_EQ(SearchText::queryTerms(QStringLiteral("2-3-1984")),
              QStringList{QStringLiteral("02031984")});
    EXPECT_EQ(SearchText::queryTerms(QStringLiteral("1984-03-12")),
              QStringList{QStringLiteral("19840312")});
    EXPECT_EQ(SearchText::queryTerms(QStringLiteral("1984-3-2")),
              QStringList{QStringLiteral("19840302")});
    EXPECT_EQ(SearchText::queryTerms(QStringLiteral("12 03 1984")),
              QStringList{QStringLiteral("12031984")});
}

TEST(SearchTextTest, partial_dates_become_the_digits_typed_so_far)
{
    EXPECT_EQ(SearchText::queryTerms(QStringLiteral("12/03")), QStringList{QStringLiteral("1203")});
    EXPECT_EQ(SearchText::queryTerms(QStringLiteral("1/3/")), QStringList{QStringLiteral("0103")});
    EXPECT_EQ(SearchText::queryTerms(QStringLiteral("1984-03")),
              QStringList{QStringLiteral("198403")});
}

TEST(SearchTextTest, phone_numbers_with_spaces_become_one_digit_term)
{
    EXPECT_EQ(SearchText::queryTerms(QStringLiteral("07700 900123")),
              QStringList{QStringLiteral("07700900123")});
    EXPECT_EQ(SearchText::queryTerms(QStringLiteral("07700900123")),
              QStringList{QStringLiteral("07700900123")});
    EXPECT_EQ(SearchText::queryTerms(QStringLiteral("(0113) 496-0001")),
              QStringList{QStringLiteral("01134960001")});
}

TEST(SearchTextTest, international_uk_number_is_searched_in_national_form)
{
    // Stored "07700 900123" has no token starting "44"; stored "+44 7700 900123" has "07700900123"
    // too, so the national form finds both.
    EXPECT_EQ(SearchText::queryTerms(QStringLiteral("+44 7700 900123")),
              QStringList{QStringLiteral("07700900123")});
    EXPECT_EQ(SearchText::queryTerms(QStringLiteral("+447700900123")),
              QStringList{QStringLiteral("07700900123")});
    EXPECT_EQ(SearchText::queryTerms(QStringLiteral("+33 1 23")),
              QStringList{QStringLiteral("33123")});
    EXPECT_EQ(SearchText::queryTerms(QStringLiteral("447700")),
              QStringList{QStringLiteral("447700")});
}

TEST(SearchTextTest, numbers_and_words_are_kept_apart)
{
    EXPECT_EQ(SearchText::queryTerms(QStringLiteral("Smith 12/03/1984")),
              (QStringList{QStringLiteral("12031984"), QStringLiteral("smith")}));
    EXPECT_EQ(
        asSet(SearchText::queryTerms(QStringLiteral("07700 900 Lee 12"))),
        (QSet<QString>{QStringLiteral("07700900"), QStringLiteral("lee"), QStringLiteral("12")}));
}

TEST(SearchTextTest, a_written_date_and_a_phone_number_stay_separate_terms)
{
    EXPECT_EQ(asSet(SearchText::queryTerms(QStringLiteral("14/05/1971 07700 900123"))),
              (QSet<QString>{QStringLiteral("14051971"), QStringLiteral("07700900123")}));
    EXPECT_EQ(asSet(SearchText::queryTerms(QStringLiteral("07700 900123 1971-05-14"))),
              (QSet<QString>{QStringLiteral("19710514"), QStringLiteral("07700900123")}));
    // Dates typed with spaces are still one term.
    EXPECT_EQ(SearchText::queryTerms(QStringLiteral("14 05 1971")),
              QStringList{QStringLiteral("14051971")});
}

TEST(SearchTextTest, terms_that_prefix_another_term_are_dropped)
{
    EXPECT_EQ(SearchText::queryTerms(QStringLiteral("mar mart")),
              QStringList{QStringLiteral("mart")});
    EXPECT_EQ(SearchText::queryTerms(QStringLiteral("jones j jo")),
              QStringList{QStringLiteral("jones")});
    EXPECT_EQ(SearchText::queryTerms(QStringLiteral("smith SMITH Smith")),
              QStringList{QStringLiteral("smith")});
    EXPECT_EQ(asSet(SearchText::queryTerms(QStringLiteral("mar tin"))),
              (QSet<QString>{QStringLiteral("mar"), QStringLiteral("tin")}));
}

// --- nameSortKey ---------------------------------------------------------------------------

TEST(SearchTextTest, name_sort_key_is_folded_family_given_preferred)
{
    Patient p = patient(QStringLiteral(" Müller "), QStringLiteral("Örjan"));
    EXPECT_EQ(SearchText::nameSortKey(p), QStringLiteral("muller orjan "));
    p.preferredName = QStringLiteral("Ö");
    EXPECT_EQ(SearchText::nameSortKey(p), QStringLiteral("muller orjan o"));
    EXPECT_LT(SearchText::nameSortKey(patient(QStringLiteral("Ábel"), QStringLiteral("Z"))),
              SearchText::nameSortKey(patient(QStringLiteral("Abelson"), QStringLiteral("A"))));
}
