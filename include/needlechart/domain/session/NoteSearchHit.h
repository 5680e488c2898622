#pragma once

#include "needlechart/domain/patients/Patient.h"
#include "needlechart/domain/session/Session.h"

#include <QDateTime>
#include <QString>

namespace needlechart {

// A note found by a search: whose, when, by whom, and its searchable text (NoteSearchText's
// document), from which the lines that matched are shown without opening the note.
struct NoteSearchHit {
    SessionId sessionId = 0;
    Patient patient;     // id and names only
    QDateTime treatedAt; // UTC
    QString clinician;
    SessionStatus status = SessionStatus::Draft;
    QString document;

    friend bool operator==(const NoteSearchHit&, const NoteSearchHit&) = default;
};

} // namespace needlechart
