// Upgrading files written by earlier versions: every earlier schema version is built with the
// Migrator, filled through raw SQL valid at that version, and then opened normally.
#include "needlechart/domain/patients/SearchText.h"
#include "needlechart/storage/database/Database.h"
#include "needlechart/storage/database/Migrator.h"
#include "needlechart/storage/patients/PatientRepository.h"

#include "ErrorText.h"
#include "QtPrinters.h"
#include "RawConnection.h"
#include "TempDatabase.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <gtest/gtest.h>

using namespace needlechart;
using test::RawConnection;

namespace {

using test::describe;

struct LegacyRow {
    QString family;
    QString given;
    QString dateOfBirth;
    QString phone;
    QString notes;
};

const QList<LegacyRow> LegacyRows = {
    {QStringLiteral("Müller"), QStringLiteral("Jürgen"), QStringLiteral("1971-05-14"),
     QStringLiteral("07700 900123"), QStringLiteral("Written by version 1")},
    {QStringLiteral("O'Brien"), QStringLiteral("Siobhán"), QStringLiteral("1984-03-12"),
     QStringLiteral("+44 7700 900456"), QString()},
    {QStringLiteral("Åberg"), QStringLiteral("Astrid"), QStringLiteral("1990-12-01"), QString(),
     QStringLiteral("Line one\nLine two")},
};

// Inserts LegacyRows with SQL that is valid from schema version 1 on (the patient table's first
// shape). Returns the driver error, empty on success.
QString insertLegacyRows(const QSqlDatabase& db)
{
    for (const LegacyRow& row : LegacyRows) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral(
            "INSERT INTO patient (family_name, given_name, date_of_birth, phone, notes, "
            "created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, '2020-01-02T03:04:05.000Z', '2020-01-02T03:04:05.000Z')"));
        q.addBindValue(row.family);
        q.addBindValue(row.given);
        q.addBindValue(row.dateOfBirth);
        q.addBindValue(row.phone.isNull() ? QStringLiteral("") : row.phone);
        q.addBindValue(row.notes.isNull() ? QStringLiteral("") : row.notes);
        if (!q.exec())
            return q.lastError().text();
    }
    return {};
}

// Builds a file at schema `version` (0 = empty) with LegacyRows in it, and closes it.
void buildFileAtVersion(const QString& path, int version)
{
    auto db = Database::open(path, DatabaseOptions{.migrate = false});
    ASSERT_TRUE(db.ok()) << describe(db.error());
    ASSERT_EQ(*(*db)->schemaVersion(), 0);
    Migrator migrator(**db);
    auto reached = migrator.migrateTo(version);
    ASSERT_TRUE(reached.ok()) << describe(reached.error());
    ASSERT_EQ(*reached, version);
    ASSERT_EQ(*(*db)->schemaVersion(), version);
    if (version >= 1) {
        ASSERT_EQ(insertLegacyRows((*db)->connection()), QString());
    }
}

QSet<QString> tablesOf(const QSqlDatabase& db)
{
    QSet<QString> tables;
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"))) {
        while (q.next())
            tables.insert(q.value(0).toString());
    }
    return tables;
}

std::vector<PatientSummary> search(PatientRepository& repo, const QString& text)
{
    PatientQuery q;
    q.searchText = text;
    auto rows = repo.list(q);
    EXPECT_TRUE(rows.ok()) << describe(rows.error());
    return rows.ok() ? *rows : std::vector<PatientSummary>{};
}

} // namespace

TEST(MigrationTest, migrations_are_numbered_from_1_without_gaps)
{
    const auto& migrations = Migrator::migrations();
    ASSERT_FALSE(migrations.empty());
    for (std::size_t i = 0; i < migrations.size(); ++i) {
        EXPECT_EQ(migrations[i].version, int(i) + 1) << migrations[i].name.toStdString();
        EXPECT_FALSE(migrations[i].name.isEmpty());
        EXPECT_FALSE(Migrator::splitStatements(migrations[i].sql).isEmpty());
    }
    EXPECT_EQ(Migrator::latestVersion(), migrations.back().version);
}

