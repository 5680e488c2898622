#pragma once

#include <QString>

namespace needlechart {

// Sets up spdlog: a rotating file (5 x 2 MiB) in `logDirectory`, plus the console when
// `console` is set (debug builds). Log lines carry ids and error codes, never names or
// clinical text.
class Logging {
public:
    static void initialize(const QString& logDirectory, bool console);
    // The file the rotating logger writes to, once initialised.
    [[nodiscard]] static QString logFilePath();
};

} // namespace needlechart
