#pragma once

#include "needlechart/domain/patients/Patient.h"

#include <QString>

namespace needlechart {

// What a clinician searches the notes for: the words typed (every word must begin a word of
// the note, see NoteSearchText), in one patient's notes or in everyone's, and in anyone's notes
// or only those charted by one clinician. Results come newest treatment first, at most `limit`.
struct NoteSearchQuery {
    QString text;
    PatientId patientId = 0; // 0: every patient
    QString clinicianLogin;  // empty: charted by anyone
    int limit = 100;

    static constexpr int MaxLimit = 500;

    // `text` in `patient`'s notes (0: everyone's), charted by anyone, the default limit.
    [[nodiscard]] static NoteSearchQuery forWords(const QString& text, PatientId patient = 0)
    {
        NoteSearchQuery query;
        query.text = text;
        query.patientId = patient;
        return query;
    }

    friend bool operator==(const NoteSearchQuery&, const NoteSearchQuery&) = default;
};

} // namespace needlechart
