#pragma once

#include <QString>

namespace needlechart::bench {

// Path of a generated database with `patients` demo patients, created on first use under
// $NEEDLECHART_BENCH_DIR (default: /tmp/needlechart-bench) and reused by later runs.
// Generation is deterministic (fixed seed and date), so every run measures the same data.
[[nodiscard]] QString generatedDatabase(int patients);

// Creates (overwriting) a database at `path` with `patients` generated patients.
// Returns false and prints why on failure.
bool generateDatabase(const QString& path, int patients, quint32 seed);

} // namespace needlechart::bench
