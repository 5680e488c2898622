#include "needlechart/ui/mainwindow/BackgroundFileCheck.h"

#include "needlechart/services/common/FileHealthCheck.h"
#include "needlechart/ui/common/MessagePresenter.h"
#include "needlechart/ui/settings/AppSettings.h"

#include <QThread>
#include <QWidget>

namespace needlechart {

BackgroundFileCheck::BackgroundFileCheck(QWidget* window, AppSettings& settings,
                                         MessagePresenter& messages, QString databasePath)
    : m_window(window),
      m_settings(settings),
      m_messages(messages),
      m_databasePath(std::move(databasePath))
{}

BackgroundFileCheck::~BackgroundFileCheck()
{
    // Quitting while the check runs: it only reads, so waiting for it is safe (and short).
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

bool BackgroundFileCheck::startIfDue(const QDate& today)
{
    if (m_thread || !FileHealthCheck::isDue(m_settings.lastDatabaseCheck(), today))
        return false;
    m_thread = QThread::create([this, path = m_databasePath, today] {
        const Status checked = FileHealthCheck::run(path);
        const QString message = checked.ok() ? QString() : checked.error().message;
        // Back on the UI thread, where the settings and the message box live.
        QMetaObject::invokeMethod(
            this, [this, sound = checked.ok(), message, today] { report(sound, message, today); },
            Qt::QueuedConnection);
    });
    m_thread->setObjectName(QStringLiteral("database check"));
    m_thread->start(QThread::LowPriority);
    return true;
}

void BackgroundFileCheck::report(bool sound, const QString& message, const QDate& day)
{
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    if (sound)
        m_settings.setLastDatabaseCheck(day);
    else
        m_messages.critical(m_window, tr("The database is damaged"), message);
    Q_EMIT finished(sound);
}

} // namespace needlechart
