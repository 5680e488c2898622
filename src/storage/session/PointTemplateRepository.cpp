#include "needlechart/storage/session/PointTemplateRepository.h"

#include "needlechart/storage/database/Database.h"
#include "needlechart/storage/database/SqlError.h"
#include "needlechart/storage/database/SqlValues.h"

#include "StimulationValues.h"

#include <QSqlQuery>

#include <unordered_map>

namespace needlechart {
namespace {

const QString SelectTemplates = QStringLiteral(
    "SELECT id, name, created_at FROM point_template WHERE owner_login = :login ORDER BY name");
const QString SelectPoints = QStringLiteral(
    "SELECT p.template_id, p.body_view, p.muscle_id, p.side, p.x, p.y, p.site_name, p.activity, "
    "p.technique, p.depth_mm, p.retention_seconds, p.gauge_mm, p.length_mm, "
    "p.estim_frequency_hz, p.estim_pulse_width_us, p.estim_intensity_ma "
    "FROM point_template_point p JOIN point_template t ON t.id = p.template_id "
    "WHERE t.owner_login = :login ORDER BY p.template_id, p.ordinal");
const QString InsertTemplate = QStringLiteral(
    "INSERT INTO point_template (owner_login, name, created_at) VALUES (:login, :name, :now) "
    "RETURNING id");
const QString InsertPoint = QStringLiteral(
    "INSERT INTO point_template_point (template_id, ordinal, body_view, muscle_id, side, x, y, "
    "site_name, activity, technique, depth_mm, retention_seconds, gauge_mm, length_mm, "
    "estim_frequency_hz, estim_pulse_width_us, estim_intensity_ma) VALUES "
    "(:template_id, :ordinal, :body_view, :muscle_id, :side, :x, :y, :site_name, :activity, "
    ":technique, :depth_mm, :retention_seconds, :gauge_mm, :length_mm, :estim_frequency_hz, "
    ":estim_pulse_width_us, :estim_intensity_ma)");
// The points go with their template (ON DELETE CASCADE; SQLite connections enable foreign keys).
const QString DeleteTemplate =
    QStringLiteral("DELETE FROM point_template WHERE id = :id AND owner_login = :login");
const QString DeletePointsOf =
    QStringLiteral("DELETE FROM point_template_point WHERE template_id IN "
                   "(SELECT id FROM point_template WHERE id = :id AND owner_login = :login)");

} // namespace

PointTemplateRepository::PointTemplateRepository(Database& database) : m_statements(database) {}

Result<QSqlQuery*> PointTemplateRepository::prepared(const QString& sql)
{
    return m_statements.get(sql, tr("Could not prepare a database query"));
}

Result<std::vector<PointTemplate>> PointTemplateRepository::ofOwner(const QString& login)
{
    const QString what = tr("Could not read the point templates");
    std::vector<PointTemplate> templates;
    std::unordered_map<PointTemplateId, std::size_t> indexOf;
    {
        auto statement = prepared(SelectTemplates);
        if (!statement)
            return statement.error();
        QSqlQuery& q = **statement;
        q.bindValue(QStringLiteral(":login"), login);
        if (!q.exec())
            return SqlError::from(q.lastError(), what);
        while (q.next()) {
            PointTemplate t;
            t.id = q.value(0).toLongLong();
            t.ownerLogin = login;
            t.name = q.value(1).toString();
            t.createdAt = SqlValues::timestamp(q.value(2));
            indexOf.emplace(t.id, templates.size());
            templates.push_back(std::move(t));
        }
        q.finish();
    }
    auto statement = prepared(SelectPoints);
    if (!statement)
        return statement.error();
    QSqlQuery& q = **statement;
    q.bindValue(QStringLiteral(":login"), login);
    if (!q.exec())
        return SqlError::from(q.lastError(), what);
    while (q.next()) {
        const auto found = indexOf.find(q.value(0).toLongLong());
        if (found == indexOf.end())
            continue;
        TriggerPoint p;
        p.view = bodyViewFromKey(q.value(1).toString()).value_or(BodyView::Posterior);
        p.muscleId = q.value(2).toString();
        p.side = bodySideFromKey(q.value(3).toString()).value_or(BodySide::Left);
        p.position = QPointF(q.value(4).toDouble(), q.value(5).toDouble());
        p.siteName = q.value(6).toString();
        PointFindings& f = p.findings;
        f.activity =
            enumFromKey<PointActivity>(q.value(7).toString()).value_or(PointActivity::Active);
        f.technique = enumFromKey<NeedlingTechnique>(q.value(8).toString())
                          .value_or(NeedlingTechnique::FastInFastOut);
        f.depthMm = SqlValues::optionalInt(q.value(9));
        f.retentionSeconds = SqlValues::optionalInt(q.value(10));
        f.needleGaugeMm = SqlValues::optionalReal(q.value(11));
        f.needleLengthMm = SqlValues::optionalInt(q.value(12));
        f.stimulation = StimulationValues::read(q, 13);
        PointTemplate& t = templates[found->second];
        p.key = int(t.points.size()) + 1;
        t.points.append(p);
    }
    q.finish();
    return templates;
}

Result<PointTemplate> PointTemplateRepository::save(const PointTemplate& t, const QDateTime& nowUtc)
{
    const QString what = tr("Could not save the point template");
    PointTemplate stored = t;
    {
        // A template of the same name is replaced: removed with its points first.
        auto existing = ofOwner(t.ownerLogin);
        if (!existing)
            return existing.error();
        for (const PointTemplate& old : *existing) {
            if (old.name != t.name)
                continue;
            if (Status removed = remove(old.id, t.ownerLogin); !removed)
                return removed.error();
        }
    }
    {
        auto statement = prepared(InsertTemplate);
        if (!statement)
            return statement.error();
        QSqlQuery& q = **statement;
        q.bindValue(QStringLiteral(":login"), t.ownerLogin);
        q.bindValue(QStringLiteral(":name"), t.name);
        q.bindValue(QStringLiteral(":now"), SqlValues::timestampText(nowUtc));
        if (!q.exec() || !q.next())
            return SqlError::from(q.lastError(), what);
        stored.id = q.value(0).toLongLong();
        stored.createdAt = nowUtc;
        q.finish();
    }
    auto statement = prepared(InsertPoint);
    if (!statement)
        return statement.error();
    QSqlQuery& q = **statement;
    for (qsizetype i = 0; i < t.points.size(); ++i) {
        const TriggerPoint& p = t.points.at(i);
        const PointFindings& f = p.findings;
        q.bindValue(QStringLiteral(":template_id"), stored.id);
        q.bindValue(QStringLiteral(":ordinal"), int(i));
        q.bindValue(QStringLiteral(":body_view"), bodyViewKey(p.view));
        q.bindValue(QStringLiteral(":muscle_id"), SqlValues::text(p.muscleId));
        q.bindValue(QStringLiteral(":side"), bodySideKey(p.side));
        q.bindValue(QStringLiteral(":x"), p.position.x());
        q.bindValue(QStringLiteral(":y"), p.position.y());
        q.bindValue(QStringLiteral(":site_name"), SqlValues::text(p.siteName));
        q.bindValue(QStringLiteral(":activity"), enumKey(f.activity));
        q.bindValue(QStringLiteral(":technique"), enumKey(f.technique));
        q.bindValue(QStringLiteral(":depth_mm"), SqlValues::intOrNull(f.depthMm));
        q.bindValue(QStringLiteral(":retention_seconds"), SqlValues::intOrNull(f.retentionSeconds));
        q.bindValue(QStringLiteral(":gauge_mm"), SqlValues::realOrNull(f.needleGaugeMm));
        q.bindValue(QStringLiteral(":length_mm"), SqlValues::intOrNull(f.needleLengthMm));
        StimulationValues::bind(q, f.stimulation);
        if (!q.exec())
            return SqlError::from(q.lastError(), what);
    }
    q.finish();
    return stored;
}

Result<int> PointTemplateRepository::executeForOwner(const QString& sql, PointTemplateId id,
                                                     const QString& login, const QString& what)
{
    auto statement = prepared(sql);
    if (!statement)
        return statement.error();
    QSqlQuery& q = **statement;
    q.bindValue(QStringLiteral(":id"), id);
    q.bindValue(QStringLiteral(":login"), login);
    if (!q.exec())
        return SqlError::from(q.lastError(), what);
    const int affected = q.numRowsAffected();
    q.finish();
    return affected;
}

Status PointTemplateRepository::remove(PointTemplateId id, const QString& login)
{
    const QString what = tr("Could not delete the point template");
    // The points first, also where the database does not cascade.
    if (auto points = executeForOwner(DeletePointsOf, id, login, what); !points)
        return points.error();
    auto removed = executeForOwner(DeleteTemplate, id, login, what);
    if (!removed)
        return removed.error();
    if (*removed <= 0)
        return Error{ErrorCode::NotFound, tr("There is no such template."), {}, {}};
    return {};
}

} // namespace needlechart
