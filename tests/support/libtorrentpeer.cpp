#include "libtorrentpeer.h"

namespace {
// Debian's python3-libtorrent is for Debian's Python, whatever else PATH finds first.
const QString kPython = QStringLiteral("/usr/bin/python3");
const QString kScript = QStringLiteral(TI_LIBTORRENT_PEER_SCRIPT);
} // namespace

QByteArray LibtorrentPeer::makeTorrent(const QString &dataFile, qint64 size,
                                       const QString &torrentFile, const QStringList &trackers,
                                       QString *error)
{
    QProcess maker;
    maker.start(kPython, QStringList{kScript, QStringLiteral("make-torrent"), dataFile,
                                     QString::number(size), torrentFile} +
                             trackers);
    if (!maker.waitForFinished(kMakeTorrentTimeoutMs) ||
        maker.exitStatus() != QProcess::NormalExit || maker.exitCode() != 0) {
        *error =
            QStringLiteral("%1 make-torrent failed: %2 %3")
                .arg(kScript, maker.errorString(), QString::fromUtf8(maker.readAllStandardError()));
        return QByteArray();
    }
    const QByteArray infoHash = QByteArray::fromHex(maker.readAllStandardOutput().trimmed());
    if (infoHash.size() != 20)
        *error = QStringLiteral("%1 make-torrent printed no info hash").arg(kScript);
    return infoHash.size() == 20 ? infoHash : QByteArray();
}

bool LibtorrentPeer::seed(const QString &torrentFile, const QString &dataDirectory, QString *error)
{
    m_port = ServerProcess::findFreePort(QHostAddress(QHostAddress::LocalHost));
    if (m_port == 0) {
        *error = QStringLiteral("no free port on 127.0.0.1 for libtorrent");
        return false;
    }
    return m_process.start(kPython,
                           {kScript, QStringLiteral("seed"), torrentFile, dataDirectory,
                            QString::number(m_port)},
                           dataDirectory, error) &&
           m_process.waitForOutputLine("seeding\n", error);
}

bool LibtorrentPeer::waitForAnnounce(const QString &tracker, int waitMs, QString *error)
{
    return m_process.waitForOutputLine("announced " + tracker.toUtf8() + '\n', error, waitMs);
}
