#include "needlechart/domain/backup/BackupManifest.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace needlechart {
namespace {

QString payloadKey(BackupManifest::Payload payload)
{
    return payload == BackupManifest::Payload::PgDump ? QStringLiteral("pg_dump-custom")
                                                      : QStringLiteral("sqlite");
}

// Counts travel as strings: JSON numbers are doubles, exact only to 2^53.
QString count(qint64 n)
{
    return QString::number(n);
}

std::optional<qint64> countFrom(const QJsonValue& value)
{
    bool ok = false;
    const qint64 n = value.toString().toLongLong(&ok);
    if (!ok || n < 0)
        return std::nullopt;
    return n;
}

} // namespace

QByteArray BackupManifest::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("format"), formatVersion);
    o.insert(QStringLiteral("created"), createdUtc.toUTC().toString(Qt::ISODateWithMs));
    o.insert(QStringLiteral("payload"), payloadKey(payload));
    o.insert(QStringLiteral("schema"), schemaVersion);
    o.insert(QStringLiteral("app"), appVersion);
    o.insert(QStringLiteral("workstation"), workstation);
    o.insert(QStringLiteral("patients"), count(patients));
    o.insert(QStringLiteral("notes"), count(notes));
    o.insert(QStringLiteral("signedNotes"), count(signedNotes));
    o.insert(QStringLiteral("auditRows"), count(auditRows));
    o.insert(QStringLiteral("auditHead"), QString::fromLatin1(auditHead.toHex()));
    o.insert(QStringLiteral("payloadBytes"), count(payloadBytes));
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

std::optional<BackupManifest> BackupManifest::fromJson(const QByteArray& json)
{
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    const QJsonObject o = document.object();
    BackupManifest m;
    m.formatVersion = o.value(QStringLiteral("format")).toInt(-1);
    if (m.formatVersion != FormatVersion)
        return std::nullopt;
    m.createdUtc =
        QDateTime::fromString(o.value(QStringLiteral("created")).toString(), Qt::ISODateWithMs);
    const QString payload = o.value(QStringLiteral("payload")).toString();
    if (payload == payloadKey(Payload::PgDump))
        m.payload = Payload::PgDump;
    else if (payload == payloadKey(Payload::SqliteFile))
        m.payload = Payload::SqliteFile;
    else
        return std::nullopt;
    m.schemaVersion = o.value(QStringLiteral("schema")).toInt(-1);
    m.appVersion = o.value(QStringLiteral("app")).toString();
    m.workstation = o.value(QStringLiteral("workstation")).toString();
    const auto patients = countFrom(o.value(QStringLiteral("patients")));
    const auto notes = countFrom(o.value(QStringLiteral("notes")));
    const auto signedNotes = countFrom(o.value(QStringLiteral("signedNotes")));
    const auto auditRows = countFrom(o.value(QStringLiteral("auditRows")));
    const auto payloadBytes = countFrom(o.value(QStringLiteral("payloadBytes")));
    if (!m.createdUtc.isValid() || m.schemaVersion < 0 || !patients || !notes || !signedNotes
        || !auditRows || !payloadBytes)
        return std::nullopt;
    m.patients = *patients;
    m.notes = *notes;
    m.signedNotes = *signedNotes;
    m.auditRows = *auditRows;
    m.payloadBytes = *payloadBytes;
    m.auditHead = QByteArray::fromHex(o.value(QStringLiteral("auditHead")).toString().toLatin1());
    m.createdUtc = m.createdUtc.toUTC();
    return m;
}

} // namespace needlechart
