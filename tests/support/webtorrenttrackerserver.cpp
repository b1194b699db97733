#include "webtorrenttrackerserver.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QUdpSocket>

QString WebTorrentTrackerServer::installDirectory()
{
    return QStringLiteral(TI_WEBTORRENT_TRACKER_DIR);
}

bool WebTorrentTrackerServer::start(const QString &host, QString *error)
{
    const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
    if (node.isEmpty()) {
        *error = QStringLiteral("node is not installed (./dev.sh test installs it)");
        return false;
    }
    const QDir directory(installDirectory());
    if (!QFileInfo::exists(directory.filePath(QStringLiteral("node_modules/bittorrent-tracker")))) {
        *error = QStringLiteral("bittorrent-tracker is not installed in %1 (the test build runs "
                                "npm install there)")
                     .arg(directory.path());
        return false;
    }
    m_host = host;
    const QHostAddress address(host);
    // The port must be free for TCP on host and for UDP on both loopback addresses.
    for (int attempt = 0; attempt < 20 && m_port == 0; ++attempt) {
        const quint16 candidate = ServerProcess::findFreePort(address);
        QUdpSocket udp4;
        QUdpSocket udp6;
        if (candidate != 0 && udp4.bind(QHostAddress::LocalHost, candidate) &&
            udp6.bind(QHostAddress::LocalHostIPv6, candidate))
            m_port = candidate;
    }
    if (m_port == 0) {
        *error = QStringLiteral("no free port on loopback");
        return false;
    }
    const QStringList arguments{directory.filePath(QStringLiteral("server.mjs")), host,
                                QString::number(m_port)};
    return m_process.start(node, arguments, directory.path(), error) &&
           m_process.waitForOutputLine("ready", error);
}

QString WebTorrentTrackerServer::hostForUrl() const
{
    return m_host.contains(u':') ? u'[' + m_host + u']' : m_host;
}

QUrl WebTorrentTrackerServer::httpAnnounceUrl() const
{
    return QUrl(QStringLiteral("http://%1:%2/announce").arg(hostForUrl()).arg(m_port));
}

QUrl WebTorrentTrackerServer::udpAnnounceUrl() const
{
    return QUrl(QStringLiteral("udp://%1:%2").arg(hostForUrl()).arg(m_port));
}

QUrl WebTorrentTrackerServer::webSocketUrl() const
{
    return QUrl(QStringLiteral("ws://%1:%2").arg(hostForUrl()).arg(m_port));
}
