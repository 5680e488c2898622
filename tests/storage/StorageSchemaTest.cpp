// The two back ends' migration files must build the same schema: the same tables, the same
// columns in the same order with the same kind of type and nullability, the same primary keys
// and the same indexes. A migration added to one back end and not the other fails here.
#include "needlechart/storage/database/Database.h"
#include "needlechart/storage/database/Migrator.h"

#include "QtPrinters.h"
#include "RawConnection.h"
#include "TempDatabase.h"
#include "TestServer.h"

#include <QSqlQuery>

#include <gtest/gtest.h>

#include <map>
#include <string>
#include <vector>

using namespace needlechart;

namespace {

struct Column {
    std::string name;
    std::string kind; // integer, real, text or blob
    bool notNull = false;
    int primaryKeyPosition = 0; // 1-based place in the primary key; 0 if not in it

    friend bool operator==(const Column&, const Column&) = default;
};

std::ostream& operator<<(std::ostream& out, const Column& c)
{
    return out << c.name << ' ' << c.kind << (c.notNull ? " not null" : "") << " pk"
               << c.primaryKeyPosition;
}

struct Schema {
    std::map<std::string, std::vector<Column>> tables;
    std::map<std::string, std::string> indexes; // name -> table
};

// One word for a declared type, by SQLite's affinity rules and PostgreSQL's type names.
std::string kindOf(QString type)
{
    type = type.toLower();
    if (type.contains(QStringLiteral("int")))
        return "integer";
    if (type.contains(QStringLiteral("real")) || type.contains(QStringLiteral("double")))
        return "real";
    if (type.contains(QStringLiteral("blob")) || type == QStringLiteral("bytea"))
        return "blob";
    if (type.contains(QStringLiteral("text")))
        return "text";
    return "other: " + type.toStdString();
}

Schema sqliteSchema(const QSqlDatabase& db)
{
    Schema schema;
    QSqlQuery tables(db);
    EXPECT_TRUE(tables.exec(QStringLiteral(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")));
    while (tables.next()) {
        const QString table = tables.value(0).toString();
        QSqlQuery columns(db);
        columns.prepare(QStringLiteral(
            "SELECT name, type, \"notnull\", pk FROM pragma_table_info(?) ORDER BY cid"));
        columns.addBindValue(table);
        EXPECT_TRUE(columns.exec());
        auto& list = schema.tables[table.toStdString()];
        while (columns.next()) {
            // SQLite lets a primary key column hold NULL unless it says NOT NULL; an INTEGER
            // PRIMARY KEY is the rowid, which never is NULL.
            const int pk = columns.value(3).toInt();
            list.push_back({columns.value(0).toString().toStdString(),
                            kindOf(columns.value(1).toString()),
                            columns.value(2).toInt() == 1 || pk > 0, pk});
        }
    }
    QSqlQuery indexes(db);
    EXPECT_TRUE(indexes.exec(QStringLiteral("SELECT name, tbl_name FROM sqlite_master WHERE type = "
                                            "'index' AND name NOT LIKE 'sqlite_autoindex_%'")));
    while (indexes.next())
        schema.indexes[indexes.value(0).toString().toStdString()] =
            indexes.value(1).toString().toStdString();
    return schema;
}

Schema postgresSchema(const QSqlDatabase& db)
{
    Schema schema;
    QSqlQuery columns(db);
    EXPECT_TRUE(columns.exec(QStringLiteral(
        "SELECT c.table_name, c.column_name, c.data_type, c.is_nullable, "
        "COALESCE((SELECT k.ordinal_position FROM information_schema.key_column_usage k "
        "JOIN information_schema.table_constraints t ON t.constraint_name = k.constraint_name "
        "AND t.table_schema = k.table_schema WHERE t.constraint_type = 'PRIMARY KEY' "
        "AND k.table_schema = c.table_schema AND k.table_name = c.table_name "
        "AND k.column_name = c.column_name), 0) "
        "FROM information_schema.columns c WHERE c.table_schema = current_schema() "
        "ORDER BY c.table_name, c.ordinal_position")));
    while (columns.next())
        schema.tables[columns.value(0).toString().toStdString()].push_back(
            {columns.value(1).toString().toStdString(), kindOf(columns.value(2).toString()),
             columns.value(3).toString() == QStringLiteral("NO"), columns.value(4).toInt()});
    QSqlQuery indexes(db);
    EXPECT_TRUE(indexes.exec(QStringLiteral(
        "SELECT indexname, tablename FROM pg_indexes WHERE schemaname = current_schema() "
        "AND indexname NOT LIKE '%_pkey'")));
    while (indexes.next())
        schema.indexes[indexes.value(0).toString().toStdString()] =
            indexes.value(1).toString().toStdString();
    return schema;
}

} // namespace

TEST(StorageSchemaTest, both_back_ends_have_migrations_up_to_the_same_latest_version)
{
    ASSERT_FALSE(Migrator::migrations(Backend::Sqlite).empty());
    ASSERT_FALSE(Migrator::migrations(Backend::PostgreSql).empty());
    EXPECT_EQ(Migrator::migrations(Backend::PostgreSql).back().version, Migrator::latestVersion());
    EXPECT_EQ(Migrator::migrations(Backend::PostgreSql).front().version, 8)
        << "PostgreSQL support begins at schema 8";
    // From schema 8 on, every version has a file on both back ends.
    std::vector<int> sqliteFrom8;
    for (const auto& m : Migrator::migrations(Backend::Sqlite))
        if (m.version >= 8)
            sqliteFrom8.push_back(m.version);
    std::vector<int> postgres;
    for (const auto& m : Migrator::migrations(Backend::PostgreSql))
        postgres.push_back(m.version);
    EXPECT_EQ(sqliteFrom8, postgres);
}

TEST(StorageSchemaTest, sqlite_and_postgresql_build_the_same_tables_columns_keys_and_indexes)
{
    if (!test::TestServer::isConfigured())
        GTEST_SKIP() << "no PostgreSQL test server (run through scripts/test.sh)";
    test::TempDatabase file(Backend::Sqlite);
    test::TempDatabase server(Backend::PostgreSql);
    auto sqlite = file.open();
    auto postgres = server.open();
    ASSERT_NE(sqlite, nullptr);
    ASSERT_NE(postgres, nullptr);
    const Schema a = sqliteSchema(sqlite->connection());
    const Schema b = postgresSchema(postgres->connection());
    ASSERT_GT(a.tables.size(), 10u);

    std::vector<std::string> namesA;
    std::vector<std::string> namesB;
    for (const auto& [name, columns] : a.tables)
        namesA.push_back(name);
    for (const auto& [name, columns] : b.tables)
        namesB.push_back(name);
    ASSERT_EQ(namesA, namesB);
    for (const auto& [name, columns] : a.tables) {
        SCOPED_TRACE(name);
        EXPECT_EQ(columns, b.tables.at(name));
    }
    EXPECT_EQ(a.indexes, b.indexes);
}
