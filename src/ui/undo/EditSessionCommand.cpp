#include "undo/EditSessionCommand.h"

#include "needlechart/ui/session/SessionEditor.h"

#include <QCoreApplication>

namespace needlechart {

EditSessionCommand::EditSessionCommand(SessionEditor& editor, QString field, Session before,
                                       Session after, int run)
    : m_editor(editor),
      m_field(std::move(field)),
      m_before(std::move(before)),
      m_after(std::move(after)),
      m_run(run)
{
    setText(QCoreApplication::translate("SessionEditor", "Edit note"));
}

void EditSessionCommand::redo()
{
    m_editor.applyForm(m_after);
}

void EditSessionCommand::undo()
{
    m_editor.applyForm(m_before);
}

bool EditSessionCommand::mergeWith(const QUndoCommand* other)
{
    const auto* next = static_cast<const EditSessionCommand*>(other); // same id()
    if (next->m_run != m_run || next->m_field != m_field)
        return false;
    m_after = next->m_after;
    return true;
}

} // namespace needlechart
