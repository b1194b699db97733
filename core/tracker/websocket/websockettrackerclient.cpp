#include "tracker/websocket/websockettrackerclient.h"

#include "tracker/clocktimer.h"
#include "tracker/hostresolver.h"
#include "tracker/steadyclock.h"
#include "tracker/websocket/websockettrackerconnection.h"
#include "tracker/websocket/websockettrackerreplyreader.h"

#include <QHostAddress>
#include <QMetaObject>
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
    , m_resolver(resolver)
    , m_clock(clock ? clock : new SteadyClock(this))
{
    if (m_resolver) {
        connect(m_resolver, &HostResolver::hostResolved, this,
                &WebSocketTrackerClient::handleHostResolved);
    }
}

WebSocketTrackerClient::~WebSocketTrackerClient()
{
    for (auto it = m_connectionKeysByLookup.cbegin(); it != m_connectionKeysByLookup.cend(); ++it)
        m_resolver->cancel(it.key());
    // Connections are our children: destroying them closes the sockets, and a WebSocket tracker
    // then drops us from every swarm we were in.
}

quint64 WebSocketTrackerClient::announce(const AnnounceRequest &request)
{
    Request entry;
    entry.announce = request;
    return startRequest(std::move(entry));
}

quint64 WebSocketTrackerClient::scrape(const ScrapeRequest &request)
{
    Request entry;
    entry.isScrape = true;
    entry.scrape = request;
    return startRequest(std::move(entry));
}

QString WebSocketTrackerClient::requestProblem(const Request &request) const
{
    const QUrl &url = request.trackerUrl();
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("ws") && scheme != QLatin1String("wss"))
        return tr("%1 is not a ws:// or wss:// URL").arg(url.toDisplayString());
    if (!url.isValid() || url.host().isEmpty())
        return tr("a WebSocket tracker URL needs a host");
    const auto wrongSize = [](const QByteArray &bytes) {
        return bytes.size() != WebSocketTrackerMessage::kHashSize;
    };
    if (request.isScrape) {
        const QList<QByteArray> &hashes = request.scrape.infoHashes;
        if (hashes.isEmpty())
            return tr("a scrape needs at least one info hash");
        if (std::any_of(hashes.cbegin(), hashes.cend(), wrongSize))
            return tr("every info hash must be 20 bytes");
    } else if (wrongSize(request.announce.infoHash) || wrongSize(request.announce.peerId)) {
        return tr("the info hash and the peer id must be 20 bytes each");
    }
    return QString();
}

QString WebSocketTrackerClient::connectionKeyFor(const Request &request) const
{
    const bool ignoreErrors = request.isScrape ? request.scrape.ignoreCertificateErrors
                                               : request.announce.ignoreCertificateErrors;
    const QString prefix = request.trackerUrl().toString(QUrl::FullyEncoded) + u'\n' +
                           (ignoreErrors ? u'1' : u'0') + u'\n';
    if (!request.isScrape)
        return prefix + QString::fromLatin1(request.announce.peerId.toHex());
    // A scrape names no peer: any connection to the tracker with the same certificate choice.
    for (auto it = m_connections.cbegin(); it != m_connections.cend(); ++it) {
        if (it.key().startsWith(prefix))
            return it.key();
    }
    return prefix;
}

quint64 WebSocketTrackerClient::startRequest(Request request)
{
    const quint64 requestId = nextRequestId();
    request.started = m_clock->nowAsDateTime();
    request.startedAt = m_clock->nowMs();
    const QString problem = requestProblem(request);
    if (!problem.isEmpty()) {
        m_requests.insert(requestId, std::move(request));
        // Results always come on the event loop, never inside announce() / scrape().
        QMetaObject::invokeMethod(
            this,
            [this, requestId, problem] {
                if (m_requests.contains(requestId))
                    finishWithoutReply(requestId, ExchangeOutcome::Unsupported, problem);
            },
            Qt::QueuedConnection);
        return requestId;
    }
    request.connectionKey = connectionKeyFor(request);
    const QString key = request.connectionKey;
    request.replyTimer = new ClockTimer(m_clock, this);
    connect(request.replyTimer, &ClockTimer::timeout, this,
            [this, requestId] { handleReplyTimeout(requestId); });
    const bool reuse = m_connections.contains(key);
    request.connectionReused =
        reuse && m_connections[key].socket->state() == WebSocketTrackerConnection::State::Open;
    m_requests.insert(requestId, std::move(request));
    if (!reuse)
        createConnection(key, m_requests[requestId]);
    Connection &connection = m_connections[key];
    m_requests[requestId].socket = connection.socket;
    connection.pending.append(requestId);
    updateIdleState(key);
    if (connection.socket->state() == WebSocketTrackerConnection::State::Open)
        send(requestId);
    return requestId;
}

void WebSocketTrackerClient::createConnection(const QString &key, const Request &request)
{
    Connection connection;
    connection.url = request.trackerUrl();
    connection.ignoreCertificateErrors = request.isScrape
                                             ? request.scrape.ignoreCertificateErrors
                                             : request.announce.ignoreCertificateErrors;
    auto *socket = new WebSocketTrackerConnection(m_settings, m_clock, this);
    connection.socket = socket;
    connection.idleTimer = new ClockTimer(m_clock, socket);
    connect(connection.idleTimer, &ClockTimer::timeout, this, [this, key, socket] {
        if (connectionFor(key, socket))
            dropConnection(key);
    });
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
    const QString host = connection.url.host();
    if (m_resolver && !isIpLiteral(host)) {
        connection.lookupId = m_resolver->resolve(host);
        m_connectionKeysByLookup.insert(connection.lookupId, key);
        m_connections.insert(key, connection);
        return;
    }
    m_connections.insert(key, connection);
    openConnection(key);
}

