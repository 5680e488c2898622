#pragma once

#include <QKeySequence>
#include <QList>

namespace needlechart {

// The keys our windows share, each sequence once: a QAction given the same sequence twice
// registers two shortcuts and Qt then calls the key ambiguous and does nothing.
class StandardShortcuts {
public:
    // Ctrl+Shift+Z and Ctrl+Y on every platform (clinics have both habits), then any other
    // redo key of the platform's.
    [[nodiscard]] static QList<QKeySequence> redo();
    // New session for the selected patient (Ctrl+N is New patient).
    [[nodiscard]] static QKeySequence newSession();
    // `sequences` without repeats, in their order.
    [[nodiscard]] static QList<QKeySequence> distinct(const QList<QKeySequence>& sequences);
};

} // namespace needlechart
