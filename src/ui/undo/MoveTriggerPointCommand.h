#pragma once

#include "needlechart/domain/session/TriggerPoint.h"

#include "undo/UndoCommandId.h"

#include <QUndoCommand>

namespace needlechart {

class TriggerPointEditor;

// Undo step: a trigger point moved (and perhaps onto another muscle). Merges with the next
// move of the same point in the same run, so a whole drag is one step.
class MoveTriggerPointCommand : public QUndoCommand {
public:
    MoveTriggerPointCommand(TriggerPointEditor& editor, const TriggerPoint& before,
                            const TriggerPoint& after, int run);

    void redo() override;
    void undo() override;
    [[nodiscard]] int id() const override { return undoCommandId(UndoCommandId::MoveTriggerPoint); }
    bool mergeWith(const QUndoCommand* other) override;

private:
    void apply(const TriggerPoint& state);

    TriggerPointEditor& m_editor;
    TriggerPoint m_before;
    TriggerPoint m_after;
    int m_run;
};

} // namespace needlechart