WebSocketTrackerClient::Connection *WebSocketTrackerClient::connectionFor(const QString &key,
                                                                          const QObject *socket)
{
    const auto it = m_connections.find(key);
    return it != m_connections.end() && it->socket == socket ? &*it : nullptr;
}

void WebSocketTrackerClient::openConnection(const QString &key)
{
    const Connection &connection = m_connections[key];
    connection.socket->open(connection.url, connection.ignoreCertificateErrors);
}

void WebSocketTrackerClient::handleHostResolved(quint64 lookupId,
                                                const QList<QHostAddress> &addresses,
                                                const QString &errorMessage)
{
    const QString key = m_connectionKeysByLookup.take(lookupId);
    const auto it = m_connections.find(key);
    if (key.isEmpty() || it == m_connections.end())
        return;
    it->lookupId = 0;
    if (!addresses.isEmpty()) {
        openConnection(key);
        return;
    }
    const QString reason = errorMessage.isEmpty() ? tr("no addresses") : errorMessage;
    const QString message = tr("%1 did not resolve: %2").arg(it->url.host(), reason);
    const QList<quint64> pending = it->pending;
    dropConnection(key);
    for (const quint64 requestId : pending) {
        if (m_requests.contains(requestId))
            finishWithoutReply(requestId, ExchangeOutcome::DnsFailure, message);
    }
}

void WebSocketTrackerClient::handleOpened(const QString &key)
{
    const QList<quint64> pending = m_connections[key].pending;
    for (const quint64 requestId : pending) {
        const auto it = m_requests.constFind(requestId);
        if (it != m_requests.cend() && it->sentAt < 0)
            send(requestId);
    }
}

void WebSocketTrackerClient::send(quint64 requestId)
{
    Request &request = m_requests[requestId];
    Connection &connection = m_connections[request.connectionKey];
    request.message = request.isScrape ? WebSocketTrackerMessage::scrape(request.scrape.infoHashes)
                                       : WebSocketTrackerMessage::announce(request.announce);
    if (!request.isScrape) {
        // Offers that came while no announce for this torrent was pending belong to this one.
        request.offers = connection.offersUnclaimed.take(request.announce.infoHash);
    }
    connection.socket->send(request.message);
    request.sentAt = m_clock->nowMs();
    if (request.isStopped())
        request.pingPayload = connection.socket->ping();
    request.replyTimer->start(m_settings.replyTimeoutMs);
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
        Request &request = m_requests[requestId];
        if (!request.isScrape && request.sentAt >= 0 && request.announce.infoHash == infoHash) {
            request.offersCapped = request.offers >= m_settings.maxOffersCounted;
            request.offers = std::min(request.offers + 1, m_settings.maxOffersCounted);
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
        const Request &request = m_requests[requestId];
        if (request.sentAt < 0)
            continue;
        oldestSent = oldestSent != 0 ? oldestSent : requestId;
        if (reply.kind == Kind::AnnounceReply && !request.isScrape &&
            (reply.infoHash.isEmpty() || reply.infoHash == request.announce.infoHash))
            return requestId;
        if (reply.kind == Kind::ScrapeReply && request.isScrape) {
            oldestScrape = oldestScrape != 0 ? oldestScrape : requestId;
            const bool namesOne = std::any_of(
                reply.files.cbegin(), reply.files.cend(), [&](const WebSocketScrapeFile &file) {
                    return request.scrape.infoHashes.contains(file.infoHash);
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
        Request &request = m_requests[requestId];
        if (request.isStopped() && request.pingPayload == payload && !request.pongReceived) {
            // Read by the tracker; a reply may still be on its way: wait a little for it.
            request.pongReceived = true;
            request.replyTimer->start(m_settings.stoppedReplyGraceMs);
            return;
        }
    }
}

void WebSocketTrackerClient::handleReplyTimeout(quint64 requestId)
{
    const Request &request = m_requests[requestId];
    if (request.pongReceived) {
        finishWithoutReply(requestId, ExchangeOutcome::Success,
                           tr("The tracker read the stopped announce (it answered the ping sent "
                              "after it) but sent no reply; trackers need not."));
        return;
    }
    const QString message =
        request.isStopped()
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
        const auto it = m_requests.constFind(requestId);
        if (it == m_requests.cend() || !socket)
            continue;
        if (it->isStopped() && it->sentAt >= 0) {
            finishWithoutReply(requestId, ExchangeOutcome::Success,
                               tr("The tracker closed the connection without answering the "
                                  "stopped announce; a WebSocket tracker drops a peer whose "
                                  "connection closes. (%1)")
                                   .arg(socket->errorMessage()));
            continue;
        }
        const QString message =
            it->sentAt >= 0 && socket->outcome() == ExchangeOutcome::NetworkError
                ? tr("%1 before answering").arg(socket->errorMessage())
                : socket->errorMessage();
        finishWithoutReply(requestId, socket->outcome(), message);
    }
}
