#include "needlechart/ui/mainwindow/AutomaticBackups.h"

#include "needlechart/services/backup/BackupService.h"
#include "needlechart/ui/common/MessagePresenter.h"

#include "common/Theme.h"

#include <QLabel>
#include <QLocale>
#include <QMainWindow>
#include <QStatusBar>
#include <QThread>
#include <QTimer>

#include <spdlog/spdlog.h>

namespace needlechart {

AutomaticBackups::AutomaticBackups(QMainWindow* window, BackupService& backups,
                                   MessagePresenter& messages, Job job)
    : m_window(window),
      m_backups(backups),
      m_messages(messages),
      m_job(std::move(job)),
      m_label(new QLabel(window)),
      m_timer(new QTimer(this))
{
    m_label->setObjectName(QStringLiteral("backupStatusLabel"));
    window->statusBar()->addPermanentWidget(m_label);
    m_timer->setInterval(CheckMinutes * 60 * 1000);
    connect(m_timer, &QTimer::timeout, this, [this] { checkNow(); });
}

AutomaticBackups::~AutomaticBackups()
{
    // A backup running at quit is waited for: it only reads the clinic's database, and its
    // file is written whole or not at all.
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void AutomaticBackups::start(bool canAct)
{
    showStatus();
    if (canAct) {
        auto overview = m_backups.overview();
        if (overview && overview->warning)
            m_messages.warning(m_window, tr("Backups"),
                               *overview->warning
                                   + tr("\n\nA clinic that loses its disk without a recent "
                                        "backup loses its records."));
    }
    if (m_job) {
        m_timer->start();
        checkNow(); // the first start of the day backs up at once
    }
}

bool AutomaticBackups::checkNow()
{
    if (!m_job || m_thread)
        return false;
    m_thread = QThread::create([this, job = m_job] {
        auto outcome = job(false);
        QMetaObject::invokeMethod(
            this, [this, outcome = std::move(outcome)] { done(outcome); }, Qt::QueuedConnection);
    });
    m_thread->setObjectName(QStringLiteral("automatic backup"));
    m_thread->start(QThread::LowPriority);
    return true;
}

void AutomaticBackups::done(const Result<std::optional<BackupRun>>& outcome)
{
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    if (!outcome)
        spdlog::warn("automatic backup: could not run ({})", errorCodeName(outcome.error().code));
    showStatus();
    if (outcome && outcome->has_value())
        Q_EMIT attempted(**outcome);
}

void AutomaticBackups::finish()
{
    m_timer->stop();
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
    }
    if (!m_job)
        return;
    if (m_window)
        m_window->statusBar()->showMessage(tr("Backing up before closing…"));
    auto outcome = m_job(true);
    if (!outcome)
        spdlog::warn("backup at close: could not run ({})", errorCodeName(outcome.error().code));
    else if (outcome->has_value() && !(*outcome)->ok)
        spdlog::error("backup at close failed");
}

void AutomaticBackups::showStatus()
{
    auto overview = m_backups.overview();
    if (!overview) {
        m_label->setText(tr("Backups: unknown"));
        return;
    }
    if (overview->warning) {
        m_label->setText(tr("Backup: %1").arg(*overview->warning));
        m_label->setStyleSheet(Theme::labelStyleSheet(Theme::Role::ErrorText));
        m_label->setToolTip(*overview->warning);
        return;
    }
    const QDateTime at = overview->lastGood->atUtc.toLocalTime();
    m_label->setText(tr("Last backup %1")
                         .arg(at.date() == QDate::currentDate()
                                  ? QLocale().toString(at.time(), QLocale::ShortFormat)
                                  : QLocale().toString(at, QLocale::ShortFormat)));
    m_label->setStyleSheet(QString());
    m_label->setToolTip(tr("Verified: %1 patients, %2 notes, from %3.")
                            .arg(overview->lastGood->patients)
                            .arg(overview->lastGood->notes)
                            .arg(overview->lastGood->workstation));
}

} // namespace needlechart
