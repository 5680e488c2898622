#include "needlechart/domain/common/DisplayText.h"

#include "needlechart/domain/patients/Patient.h"

#include "QtPrinters.h"

#include <QCoreApplication>
#include <QTranslator>

#include <gtest/gtest.h>

namespace needlechart {
namespace {

const QString Fsi(DisplayText::FirstStrongIsolate);
const QString Pdi(DisplayText::PopDirectionalIsolate);

TEST(DisplayTextTest, text_is_wrapped_in_a_first_strong_isolate)
{
    EXPECT_EQ(DisplayText::isolate(QStringLiteral("שרה כהן")),
              Fsi + QStringLiteral("שרה כהן") + Pdi);
    EXPECT_EQ(DisplayText::FirstStrongIsolate.unicode(), 0x2068);
    EXPECT_EQ(DisplayText::PopDirectionalIsolate.unicode(), 0x2069);
}

TEST(DisplayTextTest, empty_text_stays_empty_and_isolating_twice_changes_nothing)
{
    EXPECT_EQ(DisplayText::isolate(QString()), QString());
    const QString once = DisplayText::isolate(QStringLiteral("Anna"));
    EXPECT_EQ(DisplayText::isolate(once), once);
    // Two isolates side by side are not one whole isolate: they are wrapped together.
    const QString two = once + once;
    EXPECT_EQ(DisplayText::isolate(two), Fsi + two + Pdi);
}

TEST(DisplayTextTest, an_override_stored_before_names_refused_it_stays_inside_the_isolate)
{
    // U+202E RIGHT-TO-LEFT OVERRIDE: the closing isolate ends it (UAX #9, X6a), so it cannot
    // reverse what follows the name.
    const QString legacy = QStringLiteral("Anna\u202Eevil");
    EXPECT_EQ(DisplayText::isolate(legacy), Fsi + legacy + Pdi);
}

TEST(DisplayTextTest, a_stray_closing_isolate_inside_cannot_end_the_wrapper_early)
{
    EXPECT_EQ(DisplayText::isolate(QStringLiteral("Anna\u2069\u202Eevil")),
              Fsi + QStringLiteral("Anna\u202Eevil") + Pdi);
}

TEST(DisplayTextTest, an_isolate_left_open_inside_is_closed_before_the_wrapper)
{
    EXPECT_EQ(DisplayText::isolate(QStringLiteral("Anna\u2067evil")),
              Fsi + QStringLiteral("Anna\u2067evil") + Pdi + Pdi);
    // Matched isolates inside are kept as they are.
    const QString nested = QStringLiteral("a \u2066b\u2069 c");
    EXPECT_EQ(DisplayText::isolate(nested), Fsi + nested + Pdi);
}

TEST(DisplayTextTest, without_isolates_gives_back_the_text_as_stored)
{
    Patient p;
    p.familyName = QStringLiteral("כהן");
    p.givenName = QStringLiteral("שרה");
    EXPECT_EQ(DisplayText::withoutIsolates(p.isolatedDisplayName()), p.displayName());
    EXPECT_EQ(DisplayText::withoutIsolates(QStringLiteral("a\u2066b\u2067c\u2068d\u2069")),
              QStringLiteral("abcd"));
}

// The sentence of the issue: a Hebrew name composed beside a date of birth keeps the date after
// it, because the name is one isolate: to the text around it, a single neutral character.
TEST(DisplayTextTest, a_hebrew_name_beside_a_date_of_birth_is_isolated_in_the_composed_text)
{
    Patient p;
    p.familyName = QStringLiteral("כהן");
    p.givenName = QStringLiteral("שרה");
    const QString row = p.isolatedDisplayName() + QStringLiteral("  \u00b7  12/03/1984");
    EXPECT_EQ(row, Fsi + Fsi + QStringLiteral("כהן") + Pdi + QStringLiteral(", ") + Fsi
                       + QStringLiteral("שרה") + Pdi + Pdi
                       + QStringLiteral("  \u00b7  12/03/1984"));
}

} // namespace
namespace {

// A translation that answers DisplayText's "lower case" question as German does.
class KeepsCapitals final : public QTranslator {
public:
    QString translate(const char* context, const char* source, const char*, int) const override
    {
        if (qstrcmp(context, "DisplayText") == 0 && qstrcmp(source, "lower case") == 0)
            return QStringLiteral("as written");
        return {};
    }
    [[nodiscard]] bool isEmpty() const override { return false; }
};

} // namespace

TEST(DisplayTextTest,
     a_label_goes_lower_case_in_an_english_sentence_and_keeps_its_capital_where_the_language_says)
{
    EXPECT_EQ(DisplayText::inSentence(QStringLiteral("Stretching")), QStringLiteral("stretching"));
    KeepsCapitals german;
    QCoreApplication::installTranslator(&german);
    EXPECT_EQ(DisplayText::inSentence(QStringLiteral("Dehnung")), QStringLiteral("Dehnung"));
    QCoreApplication::removeTranslator(&german);
    EXPECT_EQ(DisplayText::inSentence(QStringLiteral("Left")), QStringLiteral("left"));
}

} // namespace needlechart
