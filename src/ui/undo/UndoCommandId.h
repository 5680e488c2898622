#pragma once

namespace needlechart {

// The QUndoCommand::id() of every command that merges with the next one of its kind. One list,
// so two kinds of command can never share a number by accident: QUndoStack only offers a command
// to mergeWith() when both have the same id, and mergeWith() casts on that promise. Commands that
// never merge (adding or deleting a point, a point's findings, moving an appointment) keep
// QUndoCommand's default id of -1 and have no entry here.
enum class UndoCommandId : int {
    MoveTriggerPoint = 1, // MoveTriggerPointCommand: a drag of one point
    EditSessionField,     // EditSessionCommand: typing in one field of the session form
};

// For id() overrides, which Qt declares as returning int.
[[nodiscard]] constexpr int undoCommandId(UndoCommandId id)
{
    return static_cast<int>(id);
}

} // namespace needlechart
