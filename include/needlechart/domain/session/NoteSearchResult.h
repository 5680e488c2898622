#pragma once

#include "needlechart/domain/session/NoteSearchHit.h"

#include <vector>

namespace needlechart {

// The notes found, newest treatment first, and whether there were more than the query's limit.
struct NoteSearchResult {
    std::vector<NoteSearchHit> hits;
    bool more = false;
};

} // namespace needlechart
