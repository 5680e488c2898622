#pragma once

#include <QElapsedTimer>
#include <QProgressDialog>

#include <functional>

namespace needlechart {

// Progress for work done in the window's own thread that reports its steps ("Copying the
// records", "Checking the copy"): a window-modal dialog that appears once the work has taken
// half a second, shows the step under way and is repainted at each step (input waits until
// the work is done). It has no Cancel button: it is used where stopping half-way is not safe,
// and the work itself leaves nothing half-done when it fails.
class StepProgress {
public:
    static constexpr int ShowAfterMs = 500;

    // `steps`: how many are expected (the bar fills step by step), or 0 for a busy bar.
    StepProgress(QWidget* parent, const QString& title, int steps = 0,
                 int showAfterMs = ShowAfterMs);

    void step(const QString& text);
    // step() as a callback for a service's progress parameter.
    [[nodiscard]] std::function<void(const QString&)> callback();

    [[nodiscard]] const QProgressDialog& dialog() const { return m_dialog; }

private:
    QProgressDialog m_dialog;
    QElapsedTimer m_started;
    int m_showAfterMs;
    int m_done = 0;
};

} // namespace needlechart
