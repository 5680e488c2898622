#pragma once

#include "needlechart/domain/session/Session.h"
#include "needlechart/ui/bodymap/TriggerPointEditor.h"

#include <QObject>
#include <QUndoStack>

#include <functional>

namespace needlechart {

// The session note being charted in one session window, and the verbs that change it. Every
// change is one step on the undo stack: the points through pointEditor() (add, move, delete,
// findings), the rest of the form through edit(). Widgets never change the note directly; they
// call a verb and redraw on changed(). Knows nothing of storage: the window saves session()
// through the SessionService and hands the stored note back with adoptSaved().
class SessionEditor : public QObject {
    Q_OBJECT
public:
    explicit SessionEditor(Session session, QObject* parent = nullptr);

    [[nodiscard]] const Session& session() const { return m_session; }
    [[nodiscard]] QUndoStack& undoStack() { return m_undoStack; }
    [[nodiscard]] TriggerPointEditor& pointEditor() { return m_pointEditor; }
    // A signed note is read-only: the verbs refuse to change it.
    [[nodiscard]] bool isReadOnly() const { return m_session.isSigned(); }

    // Changes the form (everything but the points and the stored identity) as one undo step:
    // `change` edits a copy of the note. Consecutive edits of the same `field` merge into one
    // step, so typing a sentence is undone at once. Ignored on a read-only note.
    void edit(const QString& field, const std::function<void(Session&)>& change);
    // Ends a run of merging edits (a field lost focus): the next edit is a step of its own.
    void finishEdit();

    // The pain drawing's verbs, each one undo step of its own. Invalid areas (fewer than three
    // corners, off the map) and unknown indexes are ignored.
    void addPainAreas(const QList<PainArea>& areas); // one brush stroke may shade several
    void removePainArea(qsizetype index);
    void clearPainDrawing();

    // After a save: takes the stored id, version and timestamps, keeping what is on screen and
    // the undo history, and marks the undo stack clean there. A signed note replaces the whole
    // note and clears the history.
    void adoptSaved(const Session& stored);

    // True when the note differs from what was opened or last saved: the undo stack is away from
    // its clean state. Undoing back to the saved note counts as no change.
    [[nodiscard]] bool hasUnsavedChanges() const { return !m_undoStack.isClean(); }

Q_SIGNALS:
    // After any change to the note, including undo and redo.
    void changed();
    // The stored identity or the signed state changed (after a save or signing).
    void saved();

private:
    friend class EditSessionCommand;
    // Applies the form fields of `form`, keeping the points and stored identity of the note.
    void applyForm(const Session& form);
    void noteChanged();

    Session m_session;
    QUndoStack m_undoStack;
    TriggerPointEditor m_pointEditor;
    int m_editRun = 0;
};

} // namespace needlechart
