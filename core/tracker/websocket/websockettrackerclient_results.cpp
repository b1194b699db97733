// WebSocketTrackerClient, second part: turning a request's end (reply, silence, close, cancel)
// into results, and the bookkeeping of requests and connections that follows.
#include "tracker/clocktimer.h"
#include "tracker/hostresolver.h"
#include "tracker/monotonicclock.h"
#include "tracker/websocket/websockettrackerclient.h"
#include "tracker/websocket/websockettrackerreplyreader.h"

#include <QMetaObject>

namespace {

QString describeRequest(const QUrl &trackerUrl, bool isScrape, AnnounceEvent event)
{
    if (isScrape)
        return trackerUrl.toDisplayString() + QStringLiteral(" scrape");
    const QString eventName = announceEventName(event);
    return trackerUrl.toDisplayString() + QStringLiteral(" announce") +
           (eventName.isEmpty() ? QString() : u' ' + eventName);
}

qint64 since(qint64 moment, qint64 start)
{
    return moment >= 0 && moment >= start ? moment - start : -1;
}

} // namespace

ExchangeRecord WebSocketTrackerClient::recordFor(const Request &request) const
{
    ExchangeRecord record;
    record.requestDescription =
        describeRequest(request.trackerUrl(), request.isScrape, request.announce.event);
    record.rawRequest = request.message;
    record.started = request.started;
    record.tries = request.sentAt >= 0 ? 1 : 0;
    record.connectionReused = request.connectionReused;
    const WebSocketTrackerConnection *socket = request.socket.data();
    if (socket) {
        record.peerAddress = socket->peerAddress();
        record.peerPort = socket->peerPort();
        record.statusLine = socket->statusLine();
        record.ignoredCertificateErrors = socket->ignoredCertificateErrors();
    }
    if (socket && !request.connectionReused) {
        record.connectingMs = since(socket->openStartedAt(), request.startedAt);
        record.connectedMs = since(socket->tcpConnectedAt(), request.startedAt);
        record.encryptedMs = since(socket->encryptedAt(), request.startedAt);
        record.upgradedMs = since(socket->upgradedAt(), request.startedAt);
    }
    record.requestSentMs = since(request.sentAt, request.startedAt);
    record.finishedMs = m_clock->nowMs() - request.startedAt;
    return record;
}

WebSocketTrackerClient::Request WebSocketTrackerClient::takeRequest(quint64 requestId)
{
    Request request = m_requests.take(requestId);
    if (request.replyTimer) {
        request.replyTimer->stop();
        request.replyTimer->deleteLater();
        request.replyTimer = nullptr;
    }
    const auto it = m_connections.find(request.connectionKey);
    if (it != m_connections.end())
        it->pending.removeOne(requestId);
    return request;
}

TrackerResult WebSocketTrackerClient::buildResult(const Request &request, ExchangeOutcome outcome,
                                                  const QString &message) const
{
    const ExchangeRecord record = recordFor(request);
    QStringList notes;
    if (!record.ignoredCertificateErrors.isEmpty()) {
        notes.append(tr("Certificate errors were ignored for this tracker, as allowed: %1")
                         .arg(record.ignoredCertificateErrors.join(QLatin1String("; "))));
    }
    if (outcome == ExchangeOutcome::Success && !message.isEmpty())
        notes.append(message);
    const QString errorMessage = outcome == ExchangeOutcome::Success ? QString() : message;
    if (request.isScrape) {
        ScrapeResult scrape;
        scrape.outcome = outcome;
        scrape.errorMessage = errorMessage;
        for (const QByteArray &infoHash : request.scrape.infoHashes)
            scrape.entries.append(ScrapeEntry{infoHash});
        scrape.exchanges.append(record);
        scrape.notes = notes;
        return scrape;
    }
    AnnounceResult announce;
    announce.outcome = outcome;
    announce.errorMessage = errorMessage;
    announce.exchange = record;
    announce.notes = notes;
    announce.offersReceived = request.sentAt >= 0 ? request.offers : -1;
    announce.offersCapped = request.offersCapped;
    return announce;
}

void WebSocketTrackerClient::finishWithReply(quint64 requestId, const WebSocketTrackerReply &reply,
                                             const QByteArray &message, qint64 receivedAt)
{
    const Request request = takeRequest(requestId);
    const bool invalid = reply.kind == WebSocketTrackerReply::Kind::Invalid;
    const ExchangeOutcome outcome =
        invalid ? ExchangeOutcome::InvalidResponse : ExchangeOutcome::Success;
    const QString error = invalid ? tr("The tracker's reply is %1").arg(reply.error) : QString();
    TrackerResult result = buildResult(request, outcome, error);
    if (auto *scrape = std::get_if<ScrapeResult>(&result)) {
        scrape->exchanges.last().rawReply = message;
        scrape->exchanges.last().firstByteMs = since(receivedAt, request.startedAt);
        if (!invalid)
            WebSocketTrackerReplyReader::readScrape(reply, request.scrape.infoHashes, scrape);
    } else {
        auto &announce = std::get<AnnounceResult>(result);
        announce.exchange.rawReply = message;
        announce.exchange.firstByteMs = since(receivedAt, request.startedAt);
        if (!invalid)
            WebSocketTrackerReplyReader::readAnnounce(reply, &announce);
        if (announce.offersCapped) {
            announce.notes.append(
                tr("At least %1 WebRTC offers were relayed to us; none was answered.")
                    .arg(announce.offersReceived));
        }
        if (announce.succeeded())
            noteJoinedSwarm(request);
    }
    reportResult(requestId, result);
    Q_EMIT requestCompleted(requestId);
    updateIdleState(request.connectionKey);
}

void WebSocketTrackerClient::finishWithoutReply(quint64 requestId, ExchangeOutcome outcome,
                                                const QString &message)
{
    const Request request = takeRequest(requestId);
    const TrackerResult result = buildResult(request, outcome, message);
    if (request.isStopped() && outcome == ExchangeOutcome::Success)
        noteJoinedSwarm(request);
    reportResult(requestId, result);
    Q_EMIT requestCompleted(requestId);
    updateIdleState(request.connectionKey);
}

void WebSocketTrackerClient::noteJoinedSwarm(const Request &request)
{
    const auto it = m_connections.find(request.connectionKey);
    if (it == m_connections.end())
        return;
    if (request.isStopped())
        it->joinedInfoHashes.remove(request.announce.infoHash);
    else
        it->joinedInfoHashes.insert(request.announce.infoHash);
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
    if (connection.lookupId != 0) {
        m_resolver->cancel(connection.lookupId);
        m_connectionKeysByLookup.remove(connection.lookupId);
    }
    if (connection.socket->state() == WebSocketTrackerConnection::State::Closed)
        connection.socket->deleteLater();
    else
        connection.socket->shutDown();
}

void WebSocketTrackerClient::cancel(quint64 requestId)
{
    if (!m_requests.contains(requestId))
        return;
    const Request request = takeRequest(requestId);
    finishLater(requestId, {buildResult(request, ExchangeOutcome::Cancelled, tr("Cancelled"))});
    updateIdleState(request.connectionKey);
}
