#include "needlechart/domain/audit/AuditChain.h"

#include <QCryptographicHash>

namespace needlechart {

QByteArray AuditChain::genesis()
{
    return QByteArray(64, '0');
}

QByteArray AuditChain::canonical(const AuditEvent& e)
{
    const char separator = '\x1f';
    QByteArray out;
    out.reserve(256);
    const auto add = [&out, separator](const QByteArray& field) {
        out.append(field);
        out.append(separator);
    };
    add(QByteArray::number(e.id));
    add(e.atUtc.toUTC().toString(Qt::ISODateWithMs).toUtf8());
    add(QByteArray::number(e.accountId));
    add(e.login.toUtf8());
    add(e.workstation.toUtf8());
    add(enumKey(e.action).toLatin1());
    add(QByteArray::number(e.patientId));
    add(e.objectType.toUtf8());
    add(QByteArray::number(e.objectId));
    add(enumKey(e.outcome).toLatin1());
    add(e.detail.toUtf8());
    out.append(e.contentHash);
    return out;
}

QByteArray AuditChain::link(const QByteArray& previousHash, const AuditEvent& event)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(previousHash);
    hash.addData(canonical(event));
    return hash.result().toHex();
}

} // namespace needlechart
