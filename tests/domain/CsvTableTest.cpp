#include "needlechart/domain/transfer/CsvTable.h"

#include "needlechart/domain/transfer/DecodedText.h"

#include <gtest/gtest.h>

namespace needlechart {
namespace {

QList<QStringList> fieldsOf(const Result<CsvTable>& table)
{
    QList<QStringList> rows;
    if (!table.ok())
        return rows;
    for (const CsvTable::Row& row : table->rows())
        rows.append(row.fields);
    return rows;
}

TEST(CsvTableTest, plain_fields_split_on_the_delimiter_and_every_line_end_style)
{
    const auto table = CsvTable::parse(u"a,b,c\r\n1,2,3\n4,5,6\r7,8,9", u',');
    ASSERT_TRUE(table.ok());
    EXPECT_EQ(
        fieldsOf(table),
        (QList<QStringList>{{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")},
                            {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")},
                            {QStringLiteral("4"), QStringLiteral("5"), QStringLiteral("6")},
                            {QStringLiteral("7"), QStringLiteral("8"), QStringLiteral("9")}}));
}

TEST(CsvTableTest, a_quoted_field_keeps_delimiters_doubled_quotes_and_line_breaks)
{
    const auto table = CsvTable::parse(
        u"name,address\r\n\"O'Brien, Siobhán\",\"1 \"\"The Lane\"\"\r\nLeeds\"\r\nnext,row", u',');
    ASSERT_TRUE(table.ok());
    ASSERT_EQ(table->rows().size(), 3);
    EXPECT_EQ(table->rows()[1].fields, (QStringList{QStringLiteral("O'Brien, Siobhán"),
                                                    QStringLiteral("1 \"The Lane\"\r\nLeeds")}));
    EXPECT_EQ(table->rows()[2].line, 4) << "the quoted line break counts as a line of the file";
}

TEST(CsvTableTest, empty_fields_are_kept_and_blank_lines_are_skipped)
{
    const auto table = CsvTable::parse(u"a,,c\n\n,\n\r\n\"\"\n", u',');
    ASSERT_TRUE(table.ok());
    EXPECT_EQ(fieldsOf(table),
              (QList<QStringList>{{QStringLiteral("a"), QString(), QStringLiteral("c")},
                                  {QString(), QString()},
                                  {QString()}}));
    EXPECT_EQ(table->rows()[1].line, 3);
}

TEST(CsvTableTest, a_quote_never_closed_is_an_error_naming_its_line)
{
    const auto table = CsvTable::parse(u"a,b\n1,\"unfinished\n2,3\n", u',');
    ASSERT_FALSE(table.ok());
    EXPECT_EQ(table.error().code, ErrorCode::Validation);
    EXPECT_TRUE(table.error().message.contains(QStringLiteral("line 2")))
        << table.error().message.toStdString();
}

TEST(CsvTableTest, a_quote_inside_an_unquoted_field_is_text)
{
    const auto table = CsvTable::parse(u"5'11\",x", u',');
    ASSERT_TRUE(table.ok());
    EXPECT_EQ(fieldsOf(table),
              (QList<QStringList>{{QStringLiteral("5'11\""), QStringLiteral("x")}}));
}

TEST(CsvTableTest, the_delimiter_is_the_one_that_splits_the_lines_alike)
{
    EXPECT_EQ(CsvTable::detectDelimiter(u"a,b,c\n1,2,3\n"), QLatin1Char(','));
    EXPECT_EQ(CsvTable::detectDelimiter(u"Name;Vorname;Geburtsdatum\nMüller;Jörg;01.02.1970\n"),
              QLatin1Char(';'))
        << "German Excel";
    EXPECT_EQ(CsvTable::detectDelimiter(u"a\tb\n\"x, y\"\tz\n"), QLatin1Char('\t'));
    EXPECT_EQ(CsvTable::detectDelimiter(u"\"Smith, John\";1970\n\"Doe, Jane\";1980\n"),
              QLatin1Char(';'))
        << "a comma inside quotes does not count";
    EXPECT_EQ(CsvTable::detectDelimiter(u"one column\nonly\n"), QLatin1Char(','));
}

TEST(DecodedTextTest, utf8_with_and_without_a_byte_order_mark)
{
    const DecodedText bom = DecodedText::decode(QByteArray("\xEF\xBB\xBFJ\xC3\xB6rg"));
    EXPECT_EQ(bom.encoding, DecodedText::Encoding::Utf8WithBom);
    EXPECT_EQ(bom.text, QStringLiteral("Jörg"));
    const DecodedText plain = DecodedText::decode(QByteArray("\xE6\x9D\x8E\xE5\xB0\x8F"));
    EXPECT_EQ(plain.encoding, DecodedText::Encoding::Utf8);
    EXPECT_EQ(plain.text, QStringLiteral("李小"));
}

TEST(DecodedTextTest, bytes_that_are_not_utf8_are_read_as_windows_1252)
{
    // "Jörg – 5 €" as Excel on Windows saves it: ö is 0xF6, the dash 0x96, the euro sign 0x80.
    const DecodedText text = DecodedText::decode(QByteArray("J\xF6rg \x96 5 \x80"));
    EXPECT_EQ(text.encoding, DecodedText::Encoding::Windows1252);
    EXPECT_EQ(text.text, QStringLiteral("Jörg – 5 €"));
    EXPECT_EQ(DecodedText::nameOf(text.encoding), QStringLiteral("Windows-1252"));
}

} // namespace
} // namespace needlechart
