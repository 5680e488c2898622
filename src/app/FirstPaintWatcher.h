#pragma once

#include <QElapsedTimer>
#include <QObject>

#include <functional>

class QEvent;
class QWidget;

namespace needlechart {

// Notes when the window has painted for the first time: the end of start-up as a person sees
// it, the first page of the patient list on screen. Logs how long that took and, when asked
// (--quit-after-show), quits then, so start-up is timed up to the first paint and not merely
// up to show() (docs/performance.md, section 3). Watches the application's events until then.
// Borrows the window and the timer, which must outlive it.
class FirstPaintWatcher : public QObject {
public:
    // `what` names the window in the log ("main window", "sign-in window").
    FirstPaintWatcher(const QWidget& window, const QElapsedTimer& sinceStart, bool quit,
                      const char* what = "main window");

    // Runs `work` once the window has painted (unless quitting then): what can wait until the
    // person sees the window.
    void afterPaint(std::function<void()> work) { m_afterPaint = std::move(work); }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    const QWidget& m_window;
    const QElapsedTimer& m_sinceStart;
    bool m_quit;
    const char* m_what;
    std::function<void()> m_afterPaint;
};

} // namespace needlechart
