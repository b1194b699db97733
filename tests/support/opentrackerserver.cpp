#include "opentrackerserver.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QThread>
#include <csignal>

namespace {
const QHostAddress kLoopback(QHostAddress::LocalHost);
const QString kWhitelistName = QStringLiteral("whitelist.txt");
} // namespace

bool OpenTrackerServer::start(const QList<QByteArray> &infoHashes, QString *error)
{
    const QString program = QStandardPaths::findExecutable(QStringLiteral("opentracker"));
    if (program.isEmpty()) {
        *error = QStringLiteral("opentracker is not installed (./dev.sh test installs it)");
        return false;
    }
    if (!m_directory.isValid() || !writeWhitelist(infoHashes, error))
        return false;
    // opentracker drops to nobody after chrooting here: it must still be able to read the list.
    QFile::setPermissions(m_directory.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                  QFileDevice::ExeOwner | QFileDevice::ReadOther |
                                                  QFileDevice::ExeOther | QFileDevice::ReadGroup |
                                                  QFileDevice::ExeGroup);
    m_port = ServerProcess::findFreePort(kLoopback);
    if (m_port == 0) {
        *error = QStringLiteral("no free port on 127.0.0.1");
        return false;
    }
    // -i must come before -p/-P. As root it chroots to -d and drops to nobody, so the whitelist
    // path is relative to that directory.
    const QString port = QString::number(m_port);
    const QStringList arguments{QStringLiteral("-i"), kLoopback.toString(),
                                QStringLiteral("-p"), port,
                                QStringLiteral("-P"), port,
                                QStringLiteral("-d"), m_directory.path(),
                                QStringLiteral("-w"), kWhitelistName};
    if (!m_process.start(program, arguments, m_directory.path(), error) ||
        !m_process.waitForTcpPort(kLoopback, m_port, error))
        return false;
    return infoHashes.isEmpty() || waitForWhitelist(infoHashes.first(), true, error);
}

QByteArray OpenTrackerServer::probe(const QByteArray &infoHash, const QByteArray &event)
{
    QTcpSocket socket;
    socket.connectToHost(kLoopback, m_port);
    if (!socket.waitForConnected(1000))
        return QByteArray();
    socket.write("GET /announce?info_hash=" + infoHash.toPercentEncoding() +
                 "&peer_id=-TIPROB-000000000000&port=1&uploaded=0&downloaded=0&left=0"
                 "&compact=1&event=" +
                 event + " HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n");
    QByteArray reply;
    while (socket.waitForReadyRead(1000))
        reply += socket.readAll();
    return reply + socket.readAll();
}

bool OpenTrackerServer::waitForWhitelist(const QByteArray &infoHash, bool accepted, QString *error)
{
    const QDeadlineTimer deadline(ServerProcess::kStartTimeoutMs);
    QByteArray reply;
    while (!deadline.hasExpired()) {
        // `stopped` is not checked against the whitelist: probe with `started`, and take the
        // probe peer out again at once so that it never shows in a test's counts.
        reply = probe(infoHash, "started");
        const bool refused = reply.contains("not authorized");
        if (!refused)
            probe(infoHash, "stopped");
        if (reply.contains("\r\n\r\nd") && refused != accepted)
            return true;
        QThread::msleep(50);
    }
    *error = QStringLiteral("opentracker did not %1 the whitelisted hash in time: %2")
                 .arg(accepted ? QStringLiteral("accept") : QStringLiteral("refuse"),
                      QString::fromLatin1(reply));
    return false;
}

bool OpenTrackerServer::writeWhitelist(const QList<QByteArray> &infoHashes, QString *error)
{
    QFile file(m_directory.filePath(kWhitelistName));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        *error = QStringLiteral("cannot write the whitelist: %1").arg(file.errorString());
        return false;
    }
    for (const QByteArray &hash : infoHashes)
        file.write(hash.toHex() + '\n');
    // opentracker keeps its previous list when the new one is empty: refuse all with a dummy.
    if (infoHashes.isEmpty())
        file.write(QByteArray(40, '0') + '\n');
    m_whitelist = infoHashes;
    file.setPermissions(file.permissions() | QFileDevice::ReadOther);
    return true;
}

bool OpenTrackerServer::setWhitelist(const QList<QByteArray> &infoHashes, QString *error)
{
    const QList<QByteArray> previous = m_whitelist;
    if (!writeWhitelist(infoHashes, error))
        return false;
    ::kill(pid_t(m_process.pid()), SIGHUP);
    // opentracker reloads asynchronously: wait until the new list is in force.
    if (!infoHashes.isEmpty())
        return waitForWhitelist(infoHashes.first(), true, error);
    return previous.isEmpty() || waitForWhitelist(previous.first(), false, error);
}

QUrl OpenTrackerServer::httpAnnounceUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/announce").arg(m_port));
}

QUrl OpenTrackerServer::udpAnnounceUrl() const
{
    return QUrl(QStringLiteral("udp://127.0.0.1:%1/announce").arg(m_port));
}
