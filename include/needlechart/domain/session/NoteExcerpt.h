#pragma once

#include "needlechart/domain/common/EnumText.h"

#include <QList>
#include <QString>

#include <utility>

namespace needlechart {

// The part of a note a line of its search text comes from.
enum class NoteField {
    Complaint,
    Point,
    NeedleCount,
    NotNeedled,
    Bruising,
    Care,
    AdverseEvent,
    Advice,
    FollowUp,
    Amendment,
};

template <>
struct EnumText<NoteField> {
    static constexpr const char* Context = "NoteField";
    static constexpr std::array Entries{
        EnumEntry<NoteField>{NoteField::Complaint, "complaint",
                             QT_TRANSLATE_NOOP("NoteField", "Complaint")},
        EnumEntry<NoteField>{NoteField::Point, "point", QT_TRANSLATE_NOOP("NoteField", "Point")},
        EnumEntry<NoteField>{NoteField::NeedleCount, "needle-count",
                             QT_TRANSLATE_NOOP("NoteField", "Needle count")},
        EnumEntry<NoteField>{NoteField::NotNeedled, "not-needled",
                             QT_TRANSLATE_NOOP("NoteField", "Not needled")},
        EnumEntry<NoteField>{NoteField::Bruising, "bruising",
                             QT_TRANSLATE_NOOP("NoteField", "Bruising")},
        EnumEntry<NoteField>{NoteField::Care, "care", QT_TRANSLATE_NOOP("NoteField", "Other care")},
        EnumEntry<NoteField>{NoteField::AdverseEvent, "adverse-event",
                             QT_TRANSLATE_NOOP("NoteField", "Adverse event")},
        EnumEntry<NoteField>{NoteField::Advice, "advice", QT_TRANSLATE_NOOP("NoteField", "Advice")},
        EnumEntry<NoteField>{NoteField::FollowUp, "follow-up",
                             QT_TRANSLATE_NOOP("NoteField", "Follow-up")},
        EnumEntry<NoteField>{NoteField::Amendment, "amendment",
                             QT_TRANSLATE_NOOP("NoteField", "Amendment")},
    };
};

// One line of a note where searched words were found: which part of the note, its text (or a
// stretch of it, with "…" where it was cut) and where the matching words are in that text
// (start, length), to be shown in bold.
struct NoteExcerpt {
    NoteField field = NoteField::Complaint;
    QString text;
    QList<std::pair<qsizetype, qsizetype>> highlights;

    friend bool operator==(const NoteExcerpt&, const NoteExcerpt&) = default;
};

} // namespace needlechart
