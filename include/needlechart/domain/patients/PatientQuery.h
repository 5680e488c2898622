#pragma once

#include <QString>

namespace needlechart {

// What the patient list asks for: an optional search, a whitelisted sort and a page.
struct PatientQuery {
    enum class SortKey { Name, DateOfBirth, Phone, LastVisit };

    QString searchText; // as typed; see SearchText::queryTerms
    SortKey sortKey = SortKey::Name;
    bool descending = false;
    int offset = 0;
    int limit = 200;
};

} // namespace needlechart
