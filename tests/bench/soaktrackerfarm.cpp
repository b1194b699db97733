#include "soaktrackerfarm.h"

#include "webtorrenttrackerserver.h"

#include <QDeadlineTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <algorithm>
#include <csignal>
#include <sys/types.h>

SoakTrackerFarm::SoakTrackerFarm(QObject *parent)
    : QObject(parent)
{
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    connect(&m_process, &QProcess::readyReadStandardOutput, this, &SoakTrackerFarm::readOutput);
}

SoakTrackerFarm::~SoakTrackerFarm()
{
    stop();
}

QStringList SoakTrackerFarm::nodeArguments(const Options &options, const QString &moduleDirectory)
{
    QStringList arguments{QStringLiteral(TI_SOAK_SERVERS_SCRIPT),
                          moduleDirectory,
                          QStringLiteral("--count"),
                          QString::number(options.trackerCount),
                          QStringLiteral("--interval"),
                          QString::number(options.intervalSeconds),
                          QStringLiteral("--lifetime"),
                          QString::number(options.lifetimeSeconds),
                          QStringLiteral("--peers"),
                          QString::number(options.seededPeersPerServer)};
    for (const QByteArray &infoHash : options.infoHashes)
        arguments << QStringLiteral("--info-hash") << QString::fromLatin1(infoHash.toHex());
    return arguments;
}

bool SoakTrackerFarm::start(const Options &options, QString *error)
{
    m_options = options;
    const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
    const QString moduleDirectory = WebTorrentTrackerServer::installDirectory();
    if (node.isEmpty()) {
        *error = QStringLiteral("node is not installed");
        return false;
    }
    if (!QFileInfo::exists(moduleDirectory + QStringLiteral("/node_modules/bittorrent-tracker"))) {
        *error = QStringLiteral("bittorrent-tracker is not installed in %1 (the test build runs "
                                "npm install there)")
                     .arg(moduleDirectory);
        return false;
    }
    const QStringList arguments = nodeArguments(options, moduleDirectory);
    m_process.start(node, arguments);
    if (!m_process.waitForStarted(kStartTimeoutMs)) {
        *error = QStringLiteral("could not start node: %1").arg(m_process.errorString());
        return false;
    }
    m_pid = m_process.processId();
    const QDeadlineTimer deadline(kStartTimeoutMs);
    while (m_trackers.isEmpty() && !deadline.hasExpired() && m_process.state() == QProcess::Running)
        m_process.waitForReadyRead(100);
    if (m_trackers.isEmpty()) {
        *error = QStringLiteral("soak-servers.mjs did not list its trackers within %1 ms")
                     .arg(kStartTimeoutMs);
        return false;
    }
    return true;
}

void SoakTrackerFarm::stop()
{
    if (m_pid <= 0)
        return;
    if (m_process.state() == QProcess::Running) {
        m_process.closeWriteChannel(); // stdin EOF: the servers close and node exits
        if (!m_process.waitForFinished(kStopTimeoutMs)) {
            ::kill(pid_t(m_pid), SIGTERM);
            if (!m_process.waitForFinished(kStopTimeoutMs)) {
                ::kill(pid_t(m_pid), SIGKILL);
                m_process.waitForFinished(kStopTimeoutMs);
            }
        }
    }
    m_pid = 0;
}

int SoakTrackerFarm::trackerCount(const QString &protocol) const
{
    return int(std::count_if(m_trackers.cbegin(), m_trackers.cend(),
                             [&](const Tracker &tracker) { return tracker.protocol == protocol; }));
}

int SoakTrackerFarm::expectedUniquePeers() const
{
    const int peerServers =
        trackerCount(QStringLiteral("http")) + trackerCount(QStringLiteral("udp"));
    const int perServer = m_options.seededPeersPerServer;
    return peerServers > 0 ? (peerServers + 1) * perServer : 0;
}

void SoakTrackerFarm::requestClientPeerCount()
{
    m_process.write("peers\n");
}

void SoakTrackerFarm::readOutput()
{
    m_pendingOutput += m_process.readAllStandardOutput();
    qsizetype end = -1;
    while ((end = m_pendingOutput.indexOf('\n')) >= 0) {
        const QByteArray line = m_pendingOutput.left(end);
        m_pendingOutput.remove(0, end + 1);
        const QJsonObject object = QJsonDocument::fromJson(line).object();
        if (object.contains(u"trackers")) {
            for (const QJsonValue &value : object.value(u"trackers").toArray()) {
                const QJsonObject tracker = value.toObject();
                m_trackers.append(Tracker{tracker.value(u"protocol").toString(),
                                          QUrl(tracker.value(u"url").toString())});
            }
        } else if (object.contains(u"clientPeers")) {
            Q_EMIT clientPeersCounted(object.value(u"clientPeers").toInt(-1));
        }
    }
}
