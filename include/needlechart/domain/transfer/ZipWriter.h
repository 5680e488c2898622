#pragma once

#include "needlechart/domain/common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace needlechart {

// Writes a ZIP archive (PKWARE APPNOTE 6.3) in memory: each file deflated (zlib) with its CRC-32,
// names in UTF-8 (flag bit 11), a central directory at the end. What any unzip, file manager or
// operating system opens; used for a patient's whole record (PDF and FHIR JSON in one file).
// Without ZIP64, so the archive is refused past 4 GiB or 65,535 files; a record is far smaller.
class ZipWriter {
    Q_DECLARE_TR_FUNCTIONS(ZipWriter)

public:
    // `name` is a relative path with '/' separators; `modified` is stored in local time, to two
    // seconds, as ZIP does.
    void add(const QString& name, const QByteArray& bytes, const QDateTime& modified);

    // The archive, or an error saying why it cannot be made (too large, a name that is not a
    // plain relative path, the same name twice).
    [[nodiscard]] Result<QByteArray> archive() const;

private:
    struct Entry {
        QString name;
        QByteArray bytes;
        QDateTime modified;
    };
    QList<Entry> m_entries;
};

} // namespace needlechart
