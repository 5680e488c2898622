#pragma once

#include "needlechart/domain/session/Session.h"

#include <QCoreApplication>
#include <QList>

namespace needlechart {

// Starting a note from the patient's last session: what is carried, and what carrying means.
// Carried are the points (place, muscle, side and the plan: activity, depth, technique,
// retention, needle size), the needles (size and lot, counts left at zero: today's are counted
// today) and the other care (kind and what was done). Today's observations are not carried:
// the twitch response, the pain reproduced and the notes start blank. Every carried item is
// marked (CarriedFrom::LastSession) and is a proposal: editing it or confirming it makes it
// today's, and a note is not signed while one is left (SessionValidator).
class CarryForward {
    Q_DECLARE_TR_FUNCTIONS(CarryForward)

public:
    struct Items {
        QList<TriggerPoint> points; // keys are the previous note's; the editor gives new ones
        QList<NeedleUse> needles;
        QList<OtherCare> care;
        [[nodiscard]] bool isEmpty() const
        {
            return points.isEmpty() && needles.isEmpty() && care.isEmpty();
        }
    };

    // A point's place and plan only (muscle, side, position, site name, activity, depth,
    // technique, retention, needle size): what was observed or written at it is left out.
    [[nodiscard]] static TriggerPoint planOf(const TriggerPoint& point);
    // What `previous` offers to a new note, marked as carried from the last session.
    [[nodiscard]] static Items from(const Session& previous);
    // The carried care not already in `draft` (one entry per kind of care).
    [[nodiscard]] static QList<OtherCare> careToAdd(const Session& draft,
                                                    const QList<OtherCare>& carried);
    // Whether a draft may be started from the last session: a draft on which nothing has been
    // needled or counted yet (copying onto charted points would double them).
    [[nodiscard]] static bool canCarryInto(const Session& draft);
    // How many items of the note are still carried and unconfirmed.
    [[nodiscard]] static int unconfirmedCount(const Session& session);
    // Every carried item confirmed as done today.
    static void confirmAll(Session& session);
    // The care and needles still carried, removed (the points are the editor's: see
    // unconfirmedPointKeys).
    static void removeUnconfirmedRows(Session& session);
    [[nodiscard]] static QList<TriggerPointKey> unconfirmedPointKeys(const Session& session);
};

} // namespace needlechart
