#include "needlechart/storage/database/StatementCache.h"

#include "needlechart/storage/database/SqlError.h"

namespace needlechart {

StatementCache::StatementCache(QSqlDatabase connection) : m_connection(std::move(connection)) {}

Result<QSqlQuery*> StatementCache::get(const QString& sql, const QString& what)
{
    auto found = m_statements.find(sql);
    if (found != m_statements.end())
        return &found->second;
    QSqlQuery query(m_connection);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return SqlError::from(query.lastError(), what);
    return &m_statements.emplace(sql, std::move(query)).first->second;
}

} // namespace needlechart
