#pragma once

#include "needlechart/domain/common/Error.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QString>

namespace needlechart {

// Turns a driver error into an Error with a code a caller can act on, the same code for the same
// trouble on both back ends: busy, serialization failure or deadlock -> Locked; unique
// violation -> Conflict; read-only -> ReadOnly; disk full -> Io; "not a database" ->
// NotADatabase; malformed -> Corrupt; a lost server connection -> Unreachable.
// `what` says what was being done, for the message ("Could not save the patient").
class SqlError {
    Q_DECLARE_TR_FUNCTIONS(SqlError)

public:
    [[nodiscard]] static Error from(const QSqlError& error, const QString& what);
    // "<what>: the clinic server cannot be reached ..."
    [[nodiscard]] static QString unreachableMessage(const QString& what);

private:
    [[nodiscard]] static Error fromPostgres(const QSqlError& error, const QString& what);
};

} // namespace needlechart
