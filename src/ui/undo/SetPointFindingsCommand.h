#pragma once

#include "needlechart/domain/session/TriggerPoint.h"

#include <QUndoCommand>

namespace needlechart {

class TriggerPointEditor;

// Undo step: what was found at a trigger point changed (one cell of the point table), which
// confirms a carried point; undo puts the carried mark back.
class SetPointFindingsCommand : public QUndoCommand {
public:
    SetPointFindingsCommand(TriggerPointEditor& editor, TriggerPointKey key,
                            const PointFindings& before, const PointFindings& after);

    void redo() override;
    void undo() override;

private:
    void apply(const PointFindings& findings);

    TriggerPointEditor& m_editor;
    TriggerPointKey m_key;
    PointFindings m_before;
    PointFindings m_after;
    CarriedFrom m_carriedBefore = CarriedFrom::Nowhere;
};

} // namespace needlechart
