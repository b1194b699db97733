#pragma once

#include "serverprocess.h"

#include <QByteArray>
#include <QStringList>

// A libtorrent session (python3-libtorrent, tests/support/libtorrentpeer.py) seeding one torrent on
// 127.0.0.1, with DHT, local service discovery, UPnP and NAT-PMP off. It announces to every tracker
// of every tier. Run it only inside a PrivateNetworkNamespace.
class LibtorrentPeer
{
public:
    static constexpr int kMakeTorrentTimeoutMs = 30'000;

    // Writes size random bytes to dataFile and a v1 torrent of it to torrentFile, one tier per
    // tracker; returns its info hash (20 bytes), or an empty array and the reason in error.
    static QByteArray makeTorrent(const QString &dataFile, qint64 size, const QString &torrentFile,
                                  const QStringList &trackers, QString *error);

    // Seeds torrentFile from dataDirectory, once libtorrent has checked the data.
    bool seed(const QString &torrentFile, const QString &dataDirectory, QString *error);
    // Waits for a successful announce to tracker (a URL of the torrent).
    bool waitForAnnounce(const QString &tracker, int waitMs, QString *error);
    void stop() { m_process.stop(); }
    quint16 port() const { return m_port; }

private:
    ServerProcess m_process;
    quint16 m_port = 0;
};
