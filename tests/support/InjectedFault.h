#pragma once

#include "needlechart/storage/backends/Backend.h"
#include "needlechart/storage/database/Database.h"

#include "RawConnection.h"

#include <QString>

namespace needlechart::test {

// Makes inserts into one table fail, for tests of what a failed write leaves behind: a trigger
// that raises "injected" before each insert into `table` for which `condition` (SQL on NEW and
// the database, or empty for every insert) holds. The same on both back ends: an SQLite trigger
// with a WHEN clause, or a PL/pgSQL trigger function that tests the condition.
class InjectedFault {
public:
    // Returns the driver's error text, empty on success (ASSERT_EQ(..., QString())).
    [[nodiscard]] static QString failInserts(Database& db, const QString& name,
                                             const QString& table, const QString& condition = {})
    {
        if (db.backend() == Backend::Sqlite) {
            const QString when =
                condition.isEmpty() ? QString() : QStringLiteral(" WHEN ") + condition;
            return RawConnection::run(
                db.connection(), QStringLiteral("CREATE TRIGGER %1 BEFORE INSERT ON %2%3 BEGIN "
                                                "SELECT RAISE(ABORT, 'injected'); END")
                                     .arg(name, table, when));
        }
        const QString test = condition.isEmpty() ? QStringLiteral("TRUE") : condition;
        const QString function = RawConnection::run(
            db.connection(), QStringLiteral("CREATE FUNCTION %1_fn() RETURNS trigger LANGUAGE "
                                            "plpgsql AS $body$ BEGIN IF (%2) THEN RAISE "
                                            "EXCEPTION 'injected'; END IF; RETURN NEW; END "
                                            "$body$")
                                 .arg(name, test));
        if (!function.isEmpty())
            return function;
        return RawConnection::run(db.connection(),
                                  QStringLiteral("CREATE TRIGGER %1 BEFORE INSERT ON %2 FOR EACH "
                                                 "ROW EXECUTE FUNCTION %1_fn()")
                                      .arg(name, table));
    }

    // Removes what failInserts made.
    [[nodiscard]] static QString remove(Database& db, const QString& name, const QString& table)
    {
        if (db.backend() == Backend::Sqlite)
            return RawConnection::run(db.connection(), QStringLiteral("DROP TRIGGER ") + name);
        const QString trigger = RawConnection::run(
            db.connection(), QStringLiteral("DROP TRIGGER %1 ON %2").arg(name, table));
        if (!trigger.isEmpty())
            return trigger;
        return RawConnection::run(db.connection(),
                                  QStringLiteral("DROP FUNCTION %1_fn()").arg(name));
    }
};

} // namespace needlechart::test
