#include "needlechart/domain/session/NoteSearchText.h"

#include "needlechart/domain/bodymap/MuscleCatalogue.h"
#include "needlechart/domain/patients/SearchText.h"

#include "SessionSamples.h"

#include <gtest/gtest.h>

namespace needlechart {
namespace {

const QDateTime Treated(QDate(2026, 11, 24), QTime(10, 0), Qt::UTC);

const MuscleCatalogue& catalogue()
{
    return MuscleCatalogue::builtIn();
}

QStringList linesOf(const QString& document)
{
    return document.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

TEST(NoteSearchTextTest, document_has_one_line_per_piece_of_free_text_with_its_field)
{
    Session note = test::richSession(1, Treated);
    note.amendments = {Amendment{1, Treated.addDays(1), QStringLiteral("Alex Morgan"),
                                 QStringLiteral("Wrong side"), QStringLiteral("Left, not right"),
                                 0}};
    const QStringList lines = linesOf(NoteSearchText::document(note, catalogue()));

    EXPECT_TRUE(lines.contains(QStringLiteral("complaint\t") + note.presentingComplaint));
    EXPECT_TRUE(lines.contains(
        QStringLiteral("point\tTrapezius (upper fibres), right: Pincer grip, needle horizontal.")));
    EXPECT_TRUE(lines.contains(QStringLiteral("point\tInfraspinatus, left")));
    EXPECT_TRUE(lines.contains(QStringLiteral("care\tStretching: Upper trapezius, 3 x 30 s")));
    EXPECT_TRUE(lines.contains(QStringLiteral("amendment\tWrong side: Left, not right")));
    EXPECT_TRUE(lines.contains(QStringLiteral("advice\t") + note.advice));
    for (const QString& line : lines)
        EXPECT_GT(line.indexOf(QLatin1Char('\t')), 0) << qPrintable(line);
}

TEST(NoteSearchTextTest, multi_line_text_stays_on_one_line)
{
    Session note = test::richSession(1, Treated);
    note.presentingComplaint = QStringLiteral("Elbow pain\nsince March\r\n\tworse gripping");
    const QStringList lines = linesOf(NoteSearchText::document(note, catalogue()));
    EXPECT_EQ(lines.first(), QStringLiteral("complaint\tElbow pain since March worse gripping"));
}

TEST(NoteSearchTextTest, tokens_are_folded_and_include_the_muscles_group_and_keywords)
{
    Session note = test::richSession(1, Treated);
    note.presentingComplaint = QStringLiteral("Épicondylalgie LATÉRALE du coude");
    const QStringList tokens = NoteSearchText::tokens(note, catalogue());
    EXPECT_TRUE(tokens.contains(QStringLiteral("epicondylalgie")));
    EXPECT_TRUE(tokens.contains(QStringLiteral("laterale")));
    EXPECT_TRUE(tokens.contains(QStringLiteral("trapezius")));
    EXPECT_TRUE(tokens.contains(QStringLiteral("cuff"))) << "infraspinatus is rotator cuff";
    EXPECT_TRUE(tokens.contains(QStringLiteral("traps"))) << "a keyword of upper trapezius";
    EXPECT_FALSE(tokens.contains(QStringLiteral("complaint"))) << "field keys are not words";
    EXPECT_EQ(tokens.size(), QSet<QString>(tokens.cbegin(), tokens.cend()).size());
}

TEST(NoteSearchTextTest, an_empty_note_has_no_document_and_no_tokens)
{
    Session empty;
    EXPECT_TRUE(NoteSearchText::document(empty, catalogue()).isEmpty());
    EXPECT_TRUE(NoteSearchText::tokens(empty, catalogue()).isEmpty());
}

TEST(NoteSearchTextTest, excerpts_mark_each_word_a_term_begins_whatever_its_case_and_accents)
{
    const QString document = QStringLiteral("complaint\tDouleur au coude, épicondyle droit\n"
                                            "advice\tIce the ELBOW twice a day\n"
                                            "follow-up\tReview in a week\n");
    const QList<NoteExcerpt> found =
        NoteSearchText::excerpts(document, SearchText::queryTerms(QStringLiteral("Epicond elb")));
    ASSERT_EQ(found.size(), 2);
    EXPECT_EQ(found.at(0).field, NoteField::Complaint);
    ASSERT_EQ(found.at(0).highlights.size(), 1);
    const auto [at, length] = found.at(0).highlights.first();
    EXPECT_EQ(found.at(0).text.mid(at, length), QStringLiteral("épicondyle"));
    EXPECT_EQ(found.at(1).field, NoteField::Advice);
    EXPECT_EQ(found.at(1).text.mid(found.at(1).highlights.first().first,
                                   found.at(1).highlights.first().second),
              QStringLiteral("ELBOW"));
}

TEST(NoteSearchTextTest, a_term_inside_a_word_does_not_match)
{
    const QString document = QStringLiteral("complaint\tShoulder pain\n");
    EXPECT_TRUE(NoteSearchText::excerpts(document, {QStringLiteral("houlder")}).isEmpty());
    EXPECT_FALSE(NoteSearchText::bestExcerpt(document, {QStringLiteral("houlder")}).has_value());
}

TEST(NoteSearchTextTest, best_excerpt_is_the_line_matching_most_terms)
{
    const QString document =
        QStringLiteral("complaint\tLateral elbow pain\n"
                       "point\tExtensor carpi radialis brevis, right\n"
                       "advice\tRest the elbow from gripping; ice the elbow\n");
    const auto best =
        NoteSearchText::bestExcerpt(document, SearchText::queryTerms(QStringLiteral("elbow grip")));
    ASSERT_TRUE(best.has_value());
    EXPECT_EQ(best->field, NoteField::Advice);
    EXPECT_EQ(best->highlights.size(), 3) << "elbow, gripping, elbow";
}

TEST(NoteSearchTextTest, best_excerpt_of_a_long_line_is_cut_around_the_first_match)
{
    QString longText;
    for (int i = 0; i < 40; ++i)
        longText += QStringLiteral("word%1 ").arg(i);
    longText += QStringLiteral("sciatica ");
    for (int i = 40; i < 80; ++i)
        longText += QStringLiteral("word%1 ").arg(i);
    const QString document = QStringLiteral("complaint\t") + longText.trimmed() + QLatin1Char('\n');

    const auto best = NoteSearchText::bestExcerpt(document, {QStringLiteral("sciat")}, 80);
    ASSERT_TRUE(best.has_value());
    EXPECT_LE(best->text.size(), 82);
    EXPECT_TRUE(best->text.startsWith(QChar(0x2026)));
    EXPECT_TRUE(best->text.endsWith(QChar(0x2026)));
    ASSERT_EQ(best->highlights.size(), 1);
    EXPECT_EQ(best->text.mid(best->highlights.first().first, best->highlights.first().second),
              QStringLiteral("sciatica"));
}

TEST(NoteSearchTextTest, lines_with_an_unknown_field_are_skipped)
{
    const QString document = QStringLiteral("diagnosis\tElbow\nno tab here elbow\nadvice\tElbow\n");
    const QList<NoteExcerpt> found = NoteSearchText::excerpts(document, {QStringLiteral("elbow")});
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(found.first().field, NoteField::Advice);
}

} // namespace
} // namespace needlechart
