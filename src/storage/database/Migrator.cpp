#include "needlechart/storage/database/Migrator.h"

#include "needlechart/storage/backends/PostgresDialect.h"
#include "needlechart/storage/backends/SqliteDialect.h"
#include "needlechart/storage/database/Database.h"
#include "needlechart/storage/database/SqlError.h"
#include "needlechart/storage/database/Transaction.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>

#include <spdlog/spdlog.h>

#include <algorithm>

namespace needlechart {
namespace {

std::vector<Migrator::Migration> loadMigrations(const QString& folder)
{
    std::vector<Migrator::Migration> result;
    static const QRegularExpression namePattern(QStringLiteral(R"(^(\d{4})_([a-z0-9_]+)\.sql$)"));
    const QDir dir(folder);
    for (const QString& fileName :
         dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name)) {
        const auto match = namePattern.match(fileName);
        if (!match.hasMatch())
            continue;
        QFile file(dir.filePath(fileName));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        result.push_back(
            {match.captured(1).toInt(), match.captured(2), QString::fromUtf8(file.readAll())});
    }
    std::sort(result.begin(), result.end(),
              [](const Migrator::Migration& a, const Migrator::Migration& b) {
                  return a.version < b.version;
              });
    return result;
}

} // namespace

Migrator::Migrator(Database& database) : m_database(database) {}

const std::vector<Migrator::Migration>& Migrator::migrations(Backend backend)
{
    static const std::vector<Migration> sqlite = loadMigrations(SqliteDialect().migrationFolder());
    static const std::vector<Migration> postgres =
        loadMigrations(PostgresDialect().migrationFolder());
    return backend == Backend::Sqlite ? sqlite : postgres;
}

int Migrator::latestVersion()
{
    const auto& all = migrations(Backend::Sqlite);
    return all.empty() ? 0 : all.back().version;
}

Result<int> Migrator::currentVersion() const
{
    return m_database.schemaVersion();
}

Result<int> Migrator::migrateTo(int targetVersion)
{
    const int target =
        targetVersion < 0 ? latestVersion() : std::min(targetVersion, latestVersion());
    auto current = currentVersion();
    if (!current.ok())
        return current.error();
    int version = *current;
    if (version > latestVersion()) {
        return Error{
            ErrorCode::NewerSchema,
            tr("This database was written by a newer version of NeedleChart (schema %1; this "
               "version understands up to %2). Update NeedleChart to open it.")
                .arg(version)
                .arg(latestVersion()),
            {},
            {}};
    }
    const SqlDialect& dialect = m_database.dialect();
    for (const Migration& migration : migrations(dialect.backend())) {
        if (migration.version <= version || migration.version > target)
            continue;
        Transaction tx(m_database);
        if (!tx.begun().ok())
            return tx.begun().error();
        // Two workstations upgrading at once: the second waits here, then finds the work done.
        if (Status locked =
                dialect.lockUntilCommit(m_database.connection(), SqlDialect::Lock::Schema);
            !locked.ok())
            return locked.error();
        auto now = dialect.schemaVersion(m_database.connection());
        if (!now.ok())
            return now.error();
        if (*now >= migration.version) {
            version = *now;
            continue;
        }
        if (*now == 0) {
            // A new database must be empty: never build NeedleChart's tables beside another
            // application's.
            auto empty = dialect.isEmpty(m_database.connection());
            if (!empty.ok())
                return empty.error();
            if (!*empty)
                return Error{ErrorCode::SchemaNotReady,
                             tr("The database already holds tables that are not NeedleChart's. "
                                "Set NeedleChart up in an empty database."),
                             {},
                             {}};
        }
        QSqlQuery query(m_database.connection());
        for (const QString& statement : splitStatements(migration.sql)) {
            if (!query.exec(statement)) {
                spdlog::error("migration {} failed", migration.version);
                return SqlError::from(
                    query.lastError(),
                    tr("Could not upgrade the database to version %1").arg(migration.version));
            }
        }
        if (Status recorded = dialect.setSchemaVersion(m_database.connection(), migration.version);
            !recorded.ok())
            return recorded.error();
        if (Status committed = tx.commit(); !committed.ok())
            return committed.error();
        version = migration.version;
        spdlog::info("database migrated to schema version {}", version);
    }
    return version;
}

QStringList Migrator::splitStatements(const QString& sql)
{
    QStringList statements;
    QString current;
    enum class State {
        Code,
        SingleQuote,
        DoubleQuote,
        DollarQuote, // PostgreSQL's $$ ... $$ (a function body)
        LineComment,
        BlockComment
    } state = State::Code;
    for (qsizetype i = 0; i < sql.size(); ++i) {
        const QChar c = sql.at(i);
        const QChar next = i + 1 < sql.size() ? sql.at(i + 1) : QChar();
        switch (state) {
        case State::Code:
            if (c == QLatin1Char('-') && next == QLatin1Char('-')) {
                state = State::LineComment;
                ++i;
                continue;
            }
            if (c == QLatin1Char('/') && next == QLatin1Char('*')) {
                state = State::BlockComment;
                ++i;
                continue;
            }
            if (c == QLatin1Char('$') && next == QLatin1Char('$')) {
                state = State::DollarQuote;
                current.append(QStringLiteral("$$"));
                ++i;
                continue;
            }
            if (c == QLatin1Char(';')) {
                const QString trimmed = current.trimmed();
                // An SQLite trigger's body holds statements of its own, each ending in ';':
                // the trigger ends at the ';' after its END.
                if (trimmed.startsWith(QLatin1String("CREATE TRIGGER"), Qt::CaseInsensitive)
                    && !trimmed.endsWith(QLatin1String("END"), Qt::CaseInsensitive)) {
                    current.append(c);
                    continue;
                }
                if (!trimmed.isEmpty())
                    statements.append(trimmed);
                current.clear();
                continue;
            }
            if (c == QLatin1Char('\''))
                state = State::SingleQuote;
            else if (c == QLatin1Char('"'))
                state = State::DoubleQuote;
            current.append(c);
            break;
        case State::SingleQuote:
            current.append(c);
            if (c == QLatin1Char('\''))
                state = State::Code; // '' inside a string re-enters SingleQuote on the next char
            break;
        case State::DoubleQuote:
            current.append(c);
            if (c == QLatin1Char('"'))
                state = State::Code;
            break;
        case State::DollarQuote:
            current.append(c);
            if (c == QLatin1Char('$') && next == QLatin1Char('$')) {
                current.append(next);
                ++i;
                state = State::Code;
            }
            break;
        case State::LineComment:
            if (c == QLatin1Char('\n')) {
                state = State::Code;
                current.append(c);
            }
            break;
        case State::BlockComment:
            if (c == QLatin1Char('*') && next == QLatin1Char('/')) {
                state = State::Code;
                ++i;
                current.append(QLatin1Char(' ')); // a comment separates words as whitespace does
            }
            break;
        }
    }
    if (!current.trimmed().isEmpty())
        statements.append(current.trimmed());
    return statements;
}

} // namespace needlechart
