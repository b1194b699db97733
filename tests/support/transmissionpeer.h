#pragma once

#include "serverprocess.h"

#include <QMap>
#include <QTemporaryDir>

// transmission-daemon (Debian's transmission-daemon) with DHT, local peer discovery, PEX, port
// mapping and uTP off, taking peers and RPC on 127.0.0.1 only; transmission-remote (Debian's
// transmission-cli) asks it what it knows. Run it only inside a PrivateNetworkNamespace.
class TransmissionPeer
{
public:
    static constexpr int kRemoteTimeoutMs = 10'000;

    bool start(QString *error);
    void stop() { m_process.stop(); }
    // Adds and starts the torrent; its data must be in downloadDirectory already (it seeds).
    bool addTorrent(const QString &torrentFile, const QString &downloadDirectory, QString *error);
    // `transmission-remote PORT -t1 -it`: the seeders each tracker of the first torrent had at
    // its last scrape, by the URL Transmission shows (scheme, host and port); a tracker not
    // scraped yet is left out.
    QMap<QString, int> trackerSeeders(QString *error);
    // transmission-remote's output, or an empty array and the reason in error.
    QByteArray remote(const QStringList &arguments, QString *error) const;

    quint16 peerPort() const { return m_peerPort; }
    quint16 rpcPort() const { return m_rpcPort; }

private:
    bool writeSettings(QString *error);

    QTemporaryDir m_directory;
    ServerProcess m_process;
    quint16 m_peerPort = 0;
    quint16 m_rpcPort = 0;
};
