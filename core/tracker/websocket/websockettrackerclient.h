#pragma once

#include "tracker/trackerclient.h"
#include "tracker/websocket/websockettrackerconnection.h"
#include "tracker/websocket/websockettrackermessage.h"
#include "tracker/websocket/websockettrackersettings.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QSet>
#include <QString>

class ClockTimer;
class HostResolver;
class MonotonicClock;

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

    int connectionCount() const { return int(m_connections.size()); } // open or opening

private:
    struct Request
    {
        bool isScrape = false;
        AnnounceRequest announce;
        ScrapeRequest scrape;
        QString connectionKey;
        QDateTime started;
        qint64 startedAt = 0; // on m_clock
        QByteArray message;
        qint64 sentAt = -1;
        QByteArray pingPayload; // stopped announces: the ping sent after the message
        bool pongReceived = false;
        int offers = 0;
        bool offersCapped = false;
        bool connectionReused = false;
        QPointer<WebSocketTrackerConnection> socket;
        ClockTimer *replyTimer = nullptr;

        const QUrl &trackerUrl() const
        {
            return isScrape ? scrape.trackerUrl : announce.trackerUrl;
        }
        bool isStopped() const { return !isScrape && announce.event == AnnounceEvent::Stopped; }
    };
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

    quint64 startRequest(Request request);
    QString requestProblem(const Request &request) const;
    QString connectionKeyFor(const Request &request) const;
    void createConnection(const QString &key, const Request &request);
    void openConnection(const QString &key);
    void handleHostResolved(quint64 lookupId, const QList<QHostAddress> &addresses,
                            const QString &errorMessage);
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
    TrackerResult buildResult(const Request &request, ExchangeOutcome outcome,
                              const QString &message) const;
    void noteJoinedSwarm(const Request &request);
    ExchangeRecord recordFor(const Request &request) const;
    Request takeRequest(quint64 requestId);
    void updateIdleState(const QString &key);
    void dropConnection(const QString &key);
    Connection *connectionFor(const QString &key, const QObject *socket);

    HostResolver *m_resolver;
    WebSocketTrackerSettings m_settings;
    MonotonicClock *m_clock;
    QHash<quint64, Request> m_requests;
    QHash<QString, Connection> m_connections;
    QHash<quint64, QString> m_connectionKeysByLookup;
};
