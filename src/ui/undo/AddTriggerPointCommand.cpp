#include "undo/AddTriggerPointCommand.h"

#include "needlechart/ui/bodymap/TriggerPointEditor.h"

#include <QCoreApplication>

namespace needlechart {

AddTriggerPointCommand::AddTriggerPointCommand(TriggerPointEditor& editor, TriggerPoint point)
    : m_editor(editor), m_point(std::move(point))
{
    setText(QCoreApplication::translate("TriggerPointEditor", "Add trigger point"));
}

void AddTriggerPointCommand::redo()
{
    if (m_index < 0) {
        m_point.key = m_editor.m_points.add(m_point);
        m_index = m_editor.m_points.size() - 1;
    } else {
        m_editor.m_points.restore(m_index, m_point);
    }
    Q_EMIT m_editor.changed();
}

void AddTriggerPointCommand::undo()
{
    if (auto removed = m_editor.m_points.remove(m_point.key))
        m_index = removed->first;
    Q_EMIT m_editor.changed();
}

} // namespace needlechart
