#include "needlechart/storage/database/StatementCache.h"

#include "needlechart/storage/database/Database.h"
#include "needlechart/storage/database/SqlError.h"

namespace needlechart {

StatementCache::StatementCache(const Database& database)
    : m_database(&database), m_generation(database.generation())
{
    database.m_caches.push_back(this);
}

StatementCache::~StatementCache()
{
    if (m_database)
        std::erase(m_database->m_caches, this);
}

void StatementCache::dropAll()
{
    m_statements.clear();
}

Result<QSqlQuery*> StatementCache::get(const QString& sql, const QString& what)
{
    if (!m_database || !m_database->isConnected())
        return Error{ErrorCode::Unreachable, SqlError::unreachableMessage(what), {}, {}};
    if (m_generation != m_database->generation()) {
        m_statements.clear();
        m_generation = m_database->generation();
    }
    auto found = m_statements.find(sql);
    if (found != m_statements.end())
        return &found->second;
    QSqlQuery query(m_database->connection());
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return SqlError::from(query.lastError(), what);
    return &m_statements.emplace(sql, std::move(query)).first->second;
}

} // namespace needlechart
