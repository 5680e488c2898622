#pragma once

#include "needlechart/domain/common/Result.h"
#include "needlechart/domain/documents/DocumentTemplate.h"
#include "needlechart/domain/documents/PatientDocument.h"
#include "needlechart/storage/database/StatementCache.h"

#include <QCoreApplication>

#include <optional>
#include <vector>

namespace needlechart {

class Database;

// The clinic's document templates (versions per kind, only ever added) and the documents given
// to patients or sent about them (only ever added) in SQL.
//
// Holds prepared statements on the Database's connection: destroy it before the Database.
class DocumentRepository {
    Q_DECLARE_TR_FUNCTIONS(DocumentRepository)

public:
    explicit DocumentRepository(Database& database);

    // Stores `markdown` as the next version of `kind` (latest + 1) and returns it.
    [[nodiscard]] Result<DocumentTemplate> addTemplateVersion(DocumentKind kind,
                                                              const QString& markdown,
                                                              const QString& createdBy,
                                                              const QDateTime& nowUtc);
    // The newest version of `kind`, or nullopt when there is none yet.
    [[nodiscard]] Result<std::optional<DocumentTemplate>> latestTemplate(DocumentKind kind);
    [[nodiscard]] Result<DocumentTemplate> templateVersion(DocumentKind kind, int version);

    // Stores a document as given (its id and createdAt are set here) and returns it.
    [[nodiscard]] Result<PatientDocument> addDocument(const PatientDocument& document,
                                                      const QDateTime& nowUtc);
    [[nodiscard]] Result<PatientDocument> document(PatientDocumentId id);
    // The patient's documents, newest first, without their texts.
    [[nodiscard]] Result<std::vector<PatientDocument>> documents(PatientId patientId);
    // The documents written for one visit, oldest first, without their texts.
    [[nodiscard]] Result<std::vector<PatientDocument>> documentsOfSession(SessionId sessionId);

private:
    [[nodiscard]] Result<QSqlQuery*> prepared(const QString& sql);
    [[nodiscard]] Result<std::vector<PatientDocument>> list(const QString& sql,
                                                            const QString& failure, qint64 id);

    Database& m_database;
    StatementCache m_statements;
};

} // namespace needlechart
