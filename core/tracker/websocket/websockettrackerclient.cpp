#include "tracker/websocket/websockettrackerclient.h"

#include "tracker/clocktimer.h"
#include "tracker/steadyclock.h"
#include "tracker/websocket/websockettrackerconnection.h"
#include "tracker/websocket/websockettrackerexchange.h"

#include <QHostAddress>
#include <QPointer>
#include <algorithm>

namespace {

bool isIpLiteral(const QString &host)
{
    return !QHostAddress(host).isNull();
}

} // namespace

WebSocketTrackerClient::WebSocketTrackerClient(HostResolver *resolver, QObject *parent)
    : WebSocketTrackerClient(resolver, nullptr, parent)
{}

WebSocketTrackerClient::WebSocketTrackerClient(HostResolver *resolver, MonotonicClock *clock,
                                               QObject *parent)
    : TrackerClient(parent)
    , m_clock(clock ? clock : new SteadyClock(this))
    , m_pending(this, m_clock)
    , m_lookups(resolver)
{}

// Connections are our children: destroying them closes the sockets, and a WebSocket tracker
// then drops us from every swarm we were in. Look-ups under way are cancelled with m_lookups.
WebSocketTrackerClient::~WebSocketTrackerClient() = default;

quint64 WebSocketTrackerClient::announce(const AnnounceRequest &request)
{
    return startRequest(TrackerRequest(request));
}

QStringList WebSocketTrackerClient::unsentOverrides(const AnnounceOverrides &overrides) const
{
    QStringList unsent;
    if (overrides.port)
        unsent << tr("port: WebTorrent peers meet over WebRTC; the tracker takes no port.");
    if (overrides.numwant)
        unsent << tr("numwant: a WebTorrent tracker sends as many offers as we make, and we "
                     "make none.");
    if (overrides.key)
        unsent << tr("key: a WebTorrent announce has no key.");
    if (overrides.compact)
        unsent << tr("compact: WebTorrent replies are JSON.");
    if (overrides.ip)
        unsent << tr("ip: a WebTorrent tracker takes the connection's address.");
    if (!overrides.extraParameters.isEmpty())
        unsent << tr("Extra parameters: a WebTorrent announce is a JSON message without them.");
    if (overrides.userAgent)
        unsent << tr("User-Agent: the connection is shared and keeps the settings' one.");
    return unsent;
}

quint64 WebSocketTrackerClient::scrape(const ScrapeRequest &request)
{
    return startRequest(TrackerRequest(request));
}

QString WebSocketTrackerClient::urlProblem(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("ws") && scheme != QLatin1String("wss"))
        return tr("%1 is not a ws:// or wss:// URL").arg(url.toDisplayString());
    if (!url.isValid() || url.host().isEmpty())
        return tr("a WebSocket tracker URL needs a host");
    return QString();
}

QString WebSocketTrackerClient::connectionKeyFor(const TrackerRequest &request) const
{
    const QString prefix = request.trackerUrl().toString(QUrl::FullyEncoded) + u'\n' +
                           (request.ignoreCertificateErrors() ? u'1' : u'0') + u'\n';
    if (!request.isScrape())
        return prefix + QString::fromLatin1(request.announce().peerId.toHex());
    // A scrape names no peer: any connection to the tracker with the same certificate choice.
    for (auto it = m_connections.cbegin(); it != m_connections.cend(); ++it) {
        if (it.key().startsWith(prefix))
            return it.key();
    }
    return prefix;
}

quint64 WebSocketTrackerClient::startRequest(const TrackerRequest &request)
{
    const quint64 requestId = m_pending.add(request);
    if (m_pending.endIfUnusable(requestId, urlProblem(request.trackerUrl())))
        return requestId;
    const QString key = connectionKeyFor(request);
    auto *exchange = new WebSocketTrackerExchange(request, key, m_clock, this);
    connect(exchange, &WebSocketTrackerExchange::replyTimedOut, this,
            [this, requestId] { handleReplyTimeout(requestId); });
    m_exchanges.insert(requestId, exchange);
    const bool reuse = m_connections.contains(key);
    if (!reuse)
        createConnection(key, request);
    Connection &connection = m_connections[key];
    const bool open = connection.socket->state() == WebSocketTrackerConnection::State::Open;
    exchange->useConnection(connection.socket, reuse && open);
    connection.pending.append(requestId);
    updateIdleState(key);
    if (open)
        send(requestId);
    return requestId;
}

