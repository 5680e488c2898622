#pragma once

#include "needlechart/domain/backup/BackupRun.h"
#include "needlechart/domain/common/Result.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <optional>

class QLabel;
class QMainWindow;
class QThread;
class QTimer;

namespace needlechart {

class BackupService;
class MessagePresenter;

// The app's side of the clinic's backups: a status-bar label on every workstation (the last
// good backup, or BackupSchedule's warning in the warning colour), a warning box at start for
// those who can act on it, and (on a clinic file) the automatic backups themselves. Every few
// minutes it runs `job` on a worker thread, which opens its own connection and backs up if
// BackupSchedule says one is due; closing runs the job once more, in the window's thread, if
// the last good backup is more than a quarter of an hour old. On a clinic server the server's
// own schedule backs up (needlechart admin backup), and this only shows the status.
class AutomaticBackups : public QObject {
    Q_OBJECT

public:
    // Runs on a worker thread (and once at close): backs up if due; `closing` asks whether
    // BackupSchedule::dueOnClose. Must open its own database connection.
    using Job = std::function<Result<std::optional<BackupRun>>(bool closing)>;

    static constexpr int CheckMinutes = 5;

    // `backups` is the window thread's service (for the status); `job` is null on a server.
    AutomaticBackups(QMainWindow* window, BackupService& backups, MessagePresenter& messages,
                     Job job);
    ~AutomaticBackups() override;

    // Shows the status, warns `canAct` users if something is wrong, and starts the timer.
    void start(bool canAct);
    // Starts a check on the worker thread unless one is running; true if started.
    bool checkNow();
    // At close: waits for a running check, then backs up if dueOnClose.
    void finish();

    [[nodiscard]] QLabel* statusLabel() const { return m_label; }

Q_SIGNALS:
    // After each check that attempted a backup, and after the status was shown again.
    void attempted(const BackupRun& run);

private:
    void showStatus();
    void done(const Result<std::optional<BackupRun>>& outcome);

    QPointer<QMainWindow> m_window;
    BackupService& m_backups;
    MessagePresenter& m_messages;
    Job m_job;
    QLabel* m_label;
    QTimer* m_timer;
    QThread* m_thread = nullptr;
};

} // namespace needlechart
