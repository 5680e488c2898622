#pragma once

#include "needlechart/domain/session/TriggerPoint.h"

#include <QUndoCommand>

namespace needlechart {

class TriggerPointEditor;

// Undo step: a trigger point was added. Redo adds it (again, under the same key).
class AddTriggerPointCommand : public QUndoCommand {
public:
    AddTriggerPointCommand(TriggerPointEditor& editor, TriggerPoint point);

    void redo() override;
    void undo() override;
    [[nodiscard]] TriggerPointKey key() const { return m_point.key; }

private:
    TriggerPointEditor& m_editor;
    TriggerPoint m_point;
    qsizetype m_index = -1; // where it sits, once added
};

} // namespace needlechart
