#pragma once

namespace needlechart {

struct DatabaseOptions {
    // How long a write waits for another connection before reporting ErrorCode::Locked.
    int busyTimeoutMs = 5000;
    // Create the file if it does not exist. When false a missing file is ErrorCode::Io.
    bool createIfMissing = true;
    // Bring the schema up to date on open (a backup is made first if the file had data).
    // Tests switch this off to build databases at earlier schema versions.
    bool migrate = true;
};

} // namespace needlechart
