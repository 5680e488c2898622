#include "needlechart/storage/backends/ServerAddress.h"

#include <libpq-fe.h>

#include <memory>

namespace needlechart {
namespace {

struct ConninfoFree {
    void operator()(PQconninfoOption* options) const { PQconninfoFree(options); }
};

// Quotes a value for a libpq keyword string: single quotes, with \ and ' escaped.
QString quoted(const QString& value)
{
    QString escaped = value;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    escaped.replace(QLatin1Char('\''), QStringLiteral("\\'"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

// What NeedleChart sets when the address does not: a workstation must notice within seconds that
// the server is gone (connect timeout, keepalives, an unacknowledged-data timeout) rather than
// after TCP's default of many minutes.
const std::map<QString, QString>& defaults()
{
    static const std::map<QString, QString> values = {
        {QStringLiteral("connect_timeout"), QStringLiteral("5")},
        {QStringLiteral("keepalives"), QStringLiteral("1")},
        {QStringLiteral("keepalives_idle"), QStringLiteral("10")},
        {QStringLiteral("keepalives_interval"), QStringLiteral("3")},
        {QStringLiteral("keepalives_count"), QStringLiteral("3")},
        {QStringLiteral("tcp_user_timeout"), QStringLiteral("10000")},
        {QStringLiteral("application_name"), QStringLiteral("NeedleChart")},
    };
    return values;
}

} // namespace

Result<ServerAddress> ServerAddress::parse(const QString& address)
{
    const QString trimmed = address.trimmed();
    if (trimmed.isEmpty())
        return Error{ErrorCode::Validation, tr("Enter the clinic server's address."), {}, {}};
    char* message = nullptr;
    const QByteArray utf8 = trimmed.toUtf8();
    std::unique_ptr<PQconninfoOption, ConninfoFree> parsed(
        PQconninfoParse(utf8.constData(), &message));
    if (!parsed) {
        const QString detail = message ? QString::fromUtf8(message).trimmed() : QString();
        PQfreemem(message);
        return Error{ErrorCode::Validation,
                     tr("The clinic server's address is not a PostgreSQL connection address "
                        "(such as postgresql://clinic-server/needlechart): %1")
                         .arg(detail),
                     detail,
                     {}};
    }
    ServerAddress result;
    for (const PQconninfoOption* option = parsed.get(); option->keyword; ++option) {
        if (!option->val)
            continue;
        const QString keyword = QString::fromUtf8(option->keyword);
        const QString value = QString::fromUtf8(option->val);
        if (keyword == QStringLiteral("password")) {
            result.m_password = value;
            continue;
        }
        // Qt's PostgreSQL driver passes its connect options on with ';' turned into spaces.
        if (value.contains(QLatin1Char(';')))
            return Error{ErrorCode::Validation,
                         tr("The connection option %1 contains a ';', which NeedleChart cannot "
                            "pass on. Put it in a libpq service file instead.")
                             .arg(keyword),
                         {},
                         {}};
        result.m_options[keyword] = value;
    }
    // What is kept and shown: the address without the password in it.
    QString text;
    for (const auto& [keyword, value] : result.m_options)
        text += (text.isEmpty() ? QString() : QStringLiteral(" ")) + keyword + QLatin1Char('=')
                + quoted(value);
    const bool isUri = trimmed.startsWith(QStringLiteral("postgresql://"))
                       || trimmed.startsWith(QStringLiteral("postgres://"));
    result.m_text = isUri && result.m_password.isEmpty() ? trimmed : text;
    return result;
}

QString ServerAddress::option(const QString& keyword) const
{
    const auto found = m_options.find(keyword);
    return found == m_options.end() ? QString() : found->second;
}

QString ServerAddress::host() const
{
    QString host = option(QStringLiteral("host"));
    if (host.isEmpty())
        host = option(QStringLiteral("hostaddr"));
    if (host.isEmpty() && !option(QStringLiteral("service")).isEmpty())
        return tr("service %1").arg(option(QStringLiteral("service")));
    if (host.isEmpty() || host.startsWith(QLatin1Char('/')))
        return tr("this computer");
    return host;
}

QString ServerAddress::database() const
{
    return option(QStringLiteral("dbname"));
}

QString ServerAddress::user() const
{
    return option(QStringLiteral("user"));
}

QString ServerAddress::displayName() const
{
    const QString name = database().isEmpty() ? QStringLiteral("needlechart") : database();
    return tr("%1 on %2").arg(name, host());
}

std::map<QString, QString> ServerAddress::connectionParameters() const
{
    std::map<QString, QString> parameters = m_options;
    for (const auto& [keyword, value] : defaults())
        parameters.try_emplace(keyword, value);
    if (!m_password.isEmpty())
        parameters[QStringLiteral("password")] = m_password;
    return parameters;
}

QString ServerAddress::connectionString() const
{
    QString result;
    for (const auto& [keyword, value] : connectionParameters())
        result += (result.isEmpty() ? QString() : QStringLiteral(" ")) + keyword + QLatin1Char('=')
                  + quoted(value);
    return result;
}

ServerAddress ServerAddress::withOption(const QString& keyword, const QString& value) const
{
    ServerAddress changed = *this;
    changed.m_options[keyword] = value;
    QString text;
    for (const auto& [name, given] : changed.m_options)
        text += (text.isEmpty() ? QString() : QStringLiteral(" ")) + name + QLatin1Char('=')
                + quoted(given);
    changed.m_text = text;
    return changed;
}

QString ServerAddress::connectionStringWithoutPassword() const
{
    ServerAddress withoutPassword = *this;
    withoutPassword.m_password.clear();
    return withoutPassword.connectionString();
}

bool ServerAddress::answers() const
{
    const QByteArray conninfo = connectionString().toUtf8();
    return PQping(conninfo.constData()) == PQPING_OK;
}

} // namespace needlechart
