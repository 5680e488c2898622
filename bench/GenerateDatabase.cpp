// needlechart_gendb FILE N [SEED]: writes a demo clinic of N generated patients to FILE, for
// timing the application on large data (see docs/performance.md).
#include "BenchDatabase.h"

#include <QCoreApplication>
#include <QStringList>

#include <cstdio>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 3) {
        std::fprintf(stderr, "usage: needlechart_gendb FILE N [SEED]\n");
        return 2;
    }
    bool countOk = false;
    const int count = args.at(2).toInt(&countOk);
    const quint32 seed = args.size() > 3 ? args.at(3).toUInt() : 20261124u;
    if (!countOk || count < 0) {
        std::fprintf(stderr, "N must be a number of patients\n");
        return 2;
    }
    return needlechart::bench::generateDatabase(args.at(1), count, seed) ? 0 : 1;
}
