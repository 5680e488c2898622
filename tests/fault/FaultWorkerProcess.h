#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

#include <csignal>

namespace needlechart::test {

// The fault suite's other process (needlechart_fault_worker), driven line by line.
class FaultWorkerProcess {
public:
    static QString program() { return QStringLiteral(NEEDLECHART_FAULT_WORKER); }

    explicit FaultWorkerProcess(const QStringList& arguments)
    {
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start(program(), arguments);
    }
    ~FaultWorkerProcess() { kill(); }
    FaultWorkerProcess(const FaultWorkerProcess&) = delete;
    FaultWorkerProcess& operator=(const FaultWorkerProcess&) = delete;

    [[nodiscard]] bool started() { return m_process.waitForStarted(10000); }

    // Sends one command and returns the worker's one-line answer (empty if it died or hung).
    QString ask(const QString& command)
    {
        m_process.write((command + QLatin1Char('\n')).toUtf8());
        m_process.waitForBytesWritten(10000);
        while (!m_process.canReadLine()) {
            if (!m_process.waitForReadyRead(30000))
                return {};
        }
        return QString::fromUtf8(m_process.readLine()).trimmed();
    }

    // The worker's next line, unasked (empty if it died or hung).
    QString readLine()
    {
        while (!m_process.canReadLine()) {
            if (!m_process.waitForReadyRead(30000))
                return {};
        }
        return QString::fromUtf8(m_process.readLine()).trimmed();
    }

    // SIGKILL: no destructor, no checkpoint, no close runs in the worker.
    void kill()
    {
        if (m_process.state() != QProcess::NotRunning) {
            ::kill(pid_t(m_process.processId()), SIGKILL);
            m_process.waitForFinished(10000);
        }
    }

    QProcess& process() { return m_process; }

    // Runs the worker to the end; its exit code, or -1 if it crashed or took over a minute.
    static int run(const QStringList& arguments, QString* output = nullptr)
    {
        QProcess process;
        process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process.start(program(), arguments);
        if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit)
            return -1;
        if (output)
            *output = QString::fromUtf8(process.readAllStandardOutput()).trimmed();
        return process.exitCode();
    }

private:
    QProcess m_process;
};

} // namespace needlechart::test
