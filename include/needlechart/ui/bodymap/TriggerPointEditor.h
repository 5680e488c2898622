#pragma once

#include "needlechart/domain/session/TriggerPointSet.h"

#include <QObject>

class QUndoStack;

namespace needlechart {

// The verbs that change a session's trigger points. Each pushes one command on the undo stack,
// so every edit can be undone (Ctrl+Z) and redone (Ctrl+Shift+Z); repeated moves of the same
// point merge into one step, so a drag is undone in one go. The body map widget, the muscle
// list and the point table all edit through here and listen to changed().
//
// Borrows the set and the stack; both must outlive it.
class TriggerPointEditor : public QObject {
    Q_OBJECT
public:
    TriggerPointEditor(TriggerPointSet& points, QUndoStack& undoStack, QObject* parent = nullptr);

    [[nodiscard]] const TriggerPointSet& points() const { return m_points; }
    [[nodiscard]] QUndoStack& undoStack() { return m_undoStack; }

    // A read-only editor (a signed note) refuses every verb: addPoint returns 0, the others false.
    void setReadOnly(bool readOnly) { m_readOnly = readOnly; }
    [[nodiscard]] bool isReadOnly() const { return m_readOnly; }

    // Adds a point and returns its key.
    TriggerPointKey addPoint(BodyView view, const MuscleId& muscleId, BodySide side,
                             QPointF position);
    // Adds a point at a place the catalogue does not name (OtherSiteId), called `siteName`.
    TriggerPointKey addOtherSite(BodyView view, const QString& siteName, BodySide side,
                                 QPointF position);
    // Moves a point (with the muscle and side now under it). Consecutive moves of one point
    // merge into one undo step. False if there is no such point.
    bool movePoint(TriggerPointKey key, QPointF position, const MuscleId& muscleId, BodySide side);
    // Ends a run of merging moves (a drag released, an arrow key let go): the next move of the
    // same point is a step of its own.
    void finishMove();
    // Removes a point. False if there is no such point.
    bool removePoint(TriggerPointKey key);
    // Adds a point copied from an earlier note or a template, keeping its findings and its
    // carried mark (CarryForward), without pointPlaced (nobody placed it just now).
    TriggerPointKey addCarried(TriggerPoint point);
    // Makes a carried point today's as it stands, as one undo step. False if no such point.
    bool confirmPoint(TriggerPointKey key);
    // Replaces what was found at a point, as one undo step (which confirms a carried point).
    // False if there is no such point.
    bool setFindings(TriggerPointKey key, const PointFindings& findings);

Q_SIGNALS:
    // After any change to the set, including undo and redo.
    void changed();
    // A person has just put a point on a muscle: added it, or moved it onto another muscle or
    // side. Not emitted by undo or redo. Hosts use it to name the muscle's caution.
    void pointPlaced(TriggerPointKey key);

private:
    TriggerPointKey add(TriggerPoint point);
    friend class AddTriggerPointCommand;
    friend class MoveTriggerPointCommand;
    friend class RemoveTriggerPointCommand;
    friend class SetPointFindingsCommand;

    TriggerPointSet& m_points;
    QUndoStack& m_undoStack;
    int m_moveRun = 0;
    bool m_readOnly = false; // moves merge only within one run (see finishMove)
};

} // namespace needlechart
