#include "undo/MoveTriggerPointCommand.h"

#include "needlechart/ui/bodymap/TriggerPointEditor.h"

#include <QCoreApplication>

namespace needlechart {

MoveTriggerPointCommand::MoveTriggerPointCommand(TriggerPointEditor& editor,
                                                 const TriggerPoint& before,
                                                 const TriggerPoint& after, int run)
    : m_editor(editor), m_before(before), m_after(after), m_run(run)
{
    setText(QCoreApplication::translate("TriggerPointEditor", "Move trigger point"));
}

void MoveTriggerPointCommand::redo()
{
    apply(m_after);
}

void MoveTriggerPointCommand::undo()
{
    apply(m_before);
}

bool MoveTriggerPointCommand::mergeWith(const QUndoCommand* other)
{
    const auto* next = static_cast<const MoveTriggerPointCommand*>(other); // same id()
    if (next->m_run != m_run || next->m_before.key != m_after.key)
        return false;
    m_after = next->m_after;
    return true;
}

void MoveTriggerPointCommand::apply(const TriggerPoint& state)
{
    m_editor.m_points.move(state.key, state.position, state.muscleId, state.side);
    Q_EMIT m_editor.changed();
}

} // namespace needlechart