void WebSocketTrackerClient::createConnection(const QString &key, const TrackerRequest &request)
{
    Connection connection;
    connection.url = request.trackerUrl();
    connection.ignoreCertificateErrors = request.ignoreCertificateErrors();
    auto *socket = new WebSocketTrackerConnection(m_settings, m_clock, this);
    connection.socket = socket;
    connection.idleTimer = new ClockTimer(m_clock, socket);
    connect(connection.idleTimer, &ClockTimer::timeout, this, [this, key, socket] {
        if (connectionFor(key, socket))
            dropConnection(key);
    });
    watchConnection(key, socket);
    const QString host = connection.url.host();
    if (m_lookups.hasResolver() && !isIpLiteral(host)) {
        connection.lookupId =
            m_lookups.resolve(host, [this, key, socket](const QList<QHostAddress> &addresses,
                                                        const QString &failure) {
                if (connectionFor(key, socket))
                    handleHostResolved(key, addresses, failure);
            });
        m_connections.insert(key, connection);
        return;
    }
    m_connections.insert(key, connection);
    socket->open(connection.url, connection.ignoreCertificateErrors);
}

void WebSocketTrackerClient::watchConnection(const QString &key, WebSocketTrackerConnection *socket)
{
    // Each reaches the client only while socket is still the connection under key.
    connect(socket, &WebSocketTrackerConnection::opened, this, [this, key, socket] {
        if (connectionFor(key, socket))
            handleOpened(key);
    });
    connect(socket, &WebSocketTrackerConnection::closed, this, [this, key, socket] {
        if (connectionFor(key, socket))
            handleClosed(key);
    });
    connect(socket, &WebSocketTrackerConnection::messageReceived, this,
            [this, key, socket](const QByteArray &message, qint64 receivedAt) {
                if (connectionFor(key, socket))
                    handleMessage(key, message, receivedAt);
            });
    connect(socket, &WebSocketTrackerConnection::pongReceived, this,
            [this, key, socket](const QByteArray &payload) {
                if (connectionFor(key, socket))
                    handlePong(key, payload);
            });
}

WebSocketTrackerClient::Connection *WebSocketTrackerClient::connectionFor(const QString &key,
                                                                          const QObject *socket)
{
    const auto it = m_connections.find(key);
    return it != m_connections.end() && it->socket == socket ? &*it : nullptr;
}

void WebSocketTrackerClient::handleHostResolved(const QString &key,
                                                const QList<QHostAddress> &addresses,
                                                const QString &failure)
{
    const auto it = m_connections.find(key);
    it->lookupId = 0;
    if (!addresses.isEmpty()) {
        it->socket->open(it->url, it->ignoreCertificateErrors);
        return;
    }
    const QList<quint64> pending = it->pending;
    dropConnection(key);
    for (const quint64 requestId : pending) {
        if (m_exchanges.contains(requestId))
            finishWithoutReply(requestId, ExchangeOutcome::DnsFailure, failure);
    }
}

void WebSocketTrackerClient::handleOpened(const QString &key)
{
    const QList<quint64> pending = m_connections[key].pending;
    for (const quint64 requestId : pending) {
        const WebSocketTrackerExchange *exchange = m_exchanges.value(requestId);
        if (exchange && !exchange->isSent())
            send(requestId);
    }
}

void WebSocketTrackerClient::send(quint64 requestId)
{
    WebSocketTrackerExchange *exchange = m_exchanges.value(requestId);
    const TrackerRequest &request = exchange->request();
    Connection &connection = m_connections[exchange->connectionKey()];
    // Offers that came while no announce for this torrent was pending belong to this one.
    const int earlierOffers =
        request.isScrape() ? 0 : connection.offersUnclaimed.take(request.announce().infoHash);
    exchange->send(earlierOffers, m_settings.replyTimeoutMs);
}

