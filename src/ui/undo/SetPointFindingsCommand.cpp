#include "undo/SetPointFindingsCommand.h"

#include "needlechart/ui/bodymap/TriggerPointEditor.h"

#include <QCoreApplication>

namespace needlechart {

SetPointFindingsCommand::SetPointFindingsCommand(TriggerPointEditor& editor, TriggerPointKey key,
                                                 const PointFindings& before,
                                                 const PointFindings& after)
    : m_editor(editor), m_key(key), m_before(before), m_after(after)
{
    if (const TriggerPoint* point = editor.points().find(key))
        m_carriedBefore = point->carriedFrom;
    setText(QCoreApplication::translate("TriggerPointEditor", "Edit trigger point %1")
                .arg(editor.points().numberOf(key)));
}

void SetPointFindingsCommand::redo()
{
    apply(m_after);
}

void SetPointFindingsCommand::undo()
{
    m_editor.m_points.setFindings(m_key, m_before);
    m_editor.m_points.setCarriedFrom(m_key, m_carriedBefore);
    Q_EMIT m_editor.changed();
}

void SetPointFindingsCommand::apply(const PointFindings& findings)
{
    m_editor.m_points.setFindings(m_key, findings);
    Q_EMIT m_editor.changed();
}

} // namespace needlechart
