#include "needlechart/storage/database/Migrator.h"

#include "QtPrinters.h"

#include <gtest/gtest.h>

using namespace needlechart;

namespace {

QStringList split(const QString& sql)
{
    return Migrator::splitStatements(sql);
}

QStringList simplified(const QStringList& statements)
{
    QStringList result;
    for (const QString& s : statements)
        result.append(s.simplified());
    return result;
}

} // namespace

TEST(MigratorSplitTest, statements_are_split_on_semicolons_and_trimmed)
{
    EXPECT_EQ(
        split(QStringLiteral("CREATE TABLE a (x);\n  CREATE TABLE b (y);  \n")),
        (QStringList{QStringLiteral("CREATE TABLE a (x)"), QStringLiteral("CREATE TABLE b (y)")}));
}

TEST(MigratorSplitTest, last_statement_needs_no_semicolon)
{
    EXPECT_EQ(split(QStringLiteral("SELECT 1; SELECT 2")),
              (QStringList{QStringLiteral("SELECT 1"), QStringLiteral("SELECT 2")}));
}

TEST(MigratorSplitTest, empty_statements_are_dropped)
{
    EXPECT_EQ(split(QStringLiteral(";;\n ; SELECT 1;;")), QStringList{QStringLiteral("SELECT 1")});
    EXPECT_TRUE(split(QString()).isEmpty());
    EXPECT_TRUE(split(QStringLiteral("  \n\t ")).isEmpty());
}

TEST(MigratorSplitTest, line_comments_are_removed_with_their_semicolons)
{
    const QString sql = QStringLiteral("-- header; with a semicolon\n"
                                       "CREATE TABLE a (x); -- trailing; comment\n"
                                       "-- only a comment\n"
                                       "CREATE TABLE b (y)");
    EXPECT_EQ(simplified(split(sql)), (QStringList{QStringLiteral("CREATE TABLE a (x)"),
                                                   QStringLiteral("CREATE TABLE b (y)")}));
}

TEST(MigratorSplitTest, a_file_of_comments_only_has_no_statements)
{
    EXPECT_TRUE(split(QStringLiteral("-- nothing here;\n/* nor; here */\n-- end")).isEmpty());
}

TEST(MigratorSplitTest, block_comments_are_removed_with_their_semicolons)
{
    const QString sql =
        QStringLiteral("/* first; block\n spans; lines */ CREATE TABLE a (x /* inline; */);\n"
                       "CREATE TABLE b (y)");
    EXPECT_EQ(simplified(split(sql)), (QStringList{QStringLiteral("CREATE TABLE a (x )"),
                                                   QStringLiteral("CREATE TABLE b (y)")}));
}

TEST(MigratorSplitTest, block_comment_separates_words_like_whitespace)
{
    // In SQL a comment is whitespace: "INTEGER/* id */NOT NULL" is "INTEGER NOT NULL".
    EXPECT_EQ(simplified(split(QStringLiteral("SELECT/* a */1"))),
              QStringList{QStringLiteral("SELECT 1")});
    EXPECT_EQ(simplified(split(QStringLiteral("CREATE TABLE t (x INTEGER/* the id */NOT NULL)"))),
              QStringList{QStringLiteral("CREATE TABLE t (x INTEGER NOT NULL)")});
}

TEST(MigratorSplitTest, semicolons_inside_quotes_do_not_split)
{
    const QString sql = QStringLiteral("INSERT INTO t VALUES ('a;b', \"c;d\");\n"
                                       "INSERT INTO t VALUES ('it''s; fine', 'x')");
    EXPECT_EQ(split(sql),
              (QStringList{QStringLiteral("INSERT INTO t VALUES ('a;b', \"c;d\")"),
                           QStringLiteral("INSERT INTO t VALUES ('it''s; fine', 'x')")}));
}

TEST(MigratorSplitTest, comment_markers_inside_quotes_are_text)
{
    const QString sql =
        QStringLiteral("INSERT INTO t VALUES ('--not a comment;', '/* nor; this */');\nSELECT 2");
    EXPECT_EQ(
        split(sql),
        (QStringList{QStringLiteral("INSERT INTO t VALUES ('--not a comment;', '/* nor; this */')"),
                     QStringLiteral("SELECT 2")}));
}

TEST(MigratorSplitTest, quotes_inside_comments_do_not_open_strings)
{
    const QString sql = QStringLiteral("-- don't stop here\nSELECT 1; /* it's */ SELECT 2");
    EXPECT_EQ(simplified(split(sql)),
              (QStringList{QStringLiteral("SELECT 1"), QStringLiteral("SELECT 2")}));
}

TEST(MigratorSplitTest, shipped_migrations_split_into_their_statements)
{
    for (const auto& migration : Migrator::migrations()) {
        SCOPED_TRACE(migration.name.toStdString());
        const QStringList statements = split(migration.sql);
        ASSERT_FALSE(statements.isEmpty());
        for (const QString& s : statements) {
            EXPECT_FALSE(s.contains(QStringLiteral("--"))) << s.toStdString();
            EXPECT_FALSE(s.endsWith(QLatin1Char(';'))) << s.toStdString();
            EXPECT_EQ(s, s.trimmed());
        }
        // Every statement is one the file spells out: as many as its semicolons outside comments,
        // less those inside a statement (a trigger's body).
        QStringList code;
        for (const QString& line : migration.sql.split(QLatin1Char('\n')))
            code.append(line.section(QStringLiteral("--"), 0, 0));
        qsizetype inside = 0;
        for (const QString& s : statements)
            inside += s.count(QLatin1Char(';'));
        EXPECT_EQ(statements.size(), code.join(QLatin1Char('\n')).count(QLatin1Char(';')) - inside);
    }
}

TEST(MigratorSplitTest, an_sqlite_trigger_is_one_statement_with_the_semicolons_of_its_body)
{
    const QStringList statements = Migrator::splitStatements(
        QStringLiteral("CREATE TABLE t (a);\n"
                       "CREATE TRIGGER t_no_update BEFORE UPDATE ON t\n"
                       "BEGIN\n    SELECT RAISE(ABORT, 'no; never');\n    SELECT 1;\nEND;\n"
                       "CREATE INDEX t_a ON t (a);"));

    ASSERT_EQ(statements.size(), 3);
    EXPECT_TRUE(statements[1].startsWith(QStringLiteral("CREATE TRIGGER")));
    EXPECT_TRUE(statements[1].endsWith(QStringLiteral("END")));
    EXPECT_TRUE(statements[1].contains(QStringLiteral("SELECT 1;")));
}

TEST(MigratorSplitTest, a_dollar_quoted_function_body_keeps_its_semicolons)
{
    const QStringList statements = Migrator::splitStatements(
        QStringLiteral("CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$\n"
                       "BEGIN\n    RAISE EXCEPTION 'no';\nEND\n$$;\nSELECT 2;"));

    ASSERT_EQ(statements.size(), 2);
    EXPECT_TRUE(statements[0].endsWith(QStringLiteral("$$")));
    EXPECT_EQ(statements[1], QStringLiteral("SELECT 2"));
}
