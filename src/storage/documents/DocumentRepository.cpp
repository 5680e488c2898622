#include "needlechart/storage/documents/DocumentRepository.h"

#include "needlechart/domain/common/DisplayText.h"
#include "needlechart/storage/database/Database.h"
#include "needlechart/storage/database/SqlError.h"
#include "needlechart/storage/database/SqlValues.h"
#include "needlechart/storage/database/Transaction.h"

#include <QSqlQuery>

namespace needlechart {
namespace {

const QString InsertTemplate =
    QStringLiteral("INSERT INTO document_template (kind, version, created_at, created_by, body) "
                   "SELECT :kind, COALESCE(MAX(version), 0) + 1, :created_at, :created_by, :body "
                   "FROM document_template WHERE kind = :kind2 RETURNING version");
const QString SelectLatestTemplate = QStringLiteral(
    "SELECT version, created_at, created_by, body FROM document_template WHERE kind = :kind "
    "ORDER BY version DESC LIMIT 1");
const QString SelectTemplate =
    QStringLiteral("SELECT version, created_at, created_by, body FROM document_template "
                   "WHERE kind = :kind AND version = :version");

const QString DocumentColumns = QStringLiteral(
    "id, patient_id, session_id, kind, template_version, recipient, title, delivery, "
    "created_at, created_by, created_by_account_id");
const QString InsertDocument = QStringLiteral(
    "INSERT INTO patient_document (patient_id, session_id, kind, template_version, recipient, "
    "title, body, delivery, created_at, created_by, created_by_account_id) VALUES (:patient_id, "
    ":session_id, :kind, :template_version, :recipient, :title, :body, :delivery, :created_at, "
    ":created_by, :account) RETURNING id");
const QString SelectDocument = QStringLiteral("SELECT ") + DocumentColumns
                               + QStringLiteral(", body FROM patient_document WHERE id = :id");
const QString SelectPatientDocuments =
    QStringLiteral("SELECT ") + DocumentColumns
    + QStringLiteral(" FROM patient_document WHERE patient_id = :id "
                     "ORDER BY created_at DESC, id DESC");
const QString SelectSessionDocuments =
    QStringLiteral("SELECT ") + DocumentColumns
    + QStringLiteral(" FROM patient_document WHERE session_id = :id ORDER BY created_at, id");

DocumentTemplate readTemplate(const QSqlQuery& q, DocumentKind kind)
{
    DocumentTemplate t;
    t.kind = kind;
    t.version = q.value(0).toInt();
    t.createdAt = SqlValues::timestamp(q.value(1));
    t.createdBy = q.value(2).toString();
    t.markdown = q.value(3).toString();
    return t;
}

// A row of DocumentColumns (and the body after them when read); nullopt for a kind or delivery
// this version does not know.
std::optional<PatientDocument> readDocument(const QSqlQuery& q, bool withBody)
{
    const auto kind = enumFromKey<DocumentKind>(q.value(3).toString());
    const auto delivery = enumFromKey<DocumentDelivery>(q.value(7).toString());
    if (!kind || !delivery)
        return std::nullopt;
    PatientDocument d;
    d.id = q.value(0).toLongLong();
    d.patientId = q.value(1).toLongLong();
    d.sessionId = q.value(2).isNull() ? 0 : q.value(2).toLongLong();
    d.kind = *kind;
    d.templateVersion = q.value(4).toInt();
    d.recipient = q.value(5).toString();
    d.title = q.value(6).toString();
    d.delivery = *delivery;
    d.createdAt = SqlValues::timestamp(q.value(8));
    d.createdBy = q.value(9).toString();
    d.createdByAccountId = q.value(10).isNull() ? 0 : q.value(10).toLongLong();
    if (withBody)
        d.markdown = q.value(11).toString();
    return d;
}

} // namespace

DocumentRepository::DocumentRepository(Database& database)
    : m_database(database), m_statements(database)
{}

Result<QSqlQuery*> DocumentRepository::prepared(const QString& sql)
{
    return m_statements.get(sql, tr("Could not prepare a database query"));
}

Result<DocumentTemplate> DocumentRepository::addTemplateVersion(DocumentKind kind,
                                                                const QString& markdown,
                                                                const QString& createdBy,
                                                                const QDateTime& nowUtc)
{
    Transaction tx(m_database);
    if (!tx.begun().ok())
        return tx.begun().error();
    auto statement = prepared(InsertTemplate);
    if (!statement)
        return statement.error();
    QSqlQuery& q = **statement;
    q.bindValue(QStringLiteral(":kind"), enumKey(kind));
    q.bindValue(QStringLiteral(":kind2"), enumKey(kind));
    q.bindValue(QStringLiteral(":created_at"), SqlValues::timestampText(nowUtc));
    q.bindValue(QStringLiteral(":created_by"), SqlValues::text(createdBy));
    q.bindValue(QStringLiteral(":body"), SqlValues::text(markdown));
    if (!q.exec() || !q.next())
        return SqlError::from(q.lastError(), tr("Could not save the template"));
    DocumentTemplate stored{kind, q.value(0).toInt(), nowUtc.toUTC(), createdBy, markdown};
    q.finish();
    if (Status committed = tx.commit(); !committed.ok())
        return committed.error();
    return stored;
}

Result<std::optional<DocumentTemplate>> DocumentRepository::latestTemplate(DocumentKind kind)
{
    auto statement = prepared(SelectLatestTemplate);
    if (!statement)
        return statement.error();
    QSqlQuery& q = **statement;
    q.bindValue(QStringLiteral(":kind"), enumKey(kind));
    if (!q.exec())
        return SqlError::from(q.lastError(), tr("Could not read the template"));
    std::optional<DocumentTemplate> latest;
    if (q.next())
        latest = readTemplate(q, kind);
    q.finish();
    return latest;
}

Result<DocumentTemplate> DocumentRepository::templateVersion(DocumentKind kind, int version)
{
    auto statement = prepared(SelectTemplate);
    if (!statement)
        return statement.error();
    QSqlQuery& q = **statement;
    q.bindValue(QStringLiteral(":kind"), enumKey(kind));
    q.bindValue(QStringLiteral(":version"), version);
    if (!q.exec())
        return SqlError::from(q.lastError(), tr("Could not read the template"));
    if (!q.next()) {
        q.finish();
        return Error{ErrorCode::NotFound,
                     tr("There is no version %1 of the %2 template.")
                         .arg(version)
                         .arg(DisplayText::inSentence(enumLabel(kind))),
                     {},
                     {}};
    }
    DocumentTemplate t = readTemplate(q, kind);
    q.finish();
    return t;
}

Result<PatientDocument> DocumentRepository::addDocument(const PatientDocument& document,
                                                        const QDateTime& nowUtc)
{
    auto statement = prepared(InsertDocument);
    if (!statement)
        return statement.error();
    QSqlQuery& q = **statement;
    q.bindValue(QStringLiteral(":patient_id"), document.patientId);
    q.bindValue(QStringLiteral(":session_id"), SqlValues::idOrNull(document.sessionId));
    q.bindValue(QStringLiteral(":kind"), enumKey(document.kind));
    q.bindValue(QStringLiteral(":template_version"), document.templateVersion);
    q.bindValue(QStringLiteral(":recipient"), SqlValues::text(document.recipient));
    q.bindValue(QStringLiteral(":title"), SqlValues::text(document.title));
    q.bindValue(QStringLiteral(":body"), SqlValues::text(document.markdown));
    q.bindValue(QStringLiteral(":delivery"), enumKey(document.delivery));
    q.bindValue(QStringLiteral(":created_at"), SqlValues::timestampText(nowUtc));
    q.bindValue(QStringLiteral(":created_by"), SqlValues::text(document.createdBy));
    q.bindValue(QStringLiteral(":account"), SqlValues::idOrNull(document.createdByAccountId));
    if (!q.exec() || !q.next())
        return SqlError::from(q.lastError(), tr("Could not keep the document on the record"));
    PatientDocument stored = document;
    stored.id = q.value(0).toLongLong();
    stored.createdAt = nowUtc.toUTC();
    q.finish();
    return stored;
}

Result<PatientDocument> DocumentRepository::document(PatientDocumentId id)
{
    auto statement = prepared(SelectDocument);
    if (!statement)
        return statement.error();
    QSqlQuery& q = **statement;
    q.bindValue(QStringLiteral(":id"), id);
    if (!q.exec())
        return SqlError::from(q.lastError(), tr("Could not read the document"));
    std::optional<PatientDocument> found;
    if (q.next())
        found = readDocument(q, true);
    q.finish();
    if (!found)
        return Error{ErrorCode::NotFound, tr("The document is not on the record."), {}, {}};
    return *found;
}

Result<std::vector<PatientDocument>> DocumentRepository::documents(PatientId patientId)
{
    return list(SelectPatientDocuments, tr("Could not read the patient's documents"), patientId);
}

Result<std::vector<PatientDocument>> DocumentRepository::documentsOfSession(SessionId sessionId)
{
    return list(SelectSessionDocuments, tr("Could not read the visit's documents"), sessionId);
}

Result<std::vector<PatientDocument>> DocumentRepository::list(const QString& sql,
                                                              const QString& failure, qint64 id)
{
    auto statement = prepared(sql);
    if (!statement)
        return statement.error();
    QSqlQuery& q = **statement;
    q.bindValue(QStringLiteral(":id"), id);
    if (!q.exec())
        return SqlError::from(q.lastError(), failure);
    std::vector<PatientDocument> out;
    while (q.next()) {
        if (auto d = readDocument(q, false))
            out.push_back(std::move(*d));
    }
    q.finish();
    return out;
}

} // namespace needlechart
