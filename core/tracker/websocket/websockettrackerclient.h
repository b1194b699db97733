#pragma once

#include "tracker/hostlookups.h"
#include "tracker/pendingtrackerrequests.h"
#include "tracker/trackerclient.h"
#include "tracker/websocket/websockettrackermessage.h"
#include "tracker/websocket/websockettrackersettings.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

class ClockTimer;
class HostResolver;
class MonotonicClock;
class WebSocketTrackerConnection;
class WebSocketTrackerExchange;

// WebTorrent's WebSocket tracker protocol (ws:// and wss://) behind the common TrackerClient
// interface. We look without joining WebRTC: announces carry `offers: []` and `numwant: 0`; offers
// other peers push to us are counted (AnnounceResult::offersReceived), never answered.
//
// One endpoint per request: QWebSocket takes the Host header and the TLS server name from the
// URL, so a connection cannot be pinned to one resolved address without breaking virtual hosts
// and certificate checks. The host is resolved first through the HostResolver (so that a DNS
// failure is reported as such, and tests need no system resolver); Qt then connects by name and
// the address it reached is recorded.
//
// Connections are reused: requests to the same tracker URL (and peer id, and certificate
// choice) share one open connection, pipelined, as WebTorrent's own client does. Why: an
// inspector's round is started, scrape, stopped to each tracker within moments, and each new wss
// connection costs TCP + TLS + HTTP upgrade; and a WebSocket tracker keeps a peer in the swarm
// only while its connection lives (WebTorrent's server sends itself a `stopped` when it closes),
// so a `stopped` on a fresh connection would find us gone already, and a `started` on a
// connection closed at once would not really join. Replies carry no request id: an announce
// reply is matched to the oldest pending announce for its info hash, a scrape reply to the
// oldest pending scrape naming one of its hashes, a bare failure or garbage to the oldest
// pending request. A connection closes after idleCloseMs once nothing is pending and no swarm
// is joined on it; one that holds a swarm stays open until `stopped` (or the client goes).
//
// When a `stopped` announce is complete: on its reply (WebTorrent answers with the new counts);
// else, stoppedReplyGraceMs after the pong to a ping sent right after it — the tracker has read
// the message and had time to answer (WebTorrent's server answers a tick after its pong);
// else when the tracker closes the connection
// after it was sent — a WebSocket tracker drops a peer whose connection closes. Only silence
// until replyTimeoutMs is a timeout.
class WebSocketTrackerClient final : public TrackerClient
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WebSocketTrackerClient)

public:
    // resolver is not owned and must outlive the client; nullptr lets Qt resolve host names.
    // Requests are timed on a SteadyClock of the client's own.
    explicit WebSocketTrackerClient(HostResolver *resolver, QObject *parent = nullptr);
    // Requests are timed on clock (not owned; it must outlive the client), or on a SteadyClock of
    // the client's own when it is nullptr.
    WebSocketTrackerClient(HostResolver *resolver, MonotonicClock *clock,
                           QObject *parent = nullptr);
    ~WebSocketTrackerClient() override;

    const WebSocketTrackerSettings &settings() const { return m_settings; }
    // Applies to connections opened afterwards.
    void setSettings(const WebSocketTrackerSettings &settings) { m_settings = settings; }

    quint64 announce(const AnnounceRequest &request) override;
    quint64 scrape(const ScrapeRequest &request) override;
    void cancel(quint64 requestId) override;
    // A WebTorrent announce carries the event, the counts and the peer id; nothing else.
    QStringList unsentOverrides(const AnnounceOverrides &overrides) const override;

    int connectionCount() const { return int(m_connections.size()); } // open or opening

private:
    struct Connection
    {
        WebSocketTrackerConnection *socket = nullptr;
        QUrl url;
        bool ignoreCertificateErrors = false;
        quint64 lookupId = 0;   // non-zero while the host name is being resolved
        QList<quint64> pending; // requests waiting for the connection or a reply, in send order
        QSet<QByteArray> joinedInfoHashes;      // swarms we are in through this connection
        QHash<QByteArray, int> offersUnclaimed; // offers while no announce was pending, per hash
        ClockTimer *idleTimer = nullptr;
    };

    quint64 startRequest(const TrackerRequest &request);
    static QString urlProblem(const QUrl &url);
    QString connectionKeyFor(const TrackerRequest &request) const;
    void createConnection(const QString &key, const TrackerRequest &request);
    void watchConnection(const QString &key, WebSocketTrackerConnection *socket);
    void handleHostResolved(const QString &key, const QList<QHostAddress> &addresses,
                            const QString &failure);
    void handleOpened(const QString &key);
    void handleClosed(const QString &key);
    void handleMessage(const QString &key, const QByteArray &message, qint64 receivedAt);
    void handlePong(const QString &key, const QByteArray &payload);
    void handleReplyTimeout(quint64 requestId);
    void send(quint64 requestId);
    void countOffer(Connection &connection, const QByteArray &infoHash);
    quint64 matchReply(const Connection &connection, const WebSocketTrackerReply &reply) const;
    void finishWithReply(quint64 requestId, const WebSocketTrackerReply &reply,
                         const QByteArray &message, qint64 receivedAt);
    void finishWithoutReply(quint64 requestId, ExchangeOutcome outcome, const QString &message);
    void noteJoinedSwarm(const TrackerRequest &request, const QString &key);
    WebSocketTrackerExchange *takeExchange(quint64 requestId);
    void updateIdleState(const QString &key);
    void dropConnection(const QString &key);
    Connection *connectionFor(const QString &key, const QObject *socket);

    MonotonicClock *m_clock;
    WebSocketTrackerSettings m_settings;
    PendingTrackerRequests m_pending;
    HostLookups m_lookups;
    QHash<quint64, WebSocketTrackerExchange *> m_exchanges; // children, by request id
    QHash<QString, Connection> m_connections;
};
