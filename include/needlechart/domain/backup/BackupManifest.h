#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace needlechart {

// What a backup says about itself in the clear, ahead of its (encrypted) content: when and from
// what it was taken, and the counts and audit head the content had, so a list of backups can show
// them without the passphrase and a restore can check the content against them. Holds no patient
// data. Authenticated with the content: a changed count makes the whole backup fail to open.
struct BackupManifest {
    static constexpr int FormatVersion = 1;

    enum class Payload {
        SqliteFile, // the clinic file itself, as VACUUM INTO wrote it
        PgDump,     // pg_dump's custom format
    };

    int formatVersion = FormatVersion;
    QDateTime createdUtc;
    Payload payload = Payload::SqliteFile;
    int schemaVersion = 0;
    QString appVersion;
    QString workstation;
    qint64 patients = 0;
    qint64 notes = 0;
    qint64 signedNotes = 0;
    qint64 auditRows = 0;
    QByteArray auditHead; // the last row's chain hash (raw bytes), empty for an empty trail
    qint64 payloadBytes = 0;

    [[nodiscard]] QByteArray toJson() const;
    // Nothing if `json` is not a manifest this version can read.
    [[nodiscard]] static std::optional<BackupManifest> fromJson(const QByteArray& json);

    friend bool operator==(const BackupManifest&, const BackupManifest&) = default;
};

} // namespace needlechart