void WebSocketTrackerClient::handleMessage(const QString &key, const QByteArray &message,
                                           qint64 receivedAt)
{
    Connection &connection = m_connections[key];
    const WebSocketTrackerReply reply = WebSocketTrackerMessage::parse(message);
    if (reply.kind == WebSocketTrackerReply::Kind::Offer) {
        countOffer(connection, reply.infoHash);
        return;
    }
    if (reply.kind == WebSocketTrackerReply::Kind::Answer)
        return; // an answer to an offer we never made: not ours
    const quint64 requestId = matchReply(connection, reply);
    if (requestId != 0)
        finishWithReply(requestId, reply, message, receivedAt);
}

void WebSocketTrackerClient::countOffer(Connection &connection, const QByteArray &infoHash)
{
    for (const quint64 requestId : std::as_const(connection.pending)) {
        WebSocketTrackerExchange *exchange = m_exchanges.value(requestId);
        const TrackerRequest &request = exchange->request();
        if (!request.isScrape() && exchange->isSent() && request.announce().infoHash == infoHash) {
            exchange->countOffer(m_settings.maxOffersCounted);
            return;
        }
    }
    int &unclaimed = connection.offersUnclaimed[infoHash];
    unclaimed = std::min(unclaimed + 1, m_settings.maxOffersCounted);
}

quint64 WebSocketTrackerClient::matchReply(const Connection &connection,
                                           const WebSocketTrackerReply &reply) const
{
    using Kind = WebSocketTrackerReply::Kind;
    quint64 oldestSent = 0;
    quint64 oldestScrape = 0;
    for (const quint64 requestId : connection.pending) {
        const WebSocketTrackerExchange *exchange = m_exchanges.value(requestId);
        if (!exchange->isSent())
            continue;
        const TrackerRequest &request = exchange->request();
        oldestSent = oldestSent != 0 ? oldestSent : requestId;
        if (reply.kind == Kind::AnnounceReply && !request.isScrape() &&
            (reply.infoHash.isEmpty() || reply.infoHash == request.announce().infoHash))
            return requestId;
        if (reply.kind == Kind::ScrapeReply && request.isScrape()) {
            oldestScrape = oldestScrape != 0 ? oldestScrape : requestId;
            const bool namesOne = std::any_of(
                reply.files.cbegin(), reply.files.cend(), [&](const WebSocketScrapeFile &file) {
                    return request.scrape().infoHashes.contains(file.infoHash);
                });
            if (namesOne)
                return requestId;
        }
    }
    if (reply.kind == Kind::ScrapeReply)
        return oldestScrape;
    // A bare failure or garbage: the tracker answers in order, so it is the oldest one's.
    return reply.kind == Kind::FailureOnly || reply.kind == Kind::Invalid ? oldestSent : 0;
}

void WebSocketTrackerClient::handlePong(const QString &key, const QByteArray &payload)
{
    const QList<quint64> pending = m_connections[key].pending;
    for (const quint64 requestId : pending) {
        if (m_exchanges.value(requestId)->acceptPong(payload, m_settings.stoppedReplyGraceMs))
            return;
    }
}

void WebSocketTrackerClient::handleReplyTimeout(quint64 requestId)
{
    const WebSocketTrackerExchange *exchange = m_exchanges.value(requestId);
    if (exchange->pongReceived()) {
        finishWithoutReply(requestId, ExchangeOutcome::Success,
                           tr("The tracker read the stopped announce (it answered the ping sent "
                              "after it) but sent no reply; trackers need not."));
        return;
    }
    const QString message =
        exchange->request().isStopped()
            ? tr("No reply to the stopped announce, and no pong to the ping after it, within %1 ms")
                  .arg(m_settings.replyTimeoutMs)
            : tr("No reply within %1 ms").arg(m_settings.replyTimeoutMs);
    finishWithoutReply(requestId, ExchangeOutcome::Timeout, message);
}

