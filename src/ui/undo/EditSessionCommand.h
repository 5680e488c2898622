#pragma once

#include "needlechart/domain/session/Session.h"

#include "undo/UndoCommandId.h"

#include <QUndoCommand>

namespace needlechart {

class SessionEditor;

// Undo step: one field of the session form changed. Holds the form before and after; merges
// with the next edit of the same field in the same run (see SessionEditor::edit).
class EditSessionCommand : public QUndoCommand {
public:
    EditSessionCommand(SessionEditor& editor, QString field, Session before, Session after,
                       int run);

    void redo() override;
    void undo() override;
    [[nodiscard]] int id() const override { return undoCommandId(UndoCommandId::EditSessionField); }
    bool mergeWith(const QUndoCommand* other) override;

private:
    SessionEditor& m_editor;
    QString m_field;
    Session m_before;
    Session m_after;
    int m_run;
};

} // namespace needlechart
