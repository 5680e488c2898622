#pragma once

#include "needlechart/domain/common/Error.h"
#include "needlechart/domain/session/Session.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

namespace needlechart {

class MuscleCatalogue;

// The rules a session note must keep, each broken rule as its own FieldError with a message a
// clinician can act on (keys in SessionFields).
//
// checkDraft() is what any save needs: every value that is filled in is in range and every
// point is on a catalogued muscle. A draft may be incomplete, so autosave never loses typing.
// checkForSigning() adds what a finished note needs: treatment time, clinician, complaint,
// position, pain before and after, points, needles with the count out equal to the count in
// (or the difference explained), advice, and the details each adverse event and finding asks
// for.
class SessionValidator {
    Q_DECLARE_TR_FUNCTIONS(SessionValidator)

public:
    static constexpr int MaxScore = 10; // NPRS and soreness: 0..10
    static constexpr int MinDepthMm = 1;
    static constexpr int MaxDepthMm = 120;
    static constexpr int MaxRetentionSeconds = 3600;
    static constexpr double MinGaugeMm = 0.12;
    static constexpr double MaxGaugeMm = 0.40;
    static constexpr int MinLengthMm = 7;
    static constexpr int MaxLengthMm = 150;
    static constexpr int MaxNeedles = 500; // per row, in or out
    static constexpr int MaxTwitches = 100;
    // Every text a note holds has a limit (checked on each save, drafts too): clinical free
    // text (complaint, advice, needle count note, care given, adverse events, point notes,
    // amendments) 4,000 characters; the bruising site 200; the follow-up 1,000, as it becomes
    // the note of the booking it proposes (AppointmentRules::MaxNoteLength); a lot number 64.
    static constexpr int MaxTextLength = 4000;
    static constexpr int MaxBruisingSiteLength = 200;
    static constexpr int MaxFollowUpLength = 1000;
    static constexpr int MaxLotLength = 64;
    static constexpr int MaxSiteNameLength = 120; // an other site's name
    static constexpr int MaxPainAreas = 100;      // shaded areas of one pain drawing
    // A treatment time may be this far ahead of the clock (clocks drift between workstations).
    static constexpr int FutureToleranceSeconds = 5 * 60;

    [[nodiscard]] static QList<FieldError> checkDraft(const Session& session,
                                                      const MuscleCatalogue& catalogue);
    [[nodiscard]] static QList<FieldError> checkForSigning(const Session& session,
                                                           const MuscleCatalogue& catalogue,
                                                           const QDateTime& nowUtc);
    // An amendment needs a reason and a text.
    [[nodiscard]] static QList<FieldError> checkAmendment(const QString& reason,
                                                          const QString& text);
};

} // namespace needlechart
