#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QProcess>
#include <QString>
#include <QUrl>

// The soak benchmark's trackers: WebTorrent's bittorrent-tracker servers, many in one node
// process (tests/fixtures/webtorrent-tracker/soak-servers.mjs), each serving one protocol (HTTP,
// UDP, WebSocket in turn) on a free port of 127.0.0.1 with a short announce interval. The process
// is stopped by its PID when the farm goes away, and exits by itself on stdin EOF.
class SoakTrackerFarm final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SoakTrackerFarm)

public:
    static constexpr int kStartTimeoutMs = 20'000;
    static constexpr int kStopTimeoutMs = 3'000;

    struct Options
    {
        int trackerCount = 100;
        int intervalSeconds = 5;
        int lifetimeSeconds = 600; // the servers exit after this, whatever happens to us
        int seededPeersPerServer = 5;
        QList<QByteArray> infoHashes; // 20 bytes each; every server's swarm for them is seeded
    };
    struct Tracker
    {
        QString protocol; // "http", "udp", "ws"
        QUrl url;
    };

    explicit SoakTrackerFarm(QObject *parent = nullptr);
    ~SoakTrackerFarm() override;

    // Starts node and waits (bounded) until every server listens.
    bool start(const Options &options, QString *error);
    void stop();
    const QList<Tracker> &trackers() const { return m_trackers; }
    int trackerCount(const QString &protocol) const;
    // Unique peers the client should know per torrent: the seeded peers its HTTP and UDP
    // trackers return (WebSocket trackers hand out WebRTC offers, not peers). The client itself,
    // which the trackers return too, is no peer of its own.
    int expectedUniquePeers() const;

    // Asks the servers how many swarm entries belong to the client under test (not seeded);
    // clientPeersCounted follows.
    void requestClientPeerCount();

Q_SIGNALS:
    void clientPeersCounted(int count);

private:
    static QStringList nodeArguments(const Options &options, const QString &moduleDirectory);
    void readOutput();

    Options m_options;
    QProcess m_process;
    qint64 m_pid = 0;
    QByteArray m_pendingOutput;
    QList<Tracker> m_trackers;
};