TEST(MigrationTest, migrator_climbs_one_version_at_a_time)
{
    test::TempDatabase temp;
    auto db = temp.open(DatabaseOptions{.migrate = false});
    ASSERT_NE(db, nullptr);
    Migrator migrator(*db);
    ASSERT_EQ(*migrator.currentVersion(), 0);
    for (int v = 1; v <= Migrator::latestVersion(); ++v) {
        auto reached = migrator.migrateTo(v);
        ASSERT_TRUE(reached.ok()) << describe(reached.error());
        EXPECT_EQ(*reached, v);
        EXPECT_EQ(*migrator.currentVersion(), v);
        EXPECT_EQ(*db->schemaVersion(), v);
    }
    EXPECT_EQ(db->transactionDepth(), 0);
}

TEST(MigrationTest, migrating_to_the_current_or_an_older_version_changes_nothing)
{
    test::TempDatabase temp;
    auto db = temp.open();
    ASSERT_NE(db, nullptr);
    Migrator migrator(*db);
    const int latest = Migrator::latestVersion();
    EXPECT_EQ(*migrator.migrateTo(), latest);
    EXPECT_EQ(*migrator.migrateTo(1), latest);
    EXPECT_EQ(*migrator.migrateTo(latest + 5), latest);
    EXPECT_EQ(*db->schemaVersion(), latest);
}

TEST(MigrationTest, migrator_refuses_a_newer_schema)
{
    test::TempDatabase temp;
    auto db = temp.open(DatabaseOptions{.migrate = false});
    ASSERT_NE(db, nullptr);
    ASSERT_EQ(RawConnection::run(
                  db->connection(),
                  QStringLiteral("PRAGMA user_version = %1").arg(Migrator::latestVersion() + 1)),
              QString());
    auto migrated = Migrator(*db).migrateTo();
    ASSERT_FALSE(migrated.ok());
    EXPECT_EQ(migrated.error().code, ErrorCode::NewerSchema);
    EXPECT_EQ(*db->schemaVersion(), Migrator::latestVersion() + 1);
}

TEST(MigrationTest, empty_file_is_migrated_to_the_latest_schema_without_a_backup)
{
    test::TempDatabase temp;
    buildFileAtVersion(temp.path(), 0);
    auto db = temp.open();
    ASSERT_NE(db, nullptr);
    EXPECT_EQ(*db->schemaVersion(), Migrator::latestVersion());
    EXPECT_TRUE(db->backupPath().isEmpty());
    EXPECT_TRUE(QDir(temp.dir()).entryList({QStringLiteral("*.bak")}).isEmpty());
    const QSet<QString> tables = tablesOf(db->connection());
    for (const QString& table : {QStringLiteral("patient"), QStringLiteral("patient_search_token"),
                                 QStringLiteral("app_meta")})
        EXPECT_TRUE(tables.contains(table)) << table.toStdString();
    PatientRepository repo(*db);
    EXPECT_TRUE(repo.ensureSearchIndex().ok());
    EXPECT_EQ(*repo.count({}), 0);
}

