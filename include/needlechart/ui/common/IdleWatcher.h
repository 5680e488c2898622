#pragma once

#include <QDateTime>
#include <QObject>
#include <QTimer>

namespace needlechart {

class Clock;

// Notices a workstation left alone: every key, click, wheel turn or pointer move in any window
// of the application counts as activity; idle() fires once when `idleMinutes` pass without any,
// by the given clock (a FixedClock in tests, where check() is called directly). Paused while
// the window is locked; resume() starts counting again from now.
class IdleWatcher : public QObject {
    Q_OBJECT
public:
    IdleWatcher(const Clock& clock, int idleMinutes, QObject* parent = nullptr);

    // Watches the whole application's input and checks every `checkMs` milliseconds.
    void start(int checkMs = 15'000);
    void setIdleMinutes(int minutes) { m_minutes = minutes; }
    [[nodiscard]] int idleMinutes() const { return m_minutes; }

    // Activity now.
    void touch();
    // Fires idle() if the time has come (and pauses until resume()).
    void check();
    void resume();
    [[nodiscard]] bool isPaused() const { return m_paused; }

Q_SIGNALS:
    void idle();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    const Clock& m_clock;
    int m_minutes;
    QDateTime m_last;
    QTimer m_timer;
    bool m_paused = false;
};

} // namespace needlechart
