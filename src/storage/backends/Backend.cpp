#include "needlechart/storage/backends/Backend.h"

namespace needlechart {

const char* backendName(Backend backend)
{
    switch (backend) {
    case Backend::Sqlite: return "sqlite";
    case Backend::PostgreSql: return "postgresql";
    }
    return "unknown";
}

} // namespace needlechart
