#pragma once

#include <QHostAddress>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <memory>

// A real server run by a test: started as a child process in a process group of its own, waited
// for until it answers, and stopped by its PID (SIGTERM, then SIGKILL to its group after a bounded
// wait) when the object goes away. ServerReaper kills the group if the test process dies first.
class ServerProcess
{
public:
    static constexpr int kStartTimeoutMs = 10'000;
    static constexpr int kStopTimeoutMs = 3'000;

    ServerProcess();
    ~ServerProcess();
    ServerProcess(const ServerProcess &) = delete;
    ServerProcess &operator=(const ServerProcess &) = delete;

    bool start(const QString &program, const QStringList &arguments,
               const QString &workingDirectory, QString *error);
    // Polls a TCP connect to address:port until it succeeds, the process dies, or the time is up.
    bool waitForTcpPort(const QHostAddress &address, quint16 port, QString *error);
    // Waits until the server has printed text (at any time since it started).
    bool waitForOutputLine(const QByteArray &line, QString *error, int waitMs = kStartTimeoutMs);
    void stop();
    qint64 pid() const { return m_pid; }
    bool isRunning() const;
    QString output(); // what the server printed, for failure messages

    // A port free for both TCP and UDP on address (bind port 0, read it, release it).
    static quint16 findFreePort(const QHostAddress &address);

private:
    std::unique_ptr<QProcess> m_process;
    qint64 m_pid = 0;
    QString m_program;
    QByteArray m_output; // read so far
};
