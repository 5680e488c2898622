#include "needlechart/domain/common/TextLimit.h"

#include "LocaleScope.h"
#include "QtPrinters.h"

#include <QLocale>

#include <gtest/gtest.h>

namespace needlechart {
namespace {

using test::LocaleScope;

TEST(TextLimitTest, the_message_names_the_field_its_limit_and_the_length_of_the_text)
{
    const LocaleScope british(QLocale(QLocale::English, QLocale::UnitedKingdom));
    EXPECT_EQ(TextLimit::message(QStringLiteral("The notes"), 4000, 4312),
              QStringLiteral("The notes can be at most 4,000 characters (this one has 4,312)."));
}

TEST(TextLimitTest, text_at_the_limit_passes_and_one_character_more_is_refused_for_its_field)
{
    QList<FieldError> errors;
    EXPECT_FALSE(TextLimit::check(errors, QStringLiteral("notes"), QStringLiteral("The notes"),
                                  QString(10, QLatin1Char('x')), 10));
    EXPECT_TRUE(errors.isEmpty());
    EXPECT_TRUE(TextLimit::check(errors, QStringLiteral("notes"), QStringLiteral("The notes"),
                                 QString(11, QLatin1Char('x')), 10));
    ASSERT_EQ(errors.size(), 1);
    EXPECT_EQ(errors.front().field, QStringLiteral("notes"));
    EXPECT_EQ(errors.front().message, TextLimit::message(QStringLiteral("The notes"), 10, 11));
}

} // namespace
} // namespace needlechart
