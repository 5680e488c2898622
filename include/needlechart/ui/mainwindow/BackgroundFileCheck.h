#pragma once

#include <QDate>
#include <QObject>
#include <QPointer>
#include <QString>

class QWidget;

namespace needlechart {

class AppSettings;
class MessagePresenter;

// Runs the once-a-day whole-file check of the clinic database (FileHealthCheck) on a worker
// thread once the window is up, and says in a box if the file is damaged. Opening the file
// reads only its header, log and schema; this reads every page (0.26 s on 100,000
// patients), so nobody waits for it.
class BackgroundFileCheck : public QObject {
    Q_OBJECT

public:
    BackgroundFileCheck(QWidget* window, AppSettings& settings, MessagePresenter& messages,
                        QString databasePath);
    ~BackgroundFileCheck() override;

    // Starts the check if it has not found the file sound yet on `today`; true if started.
    bool startIfDue(const QDate& today);

Q_SIGNALS:
    // After the check: whether it found the file sound.
    void finished(bool sound);

private:
    void report(bool sound, const QString& message, const QDate& day);

    QPointer<QWidget> m_window;
    AppSettings& m_settings;
    MessagePresenter& m_messages;
    QString m_databasePath;
    QThread* m_thread = nullptr;
};

} // namespace needlechart
