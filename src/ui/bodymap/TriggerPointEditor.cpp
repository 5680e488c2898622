#include "needlechart/ui/bodymap/TriggerPointEditor.h"

#include "undo/AddTriggerPointCommand.h"
#include "undo/MoveTriggerPointCommand.h"
#include "undo/RemoveTriggerPointCommand.h"
#include "undo/SetPointFindingsCommand.h"

#include <QUndoStack>

namespace needlechart {

TriggerPointEditor::TriggerPointEditor(TriggerPointSet& points, QUndoStack& undoStack,
                                       QObject* parent)
    : QObject(parent), m_points(points), m_undoStack(undoStack)
{}

TriggerPointKey TriggerPointEditor::addPoint(BodyView view, const MuscleId& muscleId, BodySide side,
                                             QPointF position)
{
    return add(TriggerPoint{0, view, muscleId, side, position});
}

TriggerPointKey TriggerPointEditor::addOtherSite(BodyView view, const QString& siteName,
                                                 BodySide side, QPointF position)
{
    TriggerPoint point{0, view, OtherSiteId, side, position};
    point.siteName = siteName.trimmed();
    return add(std::move(point));
}

TriggerPointKey TriggerPointEditor::add(TriggerPoint point)
{
    if (m_readOnly)
        return 0;
    finishMove();
    auto* command = new AddTriggerPointCommand(*this, std::move(point));
    m_undoStack.push(command); // runs redo(), which assigns the key
    Q_EMIT pointPlaced(command->key());
    return command->key();
}

bool TriggerPointEditor::movePoint(TriggerPointKey key, QPointF position, const MuscleId& muscleId,
                                   BodySide side)
{
    const TriggerPoint* current = m_points.find(key);
    if (!current || m_readOnly)
        return false;
    TriggerPoint after = *current;
    after.position = position;
    after.muscleId = muscleId;
    after.side = side;
    if (after == *current)
        return true;
    const bool ontoAnotherMuscle =
        after.muscleId != current->muscleId || after.side != current->side;
    m_undoStack.push(new MoveTriggerPointCommand(*this, *current, after, m_moveRun));
    if (ontoAnotherMuscle)
        Q_EMIT pointPlaced(key);
    return true;
}

void TriggerPointEditor::finishMove()
{
    ++m_moveRun;
}

bool TriggerPointEditor::removePoint(TriggerPointKey key)
{
    if (!m_points.find(key) || m_readOnly)
        return false;
    finishMove();
    m_undoStack.push(new RemoveTriggerPointCommand(*this, key));
    return true;
}

TriggerPointKey TriggerPointEditor::addCarried(TriggerPoint point)
{
    if (m_readOnly)
        return 0;
    finishMove();
    auto* command = new AddTriggerPointCommand(*this, std::move(point));
    m_undoStack.push(command);
    return command->key();
}

bool TriggerPointEditor::confirmPoint(TriggerPointKey key)
{
    const TriggerPoint* point = m_points.find(key);
    if (!point || m_readOnly)
        return false;
    if (!point->isCarried())
        return true;
    finishMove();
    m_undoStack.push(new SetPointFindingsCommand(*this, key, point->findings, point->findings));
    return true;
}

bool TriggerPointEditor::setFindings(TriggerPointKey key, const PointFindings& findings)
{
    const TriggerPoint* point = m_points.find(key);
    if (!point || m_readOnly)
        return false;
    if (point->findings == findings)
        return true;
    finishMove();
    m_undoStack.push(new SetPointFindingsCommand(*this, key, point->findings, findings));
    return true;
}

} // namespace needlechart
