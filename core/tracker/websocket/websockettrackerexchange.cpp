#include "tracker/websocket/websockettrackerexchange.h"

#include "tracker/monotonicclock.h"
#include "tracker/websocket/websockettrackerconnection.h"
#include "tracker/websocket/websockettrackerreplyreader.h"

#include <algorithm>

WebSocketTrackerExchange::WebSocketTrackerExchange(const TrackerRequest &request,
                                                   const QString &connectionKey,
                                                   MonotonicClock *clock, QObject *parent)
    : QObject(parent)
    , m_request(request)
    , m_connectionKey(connectionKey)
    , m_clock(clock)
    , m_replyTimer(clock)
    , m_started(clock->nowAsDateTime())
    , m_startedMs(clock->nowMs())
{
    connect(&m_replyTimer, &ClockTimer::timeout, this, &WebSocketTrackerExchange::replyTimedOut);
}

void WebSocketTrackerExchange::useConnection(WebSocketTrackerConnection *connection, bool reused)
{
    m_connection = connection;
    m_connectionReused = reused;
}

void WebSocketTrackerExchange::send(int earlierOffers, int replyTimeoutMs)
{
    m_message = m_request.isScrape()
                    ? WebSocketTrackerMessage::scrape(m_request.scrape().infoHashes)
                    : WebSocketTrackerMessage::announce(m_request.announce());
    m_offers = earlierOffers;
    m_connection->send(m_message);
    m_sentAtMs = m_clock->nowMs();
    if (m_request.isStopped())
        m_pingPayload = m_connection->ping();
    m_replyTimer.start(replyTimeoutMs);
}

bool WebSocketTrackerExchange::acceptPong(const QByteArray &payload, int graceMs)
{
    if (!m_request.isStopped() || m_pongReceived || m_pingPayload != payload)
        return false;
    // Read by the tracker; a reply may still be on its way: wait a little for it.
    m_pongReceived = true;
    m_replyTimer.start(graceMs);
    return true;
}

void WebSocketTrackerExchange::countOffer(int maxOffersCounted)
{
    m_offersCapped = m_offers >= maxOffersCounted;
    m_offers = std::min(m_offers + 1, maxOffersCounted);
}

qint64 WebSocketTrackerExchange::sinceStart(qint64 momentMs) const
{
    return momentMs >= 0 && momentMs >= m_startedMs ? momentMs - m_startedMs : -1;
}

ExchangeRecord WebSocketTrackerExchange::record() const
{
    ExchangeRecord record;
    record.requestDescription = m_request.description();
    record.rawRequest = m_message;
    record.started = m_started;
    record.tries = isSent() ? 1 : 0;
    record.connectionReused = m_connectionReused;
    const WebSocketTrackerConnection *connection = m_connection.data();
    if (connection) {
        record.peerAddress = connection->peerAddress();
        record.peerPort = connection->peerPort();
        record.statusLine = connection->statusLine();
        record.ignoredCertificateErrors = connection->ignoredCertificateErrors();
    }
    if (connection && !m_connectionReused) {
        record.connectingMs = sinceStart(connection->openStartedAt());
        record.connectedMs = sinceStart(connection->tcpConnectedAt());
        record.encryptedMs = sinceStart(connection->encryptedAt());
        record.upgradedMs = sinceStart(connection->upgradedAt());
    }
    record.requestSentMs = sinceStart(m_sentAtMs);
    record.finishedMs = m_clock->nowMs() - m_startedMs;
    return record;
}

TrackerResult WebSocketTrackerExchange::result(ExchangeOutcome outcome,
                                               const QString &message) const
{
    const ExchangeRecord exchange = record();
    const bool success = outcome == ExchangeOutcome::Success;
    TrackerResult result = m_request.result(outcome, success ? QString() : message, exchange);
    QStringList notes;
    if (!exchange.ignoredCertificateErrors.isEmpty()) {
        notes.append(tr("Certificate errors were ignored for this tracker, as allowed: %1")
                         .arg(exchange.ignoredCertificateErrors.join(QLatin1String("; "))));
    }
    if (success && !message.isEmpty())
        notes.append(message);
    if (auto *scrape = std::get_if<ScrapeResult>(&result)) {
        scrape->notes = notes;
        return result;
    }
    auto &announce = std::get<AnnounceResult>(result);
    announce.notes = notes;
    announce.offersReceived = isSent() ? m_offers : -1;
    announce.offersCapped = m_offersCapped;
    return result;
}

TrackerResult WebSocketTrackerExchange::resultOfReply(const WebSocketTrackerReply &reply,
                                                      const QByteArray &message,
                                                      qint64 receivedAtMs) const
{
    const bool invalid = reply.kind == WebSocketTrackerReply::Kind::Invalid;
    TrackerResult result = invalid ? this->result(ExchangeOutcome::InvalidResponse,
                                                  tr("The tracker's reply is %1").arg(reply.error))
                                   : this->result(ExchangeOutcome::Success, QString());
    if (auto *scrape = std::get_if<ScrapeResult>(&result)) {
        scrape->exchanges.last().rawReply = message;
        scrape->exchanges.last().firstByteMs = sinceStart(receivedAtMs);
        if (!invalid)
            WebSocketTrackerReplyReader::readScrape(reply, m_request.scrape().infoHashes, scrape);
        return result;
    }
    auto &announce = std::get<AnnounceResult>(result);
    announce.exchange.rawReply = message;
    announce.exchange.firstByteMs = sinceStart(receivedAtMs);
    if (!invalid)
        WebSocketTrackerReplyReader::readAnnounce(reply, &announce);
    if (announce.offersCapped) {
        announce.notes.append(tr("At least %n WebRTC offers were relayed to us; none was answered.",
                                 nullptr, int(announce.offersReceived)));
    }
    return result;
}
