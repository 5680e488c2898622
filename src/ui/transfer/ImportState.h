#pragma once

#include "needlechart/domain/transfer/PatientImport.h"
#include "needlechart/services/transfer/PatientImportService.h"

#include <QString>

#include <optional>

namespace needlechart {

// What the import wizard's pages hand on to each other: the file read on the first page, the
// mapping chosen on the second, the check made on the third.
struct ImportState {
    QString path;
    std::optional<PatientImportService::Source> source;
    PatientImport::Mapping mapping;
    std::optional<PatientImportService::Check> check;
};

} // namespace needlechart
