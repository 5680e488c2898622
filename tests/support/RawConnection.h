#pragma once

#include "needlechart/storage/backends/ServerAddress.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <atomic>

namespace needlechart::test {

// A plain QSqlDatabase connection to a file or server database, bypassing Database: for building
// files at old schema versions, planting triggers, holding locks and peeking at tables. Closed and
// unregistered on destruction (or close()); no QSqlQuery outlives a call.
class RawConnection {
public:
    explicit RawConnection(const QString& path, const QString& connectOptions = {})
        : m_name(QStringLiteral("needlechart-test-raw-%1").arg(++counter()))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(connectOptions);
        m_open = db.open();
        if (!m_open)
            m_openError = db.lastError().text();
    }
    // A plain connection to a PostgreSQL database (the password, if any, from the address).
    explicit RawConnection(const ServerAddress& address)
        : m_name(QStringLiteral("needlechart-test-raw-%1").arg(++counter()))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
        QString options;
        for (const auto& [keyword, value] : address.connectionParameters()) {
            if (keyword != QStringLiteral("password"))
                options += keyword + QStringLiteral("='") + value + QStringLiteral("';");
        }
        db.setConnectOptions(options);
        db.setPassword(address.password());
        m_open = db.open();
        if (!m_open)
            m_openError = db.lastError().text();
    }
    ~RawConnection() { close(); }
    RawConnection(const RawConnection&) = delete;
    RawConnection& operator=(const RawConnection&) = delete;

    [[nodiscard]] bool isOpen() const { return m_open; }
    [[nodiscard]] const QString& openError() const { return m_openError; }
    [[nodiscard]] QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

    // Runs one statement; returns the driver's error text, empty on success.
    [[nodiscard]] QString run(const QString& sql) const { return run(db(), sql); }
    // The first column of the first row, or an invalid QVariant on error / no rows.
    [[nodiscard]] QVariant scalar(const QString& sql) const { return scalar(db(), sql); }

    void close()
    {
        if (m_name.isEmpty())
            return;
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
        m_name.clear();
        m_open = false;
    }

    // The same helpers on any connection (e.g. Database::connection()).
    [[nodiscard]] static QString run(const QSqlDatabase& db, const QString& sql)
    {
        QSqlQuery query(db);
        return query.exec(sql)
                   ? QString()
                   : query.lastError().text() + QStringLiteral(" [") + sql + QLatin1Char(']');
    }
    [[nodiscard]] static QVariant scalar(const QSqlDatabase& db, const QString& sql)
    {
        QSqlQuery query(db);
        if (!query.exec(sql) || !query.next())
            return {};
        return query.value(0);
    }

private:
    static std::atomic<int>& counter()
    {
        static std::atomic<int> value{0};
        return value;
    }

    QString m_name;
    QString m_openError;
    bool m_open = false;
};

} // namespace needlechart::test
