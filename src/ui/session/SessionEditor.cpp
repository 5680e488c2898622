#include "needlechart/ui/session/SessionEditor.h"

#include "undo/EditSessionCommand.h"

namespace needlechart {

SessionEditor::SessionEditor(Session session, QObject* parent)
    : QObject(parent), m_session(std::move(session)), m_pointEditor(m_session.points, m_undoStack)
{
    m_pointEditor.setReadOnly(isReadOnly());
    connect(&m_pointEditor, &TriggerPointEditor::changed, this, &SessionEditor::noteChanged);
}

void SessionEditor::edit(const QString& field, const std::function<void(Session&)>& change)
{
    if (isReadOnly())
        return;
    Session after = m_session;
    change(after);
    if (after == m_session)
        return;
    m_undoStack.push(new EditSessionCommand(*this, field, m_session, std::move(after), m_editRun));
}

void SessionEditor::finishEdit()
{
    ++m_editRun;
}

void SessionEditor::addPainAreas(const QList<PainArea>& areas)
{
    QList<PainArea> valid;
    for (const PainArea& area : areas) {
        if (area.isValid())
            valid.append(area);
    }
    if (valid.isEmpty())
        return;
    finishEdit();
    edit(SessionFields::PainDrawing, [&valid](Session& s) { s.painAreas.append(valid); });
    finishEdit();
}

void SessionEditor::removePainArea(qsizetype index)
{
    if (index < 0 || index >= m_session.painAreas.size())
        return;
    finishEdit();
    edit(SessionFields::PainDrawing, [index](Session& s) { s.painAreas.removeAt(index); });
    finishEdit();
}

void SessionEditor::clearPainDrawing()
{
    finishEdit();
    edit(SessionFields::PainDrawing, [](Session& s) { s.painAreas.clear(); });
    finishEdit();
}

void SessionEditor::applyForm(const Session& form)
{
    Session next = form;
    // What the form does not own stays as it is now: the points (their own undo steps) and the
    // stored identity, which a save may have moved on since the step was recorded.
    next.points = m_session.points;
    next.id = m_session.id;
    next.patientId = m_session.patientId;
    next.status = m_session.status;
    next.createdAt = m_session.createdAt;
    next.updatedAt = m_session.updatedAt;
    next.rowVersion = m_session.rowVersion;
    next.signedAt = m_session.signedAt;
    next.signedBy = m_session.signedBy;
    next.amendments = m_session.amendments;
    m_session = std::move(next);
    noteChanged();
}

void SessionEditor::adoptSaved(const Session& stored)
{
    if (stored.isSigned()) {
        m_undoStack.clear(); // also clean: nothing is left to save
        m_session = stored;
        m_pointEditor.setReadOnly(true);
        Q_EMIT changed();
        Q_EMIT saved();
        return;
    }
    m_session.id = stored.id;
    m_session.createdAt = stored.createdAt;
    m_session.updatedAt = stored.updatedAt;
    m_session.rowVersion = stored.rowVersion;
    // What was saved is what is on screen only if nothing changed in between; saving is
    // synchronous, so it is. From here the stack's clean state is the saved note: undoing back
    // to it means there is nothing to save, and the next edit never merges into the saved step.
    m_undoStack.setClean();
    Q_EMIT saved();
}

void SessionEditor::noteChanged()
{
    Q_EMIT changed();
}

} // namespace needlechart
