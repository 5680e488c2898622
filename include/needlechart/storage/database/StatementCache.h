#pragma once

#include "needlechart/domain/common/Result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <unordered_map>

namespace needlechart {

// Prepared statements of one repository, prepared on first use and kept: for the hot paths
// preparing costs as much as running. Keys are the SQL texts, which are always constants in
// the repository's source (never built from user input). Destroy before the connection.
class Database;

class StatementCache {
public:
    // The statements are prepared again after the database reconnected (a server that was
    // away): prepared statements belong to one connection.
    explicit StatementCache(const Database& database);
    ~StatementCache();
    StatementCache(const StatementCache&) = delete;
    StatementCache& operator=(const StatementCache&) = delete;

    // The statement for `sql`, forward-only, ready to bind. `what` says what it is for, for the
    // error message if preparing fails.
    [[nodiscard]] Result<QSqlQuery*> get(const QString& sql, const QString& what);

private:
    friend class Database;
    // Forgets every statement (the connection they belong to is closed).
    void dropAll();

    const Database* m_database; // null once the database is gone
    int m_generation = 0;
    std::unordered_map<QString, QSqlQuery> m_statements;
};

} // namespace needlechart
