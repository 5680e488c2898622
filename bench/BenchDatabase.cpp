#include "BenchDatabase.h"

#include "needlechart/domain/common/FixedClock.h"
#include "needlechart/services/demo/DemoClinic.h"
#include "needlechart/storage/database/Database.h"
#include "needlechart/storage/patients/PatientRepository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cstdio>

namespace needlechart::bench {

bool generateDatabase(const QString& path, int patients, quint32 seed)
{
    QFile::remove(path);
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    auto db = Database::open(path);
    if (!db.ok()) {
        std::fprintf(stderr, "cannot create %s: %s\n", qPrintable(path),
                     qPrintable(db.error().message));
        return false;
    }
    PatientRepository repository(**db);
    if (Status indexed = repository.ensureSearchIndex(); !indexed.ok()) {
        std::fprintf(stderr, "search index: %s\n", qPrintable(indexed.error().message));
        return false;
    }
    const FixedClock clock(QDateTime(QDate(2026, 11, 24), QTime(9, 0), Qt::UTC));
    auto stored = DemoClinic::populate(**db, repository, patients, seed, clock.nowUtc());
    if (!stored.ok()) {
        std::fprintf(stderr, "populate: %s\n", qPrintable(stored.error().message));
        return false;
    }
    return true;
}

QString generatedDatabase(int patients)
{
    QString dir = qEnvironmentVariable("NEEDLECHART_BENCH_DIR");
    if (dir.isEmpty())
        dir = QDir::temp().filePath(QStringLiteral("needlechart-bench"));
    QDir().mkpath(dir);
    const QString path = QDir(dir).filePath(QStringLiteral("patients-%1.db").arg(patients));
    const QString done = path + QStringLiteral(".complete");
    if (!QFileInfo::exists(done)) {
        std::fprintf(stderr, "generating %d patients into %s ...\n", patients, qPrintable(path));
        if (!generateDatabase(path, patients, 20261124))
            return {};
        QFile marker(done);
        if (!marker.open(QIODevice::WriteOnly))
            return {};
    }
    return path;
}

} // namespace needlechart::bench
