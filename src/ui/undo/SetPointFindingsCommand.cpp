#include "undo/SetPointFindingsCommand.h"

#include "needlechart/ui/bodymap/TriggerPointEditor.h"

#include <QCoreApplication>

namespace needlechart {

SetPointFindingsCommand::SetPointFindingsCommand(TriggerPointEditor& editor, TriggerPointKey key,
                                                 const PointFindings& before,
                                                 const PointFindings& after)
    : m_editor(editor), m_key(key), m_before(before), m_after(after)
{
    setText(QCoreApplication::translate("TriggerPointEditor", "Edit trigger point %1")
                .arg(editor.points().numberOf(key)));
}

void SetPointFindingsCommand::redo()
{
    apply(m_after);
}

void SetPointFindingsCommand::undo()
{
    apply(m_before);
}

void SetPointFindingsCommand::apply(const PointFindings& findings)
{
    m_editor.m_points.setFindings(m_key, findings);
    Q_EMIT m_editor.changed();
}

} // namespace needlechart
