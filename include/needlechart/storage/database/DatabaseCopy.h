#pragma once

#include "needlechart/domain/common/Result.h"

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <vector>

namespace needlechart {

class Database;

// Moves a clinic from one database to another (a single-seat SQLite file onto the clinic
// server): every row of every table, ids kept, in one transaction on the target, so the target
// ends up with all of it or none of it. Before committing, each table's row count and a digest
// of its contents (every column of every row, in primary-key order, in one text form for both
// back ends) are compared on both sides; any difference rolls the copy back.
//
// The target must be at the same schema version and hold no clinic data. The source is only
// read. Table and column names come from the schema, never from input; every value is bound.
class DatabaseCopy {
    Q_DECLARE_TR_FUNCTIONS(DatabaseCopy)

public:
    struct TableResult {
        QString table;
        qint64 rows = 0; // in the source, and (checked) in the target
    };
    // Called after each batch of rows and at the end of each table.
    using Progress = std::function<void(const QString& table, qint64 done, qint64 total)>;

    // The tables in an order that inserts parents before children.
    [[nodiscard]] static const std::vector<QString>& tables();

    [[nodiscard]] static Result<std::vector<TableResult>> copy(Database& from, Database& to,
                                                               const Progress& progress = {});

    // Row count and content digest of one table (hex SHA-256), comparable across back ends.
    struct Fingerprint {
        qint64 rows = 0;
        QByteArray digest;
        friend bool operator==(const Fingerprint&, const Fingerprint&) = default;
    };
    [[nodiscard]] static Result<Fingerprint> fingerprint(Database& db, const QString& table);
};

} // namespace needlechart
