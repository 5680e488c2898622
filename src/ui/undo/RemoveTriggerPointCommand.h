#pragma once

#include "needlechart/domain/session/TriggerPoint.h"

#include <QUndoCommand>

namespace needlechart {

class TriggerPointEditor;

// Undo step: a trigger point was removed. Undo puts it back at its old number.
class RemoveTriggerPointCommand : public QUndoCommand {
public:
    RemoveTriggerPointCommand(TriggerPointEditor& editor, TriggerPointKey key);

    void redo() override;
    void undo() override;

private:
    TriggerPointEditor& m_editor;
    TriggerPointKey m_key;
    TriggerPoint m_point;
    qsizetype m_index = -1;
};

} // namespace needlechart
