#include "transmissionpeer.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>

namespace {
const QHostAddress kLoopback(QHostAddress::LocalHost);
} // namespace

bool TransmissionPeer::writeSettings(QString *error)
{
    // Everything that could reach beyond loopback is off; RPC needs no password on loopback.
    const QJsonObject settings{
        {QStringLiteral("dht-enabled"), false},
        {QStringLiteral("lpd-enabled"), false},
        {QStringLiteral("pex-enabled"), false},
        {QStringLiteral("port-forwarding-enabled"), false},
        {QStringLiteral("utp-enabled"), false},
        {QStringLiteral("blocklist-enabled"), false},
        {QStringLiteral("peer-port"), m_peerPort},
        {QStringLiteral("peer-port-random-on-start"), false},
        {QStringLiteral("bind-address-ipv4"), kLoopback.toString()},
        {QStringLiteral("bind-address-ipv6"), QStringLiteral("::1")},
        {QStringLiteral("rpc-enabled"), true},
        {QStringLiteral("rpc-port"), m_rpcPort},
        {QStringLiteral("rpc-bind-address"), kLoopback.toString()},
        {QStringLiteral("rpc-authentication-required"), false},
        {QStringLiteral("rpc-whitelist-enabled"), true},
        {QStringLiteral("rpc-whitelist"), kLoopback.toString()},
        {QStringLiteral("rpc-host-whitelist-enabled"), false},
        {QStringLiteral("incomplete-dir-enabled"), false},
        {QStringLiteral("watch-dir-enabled"), false},
        {QStringLiteral("start-added-torrents"), true},
        {QStringLiteral("download-dir"), m_directory.filePath(QStringLiteral("downloads"))}};
    QFile file(m_directory.filePath(QStringLiteral("settings.json")));
    if (!file.open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("cannot write Transmission's settings: %1").arg(file.errorString());
        return false;
    }
    file.write(QJsonDocument(settings).toJson());
    return true;
}

bool TransmissionPeer::start(QString *error)
{
    const QString program = QStandardPaths::findExecutable(QStringLiteral("transmission-daemon"));
    if (program.isEmpty()) {
        *error = QStringLiteral("transmission-daemon is not installed (./dev.sh test installs it)");
        return false;
    }
    m_peerPort = ServerProcess::findFreePort(kLoopback);
    m_rpcPort = ServerProcess::findFreePort(kLoopback);
    if (!m_directory.isValid() || m_peerPort == 0 || m_rpcPort == 0 || m_peerPort == m_rpcPort) {
        *error = QStringLiteral("no temporary directory or free ports for Transmission");
        return false;
    }
    return writeSettings(error) &&
           m_process.start(program,
                           {QStringLiteral("--foreground"), QStringLiteral("--config-dir"),
                            m_directory.path(), QStringLiteral("--log-error")},
                           m_directory.path(), error) &&
           m_process.waitForTcpPort(kLoopback, m_rpcPort, error);
}

QByteArray TransmissionPeer::remote(const QStringList &arguments, QString *error) const
{
    QProcess remote;
    remote.start(QStringLiteral("transmission-remote"),
                 QStringList{QString::number(m_rpcPort)} + arguments);
    if (!remote.waitForFinished(kRemoteTimeoutMs) || remote.exitStatus() != QProcess::NormalExit ||
        remote.exitCode() != 0) {
        *error = QStringLiteral("transmission-remote %1 failed: %2 %3")
                     .arg(arguments.join(u' '), remote.errorString(),
                          QString::fromUtf8(remote.readAllStandardError()));
        return QByteArray();
    }
    return remote.readAllStandardOutput();
}

bool TransmissionPeer::addTorrent(const QString &torrentFile, const QString &downloadDirectory,
                                  QString *error)
{
    return !remote({QStringLiteral("--add"), torrentFile, QStringLiteral("--download-dir"),
                    downloadDirectory},
                   error)
                .isEmpty();
}

QMap<QString, int> TransmissionPeer::trackerSeeders(QString *error)
{
    // "  Tracker 0: http://tracker.example.org:6969" ... "  Tracker had 2 seeders and 0 leechers"
    static const QRegularExpression tracker(QStringLiteral("^\\s*Tracker \\d+: (\\S+)"));
    static const QRegularExpression counts(QStringLiteral("^\\s*Tracker had (\\d+) seeders"));
    QMap<QString, int> seeders;
    QString current;
    const QByteArray output =
        remote({QStringLiteral("-t1"), QStringLiteral("--info-trackers")}, error);
    for (const QString &line : QString::fromUtf8(output).split(u'\n')) {
        const QRegularExpressionMatch trackerLine = tracker.match(line);
        if (trackerLine.hasMatch())
            current = trackerLine.captured(1);
        const QRegularExpressionMatch countLine = counts.match(line);
        if (countLine.hasMatch() && !current.isEmpty())
            seeders.insert(current, countLine.captured(1).toInt());
    }
    return seeders;
}
