#pragma once

#include "needlechart/domain/common/Error.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QString>

namespace needlechart {

// Turns a driver error into an Error with a code a caller can act on (busy -> Locked,
// "not a database" -> NotADatabase, malformed -> Corrupt, read-only -> ReadOnly).
// `what` says what was being done, for the message ("Could not save the patient").
class SqlError {
    Q_DECLARE_TR_FUNCTIONS(SqlError)

public:
    [[nodiscard]] static Error from(const QSqlError& error, const QString& what);
};

} // namespace needlechart
