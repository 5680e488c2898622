#include "StandardShortcuts.h"

namespace needlechart {

QList<QKeySequence> StandardShortcuts::redo()
{
    return distinct(QList<QKeySequence>{QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z),
                                        QKeySequence(Qt::CTRL | Qt::Key_Y)}
                    + QKeySequence::keyBindings(QKeySequence::Redo));
}

QKeySequence StandardShortcuts::newSession()
{
    return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N);
}

QList<QKeySequence> StandardShortcuts::distinct(const QList<QKeySequence>& sequences)
{
    QList<QKeySequence> unique;
    for (const QKeySequence& sequence : sequences) {
        if (!sequence.isEmpty() && !unique.contains(sequence))
            unique.append(sequence);
    }
    return unique;
}

} // namespace needlechart
