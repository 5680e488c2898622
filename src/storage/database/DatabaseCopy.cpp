#include "needlechart/storage/database/DatabaseCopy.h"

#include "needlechart/storage/database/Database.h"
#include "needlechart/storage/database/SqlError.h"
#include "needlechart/storage/database/Transaction.h"

#include <QCryptographicHash>
#include <QMetaType>
#include <QSqlField>
#include <QSqlQuery>
#include <QSqlRecord>

#include <spdlog/spdlog.h>

namespace needlechart {
namespace {

struct TableInfo {
    QString name;
    QString orderBy;  // the primary key's columns
    bool hasIdentity; // an `id` handed out by the database
};

// Parents before children (foreign keys), each with its primary key.
const std::vector<TableInfo>& tableInfo()
{
    static const std::vector<TableInfo> all = {
        {QStringLiteral("app_meta"), QStringLiteral("meta_key"), false},
        // Before the notes, whose signatures name an account.
        {QStringLiteral("staff_account"), QStringLiteral("id"), true},
        {QStringLiteral("patient"), QStringLiteral("id"), true},
        {QStringLiteral("patient_search_token"), QStringLiteral("token, name_sort_key, patient_id"),
         false},
        {QStringLiteral("clinic_profile"), QStringLiteral("id"), false},
        {QStringLiteral("leaflet_version"), QStringLiteral("version"), false},
        {QStringLiteral("screening"), QStringLiteral("id"), true},
        {QStringLiteral("screening_answer"), QStringLiteral("screening_id, item_key"), false},
        {QStringLiteral("consent"), QStringLiteral("id"), true},
        {QStringLiteral("session"), QStringLiteral("id"), true},
        {QStringLiteral("session_point"), QStringLiteral("session_id, ordinal"), false},
        {QStringLiteral("session_needle"), QStringLiteral("session_id, ordinal"), false},
        {QStringLiteral("session_care"), QStringLiteral("session_id, ordinal"), false},
        {QStringLiteral("session_adverse_event"), QStringLiteral("session_id, ordinal"), false},
        {QStringLiteral("session_pain_area"), QStringLiteral("session_id, ordinal"), false},
        {QStringLiteral("session_amendment"), QStringLiteral("id"), true},
        {QStringLiteral("session_search_text"), QStringLiteral("session_id"), false},
        {QStringLiteral("session_search_token"), QStringLiteral("token, session_id"), false},
        {QStringLiteral("clinician"), QStringLiteral("id"), true},
        {QStringLiteral("room"), QStringLiteral("id"), true},
        {QStringLiteral("appointment"), QStringLiteral("id"), true},
        {QStringLiteral("audit_event"), QStringLiteral("id"), false},
        {QStringLiteral("audit_head"), QStringLiteral("id"), false},
        {QStringLiteral("backup_settings"), QStringLiteral("id"), false},
        {QStringLiteral("backup_run"), QStringLiteral("id"), true},
        {QStringLiteral("point_template"), QStringLiteral("id"), true},
        {QStringLiteral("point_template_point"), QStringLiteral("template_id, ordinal"), false},
        {QStringLiteral("document_template"), QStringLiteral("kind, version"), false},
        {QStringLiteral("patient_document"), QStringLiteral("id"), true},
        {QStringLiteral("outcome_completion"), QStringLiteral("id"), true},
        {QStringLiteral("outcome_answer"), QStringLiteral("completion_id, ordinal"), false},
        {QStringLiteral("clinic_identity"), QStringLiteral("id"), false},
    };
    return all;
}

// The one-row tables a new database already has its row in (the start of an empty audit chain,
// the default backup settings, the clinic's export id): the copy replaces that row.
bool isSingleton(const QString& table)
{
    return table == QStringLiteral("audit_head") || table == QStringLiteral("backup_settings")
           || table == QStringLiteral("clinic_identity");
}

// The schema version is each database's own (PRAGMA user_version on SQLite): not copied, not
// compared.
QString rowFilter(const QString& table)
{
    return table == QStringLiteral("app_meta")
               ? QStringLiteral(" WHERE meta_key <> 'schema_version'")
               : QString();
}

// The columns of `table` on `db`, in the table's order.
QStringList columnsOf(const QSqlDatabase& db, const QString& table)
{
    const QSqlRecord record = db.record(table);
    QStringList columns;
    for (int i = 0; i < record.count(); ++i)
        columns.append(record.fieldName(i));
    return columns;
}

// One value as text, the same for both back ends: integers in decimal, doubles with the 17
// significant digits that name one double, bytes in hex, NULL as a marker no text can be.
void appendValue(QByteArray& out, const QVariant& value)
{
    if (value.isNull()) {
        out.append("\x01N", 2);
        return;
    }
    switch (value.metaType().id()) {
    case QMetaType::Double:
    case QMetaType::Float: out.append(QByteArray::number(value.toDouble(), 'g', 17)); break;
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
    case QMetaType::Bool: out.append(QByteArray::number(value.toLongLong())); break;
    case QMetaType::QByteArray: out.append(value.toByteArray().toHex()); break;
    default: out.append(value.toString().toUtf8()); break;
    }
}

Error mismatch(const QString& what)
{
    return Error{ErrorCode::Database, what, {}, {}};
}

} // namespace

const std::vector<QString>& DatabaseCopy::tables()
{
    static const std::vector<QString> names = [] {
        std::vector<QString> list;
        for (const TableInfo& info : tableInfo())
            list.push_back(info.name);
        return list;
    }();
    return names;
}

Result<DatabaseCopy::Fingerprint> DatabaseCopy::fingerprint(Database& db, const QString& table)
{
    const auto info = std::find_if(tableInfo().begin(), tableInfo().end(),
                                   [&table](const TableInfo& t) { return t.name == table; });
    if (info == tableInfo().end())
        return mismatch(tr("%1 is not one of the clinic's tables.").arg(table));
    QStringList columns = columnsOf(db.connection(), table);
    if (columns.isEmpty())
        return mismatch(tr("The table %1 could not be read.").arg(table));
    // Numeric columns are read as numbers on both back ends; doubles as doubles.
    QSqlQuery query(db.connection());
    query.setForwardOnly(true);
    if (!query.exec(
            QStringLiteral("SELECT %1 FROM %2%3 ORDER BY %4")
                .arg(columns.join(QStringLiteral(", ")), table, rowFilter(table), info->orderBy)))
        return SqlError::from(query.lastError(), tr("Could not read the table %1").arg(table));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    Fingerprint result;
    QByteArray row;
    while (query.next()) {
        row.clear();
        for (int i = 0; i < columns.size(); ++i) {
            appendValue(row, query.value(i));
            row.append('\x1f');
        }
        row.append('\x1e');
        hash.addData(row);
        ++result.rows;
    }
    result.digest = hash.result().toHex();
    return result;
}

Result<std::vector<DatabaseCopy::TableResult>> DatabaseCopy::copy(Database& from, Database& to,
                                                                  const Progress& progress)
{
    auto fromVersion = from.schemaVersion();
    auto toVersion = to.schemaVersion();
    if (!fromVersion.ok())
        return fromVersion.error();
    if (!toVersion.ok())
        return toVersion.error();
    if (*fromVersion != *toVersion)
        return mismatch(tr("The two databases are at different schema versions (%1 and %2): "
                           "upgrade both first.")
                            .arg(*fromVersion)
                            .arg(*toVersion));

    Transaction tx(to);
    if (!tx.begun().ok())
        return tx.begun().error();
    // The target must hold no clinic data (app_meta holds only the schema's own settings, and
    // the one-row tables their defaults).
    for (const TableInfo& info : tableInfo()) {
        if (info.name == QStringLiteral("app_meta") || isSingleton(info.name))
            continue;
        QSqlQuery count(to.connection());
        if (!count.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(info.name)) || !count.next())
            return SqlError::from(count.lastError(), tr("Could not read the target database"));
        if (count.value(0).toLongLong() > 0)
            return mismatch(tr("The target database already holds clinic data (table %1): a "
                               "clinic is only moved into an empty database.")
                                .arg(info.name));
    }

