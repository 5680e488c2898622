#include "undo/RemoveTriggerPointCommand.h"

#include "needlechart/ui/bodymap/TriggerPointEditor.h"

#include <QCoreApplication>

namespace needlechart {

RemoveTriggerPointCommand::RemoveTriggerPointCommand(TriggerPointEditor& editor,
                                                     TriggerPointKey key)
    : m_editor(editor), m_key(key)
{
    setText(QCoreApplication::translate("TriggerPointEditor", "Delete trigger point"));
}

void RemoveTriggerPointCommand::redo()
{
    if (auto removed = m_editor.m_points.remove(m_key)) {
        m_index = removed->first;
        m_point = removed->second;
    }
    Q_EMIT m_editor.changed();
}

void RemoveTriggerPointCommand::undo()
{
    if (m_index >= 0)
        m_editor.m_points.restore(m_index, m_point);
    Q_EMIT m_editor.changed();
}

} // namespace needlechart