TEST(MigrationTest, every_earlier_version_is_upgraded_with_its_data_kept_and_backed_up)
{
    ASSERT_GE(Migrator::latestVersion(), 2) << "nothing to upgrade from";
    for (int version = 1; version < Migrator::latestVersion(); ++version) {
        SCOPED_TRACE(::testing::Message() << "from schema version " << version);
        test::TempDatabase temp;
        buildFileAtVersion(temp.path(), version);
        if (::testing::Test::HasFatalFailure())
            return;
        const QByteArray before = test::readFileBytes(temp.path());

        auto db = temp.open();
        ASSERT_NE(db, nullptr);
        EXPECT_EQ(*db->schemaVersion(), Migrator::latestVersion());

        // The copy taken before the upgrade: a sound SQLite file at the old version, same rows.
        const QString backup = db->backupPath();
        ASSERT_FALSE(backup.isEmpty()) << "no backup before upgrading";
        EXPECT_TRUE(QFileInfo::exists(backup)) << backup.toStdString();
        EXPECT_EQ(QFileInfo(backup).absolutePath(), QFileInfo(temp.path()).absolutePath());
        EXPECT_TRUE(QFileInfo(backup).fileName().contains(QStringLiteral("schema-%1").arg(version)))
            << backup.toStdString();
        EXPECT_TRUE(test::readFileBytes(backup).startsWith(QByteArray("SQLite format 3\0", 16)));
        EXPECT_NE(test::readFileBytes(backup), QByteArray());
        {
            RawConnection copy(backup, QStringLiteral("QSQLITE_OPEN_READONLY"));
            ASSERT_TRUE(copy.isOpen()) << copy.openError().toStdString();
            EXPECT_EQ(copy.scalar(QStringLiteral("PRAGMA user_version")).toInt(), version);
            EXPECT_EQ(copy.scalar(QStringLiteral("PRAGMA integrity_check")).toString(),
                      QStringLiteral("ok"));
            EXPECT_EQ(copy.scalar(QStringLiteral("SELECT COUNT(*) FROM patient")).toInt(),
                      LegacyRows.size());
            EXPECT_EQ(
                copy.scalar(QStringLiteral("SELECT family_name FROM patient ORDER BY id LIMIT 1"))
                    .toString(),
                LegacyRows.first().family);
        }

        // The rows came through with every field.
        PatientRepository repo(*db);
        ASSERT_TRUE(repo.ensureSearchIndex().ok());
        EXPECT_EQ(*repo.count({}), LegacyRows.size());
        for (int i = 0; i < LegacyRows.size(); ++i) {
            auto p = repo.get(i + 1);
            ASSERT_TRUE(p.ok()) << describe(p.error());
            EXPECT_EQ(p->familyName, LegacyRows[i].family);
            EXPECT_EQ(p->givenName, LegacyRows[i].given);
            EXPECT_EQ(p->dateOfBirth, QDate::fromString(LegacyRows[i].dateOfBirth, Qt::ISODate));
            EXPECT_EQ(p->phone, LegacyRows[i].phone);
            EXPECT_EQ(p->notes, LegacyRows[i].notes);
            EXPECT_EQ(p->rowVersion, 1);
            EXPECT_EQ(p->createdAt, QDateTime(QDate(2020, 1, 2), QTime(3, 4, 5), Qt::UTC));
            EXPECT_EQ(p->sex, Sex::NotStated);
            EXPECT_FALSE(p->lastVisitOn.isValid());
        }

        // Search and the name sort work on the old rows once the index is built.
        EXPECT_EQ(search(repo, QStringLiteral("mull jurg")).size(), 1u);
        EXPECT_EQ(search(repo, QStringLiteral("OBRIEN")).size(), 1u);
        EXPECT_EQ(search(repo, QStringLiteral("aberg")).size(), 1u);
        EXPECT_EQ(search(repo, QStringLiteral("14/05/1971")).size(), 1u);
        EXPECT_EQ(search(repo, QStringLiteral("07700 900456")).size(), 1u);
        const auto all = search(repo, QString());
        ASSERT_EQ(all.size(), 3u);
        EXPECT_EQ(all[0].familyName, QStringLiteral("Åberg"));
        EXPECT_EQ(all[1].familyName, QStringLiteral("Müller"));
        EXPECT_EQ(all[2].familyName, QStringLiteral("O'Brien"));
        EXPECT_EQ(RawConnection::scalar(
                      db->connection(),
                      QStringLiteral("SELECT COUNT(*) FROM patient WHERE name_sort_key = ''"))
                      .toInt(),
                  0);

        // Reopening the upgraded file makes no second backup.
        db.reset();
        EXPECT_NE(test::readFileBytes(temp.path()), before) << "the upgrade wrote nothing";
        auto again = temp.open();
        ASSERT_NE(again, nullptr);
        EXPECT_TRUE(again->backupPath().isEmpty());
        EXPECT_EQ(QDir(temp.dir()).entryList({QStringLiteral("*.bak")}).size(), 1);
    }
}

TEST(MigrationTest, opening_without_migrating_leaves_an_old_file_at_its_version)
{
    test::TempDatabase temp;
    buildFileAtVersion(temp.path(), 1);
    auto db = temp.open(DatabaseOptions{.migrate = false});
    ASSERT_NE(db, nullptr);
    EXPECT_EQ(*db->schemaVersion(), 1);
    EXPECT_TRUE(db->backupPath().isEmpty());
}

