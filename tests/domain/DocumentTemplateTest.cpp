#include "needlechart/domain/documents/DocumentKind.h"
#include "needlechart/domain/documents/MarkdownTemplate.h"
#include "needlechart/domain/outcomes/OutcomeMeasureCatalogue.h"
#include "needlechart/domain/outcomes/ProgressText.h"

#include "QtPrinters.h"

#include <gtest/gtest.h>

using namespace needlechart;

TEST(MarkdownTemplateTest, lists_each_field_once_in_order_of_first_use)
{
    const QString text = QStringLiteral(
        "Dear {{recipient}},\n{{patient.name}} ({{ patient.dateOfBirth }}) and {{patient.name}}");
    EXPECT_EQ(MarkdownTemplate::fieldsIn(text),
              (QStringList{QStringLiteral("recipient"), QStringLiteral("patient.name"),
                           QStringLiteral("patient.dateOfBirth")}));
    EXPECT_EQ(MarkdownTemplate::unknownFields(QStringLiteral("{{patient.nmae}} {{today}}"),
                                              documentFields(DocumentKind::AftercareAdvice)),
              QStringList{QStringLiteral("patient.nmae")});
}

TEST(MarkdownTemplateTest, fills_known_fields_and_leaves_the_others_as_written)
{
    const QString filled = MarkdownTemplate::fill(
        QStringLiteral("To {{recipient}} about {{patient.name}}: {{unknown}}."),
        {{QStringLiteral("recipient"), QStringLiteral("Dr Patel")},
         {QStringLiteral("patient.name"), QStringLiteral("Hana Nakamura")}});
    EXPECT_EQ(filled, QStringLiteral("To Dr Patel about Hana Nakamura: {{unknown}}."));
}

TEST(MarkdownTemplateTest, a_value_with_markdown_or_html_is_escaped_so_it_prints_literally)
{
    EXPECT_EQ(
        MarkdownTemplate::escape(QStringLiteral("*Ann* <b>x</b> [a](b) # _y_ `z` | &amp; {{x}}")),
        QStringLiteral("\\*Ann\\* \\<b\\>x\\</b\\> \\[a\\](b) \\# \\_y\\_ \\`z\\` \\| \\&amp; "
                       "\\{\\{x\\}\\}"));
    EXPECT_EQ(MarkdownTemplate::escape(QStringLiteral("Dr Ünal O'Brien-Smith, 1. Rd.")),
              QStringLiteral("Dr Ünal O'Brien-Smith, 1. Rd."))
        << "ordinary punctuation inside a line stays as typed";
    EXPECT_EQ(MarkdownTemplate::escape(QStringLiteral("12. Main St")),
              QStringLiteral("12\\. Main St"))
        << "not a numbered list";
    EXPECT_EQ(MarkdownTemplate::escape(QStringLiteral("+ 3")), QStringLiteral("\\+ 3"));
}

TEST(MarkdownTemplateTest, a_value_over_several_lines_stays_in_its_paragraph)
{
    EXPECT_EQ(
        MarkdownTemplate::escape(QStringLiteral("Review in 7 days\n\n    # not a heading\r\n- "
                                                "not a list\n")),
        QStringLiteral("Review in 7 days\\\n\\# not a heading\\\n\\- not a list"))
        << "hard breaks, no blank line, no indented code, no heading, no list";
}

TEST(DocumentKindTest, letters_have_the_record_fields_and_the_advice_sheet_only_the_common_ones)
{
    const QStringList sheet = documentFields(DocumentKind::AftercareAdvice);
    const QStringList letter = documentFields(DocumentKind::ReferrerLetter);
    EXPECT_TRUE(sheet.contains(QStringLiteral("clinic.phone")));
    EXPECT_FALSE(sheet.contains(QStringLiteral("findings")));
    EXPECT_TRUE(letter.contains(QStringLiteral("findings")));
    EXPECT_TRUE(letter.contains(QStringLiteral("painTrend")));
    EXPECT_EQ(letter, documentFields(DocumentKind::DischargeSummary));
    EXPECT_FALSE(isLetter(DocumentKind::AftercareAdvice));
    EXPECT_TRUE(isLetter(DocumentKind::DischargeSummary));
    for (DocumentKind kind : enumValues<DocumentKind>())
        EXPECT_EQ(enumFromKey<DocumentKind>(enumKey(kind)), kind);
}

namespace {

const OutcomeMeasure& measure(const QString& id)
{
    const OutcomeMeasure* found = OutcomeMeasureCatalogue::builtIn().find(id);
    EXPECT_NE(found, nullptr);
    return *found;
}

PainTrend::Visit visit(int day, std::optional<int> before)
{
    return {QDateTime(QDate(2026, 11, day), QTime(9, 0), Qt::UTC), before, std::nullopt};
}

OutcomeCompletion psfs(int day, double score, bool voided = false)
{
    OutcomeCompletion c;
    c.measureId = OutcomeMeasureCatalogue::PatientSpecificFunctionalScale;
    c.completedAt = QDateTime(QDate(2026, 11, day), QTime(9, 0), Qt::UTC);
    c.score = score;
    if (voided)
        c.voidedAt = c.completedAt.addSecs(60);
    return c;
}

} // namespace

TEST(ProgressTextTest, pain_says_how_far_it_moved_against_the_mcid)
{
    const OutcomeMeasure& nprs = measure(OutcomeMeasureCatalogue::PainRating);
    PainTrend trend;
    trend.visits = {visit(2, 7), visit(9, 5), visit(16, 3)};
    EXPECT_EQ(ProgressText::pain(trend, nprs),
              QStringLiteral("Pain before treatment (NPRS) fell from 7/10 at the first visit to "
                             "3/10 at the latest: 4 points, at least the 2-point minimal "
                             "clinically important difference."));
    trend.visits = {visit(2, 5), visit(9, 6)};
    EXPECT_TRUE(ProgressText::pain(trend, nprs).contains(QStringLiteral("rose from 5/10")));
    EXPECT_TRUE(ProgressText::pain(trend, nprs).contains(QStringLiteral("less than the")));
    trend.visits = {visit(2, 5)};
    EXPECT_TRUE(ProgressText::pain(trend, nprs).contains(QStringLiteral("one visit")));
    trend.visits = {};
    EXPECT_EQ(ProgressText::pain(trend, nprs),
              QStringLiteral("No pain score was recorded before treatment."));
}

TEST(ProgressTextTest, a_measure_leaves_out_completions_entered_in_error)
{
    const OutcomeMeasure& scale = measure(OutcomeMeasureCatalogue::PatientSpecificFunctionalScale);
    EXPECT_TRUE(ProgressText::measure(scale, {}).isEmpty());
    const QString text =
        ProgressText::measure(scale, {psfs(16, 7.4), psfs(2, 3.2), psfs(20, 0.0, true)});
    EXPECT_TRUE(
        text.contains(QStringLiteral("rose from 3.2 to 7.4 over 2 completions, 4.2 points")))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("better, at least the 2-point")))
        << text.toStdString();
    EXPECT_EQ(ProgressText::score(4.0), QStringLiteral("4"));
    EXPECT_EQ(ProgressText::score(4.25), QStringLiteral("4.3"));
}
