#include "serverprocess.h"

#include "serverreaper.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QUdpSocket>
#include <csignal>
#include <sys/types.h>
#include <unistd.h>

ServerProcess::ServerProcess() = default;

ServerProcess::~ServerProcess()
{
    stop();
}

bool ServerProcess::start(const QString &program, const QStringList &arguments,
                          const QString &workingDirectory, QString *error)
{
    m_program = program;
    m_output.clear();
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    m_process->setWorkingDirectory(workingDirectory);
    // A group of its own: the reaper kills it, and whatever it started, if this process dies.
    m_process->setChildProcessModifier([] { ::setpgid(0, 0); });
    m_process->start(program, arguments);
    if (!m_process->waitForStarted(kStartTimeoutMs)) {
        *error = QStringLiteral("could not start %1: %2").arg(program, m_process->errorString());
        return false;
    }
    m_pid = m_process->processId();
    ServerReaper::watch(m_pid);
    return true;
}

bool ServerProcess::isRunning() const
{
    return m_process && m_process->state() == QProcess::Running;
}

bool ServerProcess::waitForTcpPort(const QHostAddress &address, quint16 port, QString *error)
{
    const QDeadlineTimer deadline(kStartTimeoutMs);
    while (!deadline.hasExpired()) {
        if (!isRunning()) {
            *error = QStringLiteral("%1 exited before it answered: %2").arg(m_program, output());
            return false;
        }
        QTcpSocket socket;
        socket.connectToHost(address, port);
        if (socket.waitForConnected(200))
            return true;
        QThread::msleep(50);
    }
    *error = QStringLiteral("%1 did not answer on port %2 within %3 ms: %4")
                 .arg(m_program)
                 .arg(port)
                 .arg(kStartTimeoutMs)
                 .arg(output());
    return false;
}

bool ServerProcess::waitForOutputLine(const QByteArray &line, QString *error, int waitMs)
{
    const QDeadlineTimer deadline(waitMs);
    while (!deadline.hasExpired() && isRunning()) {
        m_output += m_process->readAll();
        if (m_output.contains(line))
            return true;
        m_process->waitForReadyRead(100);
    }
    *error = QStringLiteral("%1 did not print \"%2\": %3")
                 .arg(m_program, QString::fromUtf8(line), output());
    return false;
}

void ServerProcess::stop()
{
    if (!m_process || m_pid <= 0)
        return;
    if (m_process->state() == QProcess::Running) {
        ::kill(pid_t(m_pid), SIGTERM);
        if (!m_process->waitForFinished(kStopTimeoutMs)) {
            ::kill(-pid_t(m_pid), SIGKILL);
            m_process->waitForFinished(kStopTimeoutMs);
        }
    }
    ServerReaper::forget(m_pid);
    m_pid = 0;
}

QString ServerProcess::output()
{
    if (m_process)
        m_output += m_process->readAll();
    return QString::fromUtf8(m_output).trimmed();
}

quint16 ServerProcess::findFreePort(const QHostAddress &address)
{
    for (int attempt = 0; attempt < 50; ++attempt) {
        QTcpServer tcp;
        if (!tcp.listen(address, 0))
            return 0;
        const quint16 port = tcp.serverPort();
        QUdpSocket udp;
        if (udp.bind(address, port))
            return port;
    }
    return 0;
}