TEST(MigrationTest, search_index_is_rebuilt_when_its_version_is_stale_and_left_alone_otherwise)
{
    test::TempDatabase temp;
    auto db = temp.open();
    ASSERT_NE(db, nullptr);
    ASSERT_EQ(insertLegacyRows(db->connection()), QString()); // rows without tokens or sort keys
    PatientRepository repo(*db);
    PatientQuery q;
    q.searchText = QStringLiteral("muller");
    ASSERT_EQ(repo.list(q)->size(), 0u) << "precondition: no tokens yet";

    ASSERT_TRUE(repo.ensureSearchIndex().ok());
    EXPECT_EQ(repo.list(q)->size(), 1u);
    EXPECT_EQ(
        RawConnection::scalar(db->connection(),
                              QStringLiteral("SELECT meta_value FROM app_meta WHERE meta_key = "
                                             "'search_index_version'"))
            .toString(),
        QString::number(SearchText::IndexVersion));

    // Up to date: a second call does not rebuild (the planted gap stays).
    ASSERT_EQ(
        RawConnection::run(db->connection(), QStringLiteral("DELETE FROM patient_search_token")),
        QString());
    ASSERT_TRUE(repo.ensureSearchIndex().ok());
    EXPECT_EQ(repo.list(q)->size(), 0u);

    // An older index version is rebuilt.
    ASSERT_EQ(
        RawConnection::run(db->connection(),
                           QStringLiteral("UPDATE app_meta SET meta_value = '1' WHERE meta_key = "
                                          "'search_index_version'")),
        QString());
    ASSERT_TRUE(repo.ensureSearchIndex().ok());
    EXPECT_EQ(repo.list(q)->size(), 1u);
    EXPECT_EQ(db->transactionDepth(), 0);
}

TEST(MigrationTest, an_upgrade_keeps_the_newest_three_backups_and_never_leaves_a_partial_one)
{
    ASSERT_GE(Migrator::latestVersion(), 2);
    test::TempDatabase temp;
    buildFileAtVersion(temp.path(), 1);
    if (::testing::Test::HasFatalFailure())
        return;
    // Four copies from earlier upgrades, oldest first, and one a crash left unfinished.
    QStringList earlier;
    for (int i = 0; i < 4; ++i) {
        const QString name =
            QStringLiteral("%1.schema-1-2020010%2-120000.bak").arg(temp.path()).arg(i + 1);
        QFile file(name);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("SQLite format 3");
        ASSERT_TRUE(file.flush()); // before the time is set, so closing writes nothing more
        ASSERT_TRUE(file.setFileTime(QDateTime(QDate(2020, 1, i + 1), QTime(12, 0), Qt::UTC),
                                     QFileDevice::FileModificationTime));
        earlier << name;
    }
    const QString crashed = temp.path() + QStringLiteral(".schema-1-20200105-120000.bak.partial");
    QFile(crashed).open(QIODevice::WriteOnly);

    auto db = temp.open();
    ASSERT_NE(db, nullptr);
    const QString backup = db->backupPath();
    ASSERT_FALSE(backup.isEmpty());
    const QStringList left =
        QDir(temp.dir()).entryList({QStringLiteral("*.bak")}, QDir::Files, QDir::Time);
    ASSERT_EQ(left.size(), 3) << left.join(QLatin1Char(' ')).toStdString();
    EXPECT_EQ(QDir(temp.dir()).filePath(left.at(0)), backup) << "the new copy is kept";
    EXPECT_TRUE(QFileInfo::exists(earlier.at(3)));
    EXPECT_TRUE(QFileInfo::exists(earlier.at(2)));
    EXPECT_FALSE(QFileInfo::exists(earlier.at(1))) << "older copies go";
    EXPECT_FALSE(QFileInfo::exists(earlier.at(0)));
    EXPECT_TRUE(QDir(temp.dir()).entryList({QStringLiteral("*.partial")}).isEmpty())
        << "nothing unfinished is left named like a backup";
    EXPECT_EQ(QFileInfo(backup).permissions()
                  & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup
                     | QFileDevice::WriteOther),
              QFileDevice::Permissions())
        << "the copy of the patient data is the owner's only";
}