    std::vector<TableResult> results;
    for (const TableInfo& info : tableInfo()) {
        const QStringList columns = columnsOf(to.connection(), info.name);
        if (columns.isEmpty() || columns != columnsOf(from.connection(), info.name))
            return mismatch(tr("The table %1 differs between the two databases.").arg(info.name));
        QSqlQuery total(from.connection());
        if (!total.exec(
                QStringLiteral("SELECT COUNT(*) FROM %1%2").arg(info.name, rowFilter(info.name)))
            || !total.next())
            return SqlError::from(total.lastError(), tr("Could not read %1").arg(info.name));
        const qint64 rows = total.value(0).toLongLong();

        QSqlQuery read(from.connection());
        read.setForwardOnly(true);
        if (!read.exec(QStringLiteral("SELECT %1 FROM %2%3 ORDER BY %4")
                           .arg(columns.join(QStringLiteral(", ")), info.name, rowFilter(info.name),
                                info.orderBy)))
            return SqlError::from(read.lastError(), tr("Could not read %1").arg(info.name));
        QStringList placeholders;
        for (int i = 0; i < columns.size(); ++i)
            placeholders.append(QStringLiteral("?"));
        QString insert = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                             .arg(info.name, columns.join(QStringLiteral(", ")),
                                  placeholders.join(QStringLiteral(", ")));
        if (info.name == QStringLiteral("app_meta"))
            insert += QStringLiteral(
                " ON CONFLICT (meta_key) DO UPDATE SET meta_value = excluded.meta_value");
        else if (isSingleton(info.name)) {
            QStringList updates;
            for (const QString& column : columns)
                if (column != QStringLiteral("id"))
                    updates.append(QStringLiteral("%1 = excluded.%1").arg(column));
            insert += QStringLiteral(" ON CONFLICT (id) DO UPDATE SET ")
                      + updates.join(QStringLiteral(", "));
        }
        QSqlQuery write(to.connection());
        if (!write.prepare(insert))
            return SqlError::from(write.lastError(), tr("Could not copy %1").arg(info.name));
        qint64 done = 0;
        while (read.next()) {
            for (int i = 0; i < columns.size(); ++i)
                write.bindValue(i, read.value(i));
            if (!write.exec())
                return SqlError::from(write.lastError(), tr("Could not copy %1").arg(info.name));
            if (++done % 1000 == 0 && progress)
                progress(info.name, done, rows);
        }
        if (read.lastError().isValid())
            return SqlError::from(read.lastError(), tr("Could not read %1").arg(info.name));
        if (info.hasIdentity) {
            if (Status restarted = to.dialect().restartIdentity(to.connection(), info.name);
                !restarted.ok())
                return restarted.error();
        }
        if (progress)
            progress(info.name, done, rows);
        results.push_back({info.name, done});
    }

    // Both sides, table by table, before anything is committed.
    for (const TableInfo& info : tableInfo()) {
        auto source = fingerprint(from, info.name);
        if (!source.ok())
            return source.error();
        auto target = fingerprint(to, info.name);
        if (!target.ok())
            return target.error();
        if (source->rows != target->rows)
            return mismatch(tr("The copy of %1 holds %2 rows where the source holds %3; nothing "
                               "was copied.")
                                .arg(info.name)
                                .arg(target->rows)
                                .arg(source->rows));
        if (source->digest != target->digest)
            return mismatch(
                tr("The copy of %1 differs from the source; nothing was copied.").arg(info.name));
    }
    if (Status committed = tx.commit(); !committed.ok())
        return committed.error();
    spdlog::info("database copy: {} tables copied and checked", results.size());
    return results;
}

} // namespace needlechart