void WebSocketTrackerClient::handleClosed(const QString &key)
{
    // Out of the pool first: a slot of a result below may start a request to the same tracker.
    const Connection connection = m_connections.value(key);
    const QPointer<WebSocketTrackerConnection> socket = connection.socket;
    dropConnection(key);
    for (const quint64 requestId : connection.pending) {
        const WebSocketTrackerExchange *exchange = m_exchanges.value(requestId);
        if (!exchange || !socket)
            continue;
        if (exchange->request().isStopped() && exchange->isSent()) {
            finishWithoutReply(requestId, ExchangeOutcome::Success,
                               tr("The tracker closed the connection without answering the "
                                  "stopped announce; a WebSocket tracker drops a peer whose "
                                  "connection closes. (%1)")
                                   .arg(socket->errorMessage()));
            continue;
        }
        const QString message =
            exchange->isSent() && socket->outcome() == ExchangeOutcome::NetworkError
                ? tr("%1 before answering").arg(socket->errorMessage())
                : socket->errorMessage();
        finishWithoutReply(requestId, socket->outcome(), message);
    }
}

WebSocketTrackerExchange *WebSocketTrackerClient::takeExchange(quint64 requestId)
{
    WebSocketTrackerExchange *exchange = m_exchanges.take(requestId);
    if (!exchange)
        return nullptr;
    exchange->deleteLater(); // its reply timer stops with it
    exchange->disconnect(this);
    const auto it = m_connections.find(exchange->connectionKey());
    if (it != m_connections.end())
        it->pending.removeOne(requestId);
    return exchange;
}

void WebSocketTrackerClient::finishWithReply(quint64 requestId, const WebSocketTrackerReply &reply,
                                             const QByteArray &message, qint64 receivedAt)
{
    const WebSocketTrackerExchange *exchange = takeExchange(requestId);
    const TrackerResult result = exchange->resultOfReply(reply, message, receivedAt);
    const auto *announce = std::get_if<AnnounceResult>(&result);
    if (announce && announce->succeeded())
        noteJoinedSwarm(exchange->request(), exchange->connectionKey());
    updateIdleState(exchange->connectionKey());
    m_pending.finish(requestId, result);
}

void WebSocketTrackerClient::finishWithoutReply(quint64 requestId, ExchangeOutcome outcome,
                                                const QString &message)
{
    const WebSocketTrackerExchange *exchange = takeExchange(requestId);
    const TrackerResult result = exchange->result(outcome, message);
    if (exchange->request().isStopped() && outcome == ExchangeOutcome::Success)
        noteJoinedSwarm(exchange->request(), exchange->connectionKey());
    updateIdleState(exchange->connectionKey());
    m_pending.finish(requestId, result);
}

void WebSocketTrackerClient::noteJoinedSwarm(const TrackerRequest &request, const QString &key)
{
    const auto it = m_connections.find(key);
    if (it == m_connections.end())
        return;
    if (request.isStopped())
        it->joinedInfoHashes.remove(request.announce().infoHash);
    else
        it->joinedInfoHashes.insert(request.announce().infoHash);
}

void WebSocketTrackerClient::updateIdleState(const QString &key)
{
    const auto it = m_connections.find(key);
    if (it == m_connections.end())
        return;
    if (!it->pending.isEmpty()) {
        it->idleTimer->stop();
        return;
    }
    if (it->socket->state() != WebSocketTrackerConnection::State::Open) {
        dropConnection(key); // nobody waits for it any more
        return;
    }
    if (it->joinedInfoHashes.isEmpty())
        it->idleTimer->start(m_settings.idleCloseMs);
    else
        it->idleTimer->stop(); // we are in a swarm through it: keep it, as a client would
}

void WebSocketTrackerClient::dropConnection(const QString &key)
{
    const auto it = m_connections.find(key);
    if (it == m_connections.end())
        return;
    const Connection connection = *it;
    m_connections.erase(it);
    m_lookups.cancel(connection.lookupId);
    if (connection.socket->state() == WebSocketTrackerConnection::State::Closed)
        connection.socket->deleteLater();
    else
        connection.socket->shutDown();
}

void WebSocketTrackerClient::cancel(quint64 requestId)
{
    if (!m_pending.contains(requestId))
        return;
    const WebSocketTrackerExchange *exchange = takeExchange(requestId);
    QList<TrackerResult> results;
    if (exchange) {
        results.append(exchange->result(ExchangeOutcome::Cancelled, tr("Cancelled")));
        updateIdleState(exchange->connectionKey());
    }
    m_pending.cancel(requestId, results);
}
