#include "needlechart/domain/audit/AuditCsv.h"

#include "needlechart/domain/common/EnumText.h"

#include <QStringList>

namespace needlechart {

QString AuditCsv::field(const QString& text)
{
    QString value = text;
    if (!value.isEmpty()
        && (value.front() == QLatin1Char('=') || value.front() == QLatin1Char('+')
            || value.front() == QLatin1Char('-') || value.front() == QLatin1Char('@')))
        value.prepend(QLatin1Char('\''));
    const bool quote = value.contains(QLatin1Char(',')) || value.contains(QLatin1Char('"'))
                       || value.contains(QLatin1Char('\n')) || value.contains(QLatin1Char('\r'));
    if (!quote)
        return value;
    value.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + value + QLatin1Char('"');
}

QString AuditCsv::header()
{
    return QStringLiteral("id,time_utc,account_id,login,workstation,action,patient_id,object_type,"
                          "object_id,outcome,detail,content_hash,hash");
}

QString AuditCsv::line(const AuditEvent& e)
{
    const auto id = [](qint64 value) { return value > 0 ? QString::number(value) : QString(); };
    const QStringList fields{
        QString::number(e.id),
        e.atUtc.toUTC().toString(Qt::ISODateWithMs),
        id(e.accountId),
        field(e.login),
        field(e.workstation),
        enumKey(e.action),
        id(e.patientId),
        field(e.objectType),
        id(e.objectId),
        enumKey(e.outcome),
        field(e.detail),
        QString::fromLatin1(e.contentHash),
        QString::fromLatin1(e.hash),
    };
    return fields.join(QLatin1Char(','));
}

QString AuditCsv::document(const std::vector<AuditEvent>& events)
{
    QString text = header() + QStringLiteral("\r\n");
    for (const AuditEvent& e : events)
        text += line(e) + QStringLiteral("\r\n");
    return text;
}

} // namespace needlechart
