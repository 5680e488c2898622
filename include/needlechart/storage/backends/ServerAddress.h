#pragma once

#include "needlechart/domain/common/Result.h"

#include <QCoreApplication>
#include <QString>

#include <map>

namespace needlechart {

// Where a clinic's PostgreSQL database is: a libpq connection URI
// ("postgresql://alex@clinic-server:5432/needlechart?sslmode=verify-full") or keyword string
// ("host=clinic-server dbname=needlechart service=clinic"), parsed by libpq itself so every
// libpq option (sslmode, sslrootcert, service, ...) means what libpq's documentation says.
// Passwords come from libpq's own sources (~/.pgpass, PGPASSFILE, a service file) or are set
// here from a dialog; they are never part of text(), displayName() or a log line.
class ServerAddress {
    Q_DECLARE_TR_FUNCTIONS(ServerAddress)

public:
    [[nodiscard]] static Result<ServerAddress> parse(const QString& address);

    // The options given, keyword to value (no password).
    [[nodiscard]] const std::map<QString, QString>& options() const { return m_options; }
    [[nodiscard]] QString option(const QString& keyword) const;
    [[nodiscard]] QString host() const;     // as given; "local socket" when none
    [[nodiscard]] QString database() const; // as given; libpq's default when empty
    [[nodiscard]] QString user() const;

    // For the title bar and status bar: "needlechart on clinic-server".
    [[nodiscard]] QString displayName() const;
    // The address as given, without a password: for settings files, logs and messages.
    [[nodiscard]] QString text() const { return m_text; }

    void setPassword(const QString& password) { m_password = password; }
    // The same address with one option set (dbname, or options='-c search_path=...').
    [[nodiscard]] ServerAddress withOption(const QString& keyword, const QString& value) const;
    [[nodiscard]] const QString& password() const { return m_password; }

    // Keyword/value pairs for libpq: the options given, plus NeedleChart's defaults where not
    // given (a 5-second connect timeout, TCP keepalives and a user timeout so that a pulled
    // cable is noticed in seconds, application_name), and the password if one was set.
    [[nodiscard]] std::map<QString, QString> connectionParameters() const;
    // The same as a libpq keyword string (values quoted), for PQconnectdb and PQping.
    [[nodiscard]] QString connectionString() const;
    // The same without the password, for a program's command line (pg_dump, pg_restore), which
    // other users of the machine can read: the password goes in PGPASSWORD instead.
    [[nodiscard]] QString connectionStringWithoutPassword() const;

    // True if a server answers at this address (libpq's PQping), whether or not it would let
    // this user in. Blocks up to the connect timeout: call it off the window's thread.
    [[nodiscard]] bool answers() const;

private:
    std::map<QString, QString> m_options;
    QString m_password;
    QString m_text;
};

} // namespace needlechart
