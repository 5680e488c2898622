#pragma once

#include "needlechart/domain/bodymap/MuscleCatalogue.h"
#include "needlechart/domain/common/Clock.h"
#include "needlechart/services/common/ClinicServices.h"

#include <QString>

#include <cstdio>
#include <memory>

namespace needlechart::test {

// What a worker process (another "workstation" of a test) opens: TempDatabase::location(), a
// file's path or a clinic server's address. Says why on stderr and returns null if it cannot.
inline std::unique_ptr<ClinicServices> openWorkerClinic(const QString& location, const Clock& clock)
{
    auto opened =
        location.startsWith(QLatin1Char('/'))
            ? ClinicServices::openFile(location, clock, MuscleCatalogue::builtIn())
            : ClinicServices::openServer(location, QString(), clock, MuscleCatalogue::builtIn());
    if (!opened) {
        std::fprintf(stderr, "cannot open: %s\n", qUtf8Printable(opened.error().message));
        return nullptr;
    }
    return std::move(*opened);
}

} // namespace needlechart::test
