#pragma once

#include "needlechart/domain/common/Result.h"
#include "needlechart/domain/session/PointTemplate.h"
#include "needlechart/storage/database/StatementCache.h"

#include <QCoreApplication>

#include <vector>

namespace needlechart {

class Database;

// Clinicians' point-set templates (point_template and its points). Callers hold the
// transaction for save() and remove().
class PointTemplateRepository {
    Q_DECLARE_TR_FUNCTIONS(PointTemplateRepository)

public:
    explicit PointTemplateRepository(Database& database);

    // `login`'s templates by name, each with its points in order.
    [[nodiscard]] Result<std::vector<PointTemplate>> ofOwner(const QString& login);
    // Stores the template, replacing the owner's template of the same name; returns it stored.
    [[nodiscard]] Result<PointTemplate> save(const PointTemplate& t, const QDateTime& nowUtc);
    // Removes `login`'s template `id`; NotFound if it has no such template.
    [[nodiscard]] Status remove(PointTemplateId id, const QString& login);

private:
    [[nodiscard]] Result<QSqlQuery*> prepared(const QString& sql);
    // Runs `sql` with `:id` and `:login` bound; the rows it changed.
    [[nodiscard]] Result<int> executeForOwner(const QString& sql, PointTemplateId id,
                                              const QString& login, const QString& what);

    StatementCache m_statements;
};

} // namespace needlechart
