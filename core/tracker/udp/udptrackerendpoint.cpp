#include "tracker/udp/udptrackerendpoint.h"

#include "tracker/clocktimer.h"
#include "tracker/monotonicclock.h"
#include "tracker/udp/udptrackersocket.h"
#include "tracker/udp/udptrackersocketpool.h"

#include <QRandomGenerator>
#include <QtEndian>
#include <algorithm>
#include <limits>

int UdpTrackerSettings::timeoutOfTry(int tryIndex) const
{
    if (!useBep15Schedule)
        return std::max(1, tryTimeoutMs);
    const int exponent = std::clamp(tryIndex, 0, kBep15MaxTries - 1);
    return kBep15BaseTimeoutMs << exponent;
}

int UdpTrackerSettings::effectiveMaxTries() const
{
    const int tries = std::max(1, maxTries);
    return useBep15Schedule ? std::min(tries, kBep15MaxTries) : tries;
}

UdpTrackerEndpoint::UdpTrackerEndpoint(const UdpTrackerSettings &settings,
                                       UdpConnectionIdCache *cache, UdpTrackerSocketPool *sockets,
                                       MonotonicClock *clock, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_cache(cache)
    , m_sockets(sockets)
    , m_clock(clock)
    , m_retryTimer(new ClockTimer(clock, this))
{
    connect(m_retryTimer, &ClockTimer::timeout, this, &UdpTrackerEndpoint::handleTryTimedOut);
}

QString UdpTrackerEndpoint::openTransport()
{
    if (!isSingleHostAddress(m_address))
        return tr("%1 is not the address of one host; nothing was sent").arg(m_address.toString());
    QString problem;
    m_transport = m_sockets->acquire(m_address, m_port, m_settings.maxPacketSize,
                                     m_settings.socketLingerMs, &problem);
    if (!m_transport)
        return problem;
    connect(m_transport, &UdpTrackerSocket::datagramReceived, this,
            [this](const QByteArray &packet, const QHostAddress &sender, quint16 senderPort,
                   bool fromOtherSource, const QObject *addressee) {
                // Another conversation's reply on the shared socket is none of our business.
                if (addressee == nullptr || addressee == this)
                    handleDatagram(packet, sender, senderPort, fromOtherSource);
            });
    connect(m_transport, &UdpTrackerSocket::receiveFailed, this,
            [this](bool refused, const QString &message) {
                finish(refused ? ExchangeOutcome::ConnectionRefused : ExchangeOutcome::NetworkError,
                       message);
            });
    return QString();
}

UdpTrackerEndpoint::~UdpTrackerEndpoint()
{
    releaseSockets();
}

void UdpTrackerEndpoint::start(const TrackerRequest &request, const QHostAddress &address)
{
    m_isScrape = request.isScrape();
    m_announceRequest = request.announce();
    m_scrapeRequest = request.scrape();
    for (const QByteArray &infoHash : m_scrapeRequest.infoHashes)
        m_scrapeResult.entries.append(ScrapeEntry{infoHash});
    begin(request, address);
}

TrackerResult UdpTrackerEndpoint::result() const
{
    if (m_isScrape)
        return m_scrapeResult;
    return m_announceResult;
}

void UdpTrackerEndpoint::begin(const TrackerRequest &request, const QHostAddress &address)
{
    m_address = address;
    m_port = quint16(request.trackerUrl().port());
    m_startedMs = m_clock->nowMs();
    const bool capped = !m_settings.useBep15Schedule && m_settings.endpointTimeoutMs > 0;
    m_budgetEndMs = capped ? m_startedMs + m_settings.endpointTimeoutMs : -1;
    m_record.requestDescription = request.description();
    m_record.peerAddress = address;
    m_record.peerPort = m_port;
    m_record.started = m_clock->nowAsDateTime();
    m_record.tries = 0;
    const bool oneHost = isSingleHostAddress(address);
    const QString socketProblem = openTransport();
    if (!socketProblem.isEmpty()) {
        const auto outcome = oneHost ? ExchangeOutcome::NetworkError : ExchangeOutcome::Unsupported;
        // finished() on the event loop, like every other outcome.
        QMetaObject::invokeMethod(
            this, [this, outcome, socketProblem] { finish(outcome, socketProblem); },
            Qt::QueuedConnection);
        return;
    }
    const auto cached = m_cache->constFind({m_address, m_port});
    if (cached != m_cache->cend() && cached->expiresAtMs > m_clock->nowMs()) {
        m_connectionId = cached->connectionId;
        m_connectionIdExpiresAtMs = cached->expiresAtMs;
        m_connectionIdReused = true;
        m_record.connectionIdReused = true;
        beginRequest();
    } else {
        beginConnect();
    }
    sendTry();
}

void UdpTrackerEndpoint::newTransactionId()
{
    if (m_transactionId != 0)
        m_earlierTransactionIds.append(m_transactionId);
    do {
        m_transactionId = QRandomGenerator::system()->generate();
    } while (m_transactionId == 0 || m_earlierTransactionIds.contains(m_transactionId));
    m_transport->claimTransaction(m_transactionId, this);
}

void UdpTrackerEndpoint::beginConnect()
{
    m_phase = Phase::Connecting;
    m_connectionIdReused = false;
    newTransactionId();
    m_malformedFromTracker = 0;
    m_packet = UdpTrackerPacket::connectRequest(m_transactionId);
    m_record.rawConnectRequest = m_packet;
    m_record.connectTries = 0;
    m_tryIndex = 0;
}

void UdpTrackerEndpoint::beginRequest()
{
    newTransactionId();
    m_malformedFromTracker = 0;
    m_tryIndex = 0;
    m_record.tries = 0;
    if (m_isScrape) {
        m_phase = Phase::Scraping;
        const qsizetype left = m_scrapeRequest.infoHashes.size() - m_batchStart;
        m_batchSize = std::min<qsizetype>(left, std::max(1, m_settings.maxHashesPerScrapePacket));
        m_packet = UdpTrackerPacket::scrapeRequest(
            m_connectionId, m_transactionId,
            m_scrapeRequest.infoHashes.mid(m_batchStart, m_batchSize));
    } else {
        m_phase = Phase::Announcing;
        m_packet =
            UdpTrackerPacket::announceRequest(m_connectionId, m_transactionId, m_announceRequest);
    }
    m_record.rawRequest = m_packet;
}

void UdpTrackerEndpoint::sendTry()
{
    const qint64 remainingMs =
        m_budgetEndMs < 0 ? -1 : std::max<qint64>(m_budgetEndMs - m_clock->nowMs(), 0);
    if (remainingMs == 0) {
        giveUp();
        return;
    }
    if (m_phase == Phase::Connecting)
        m_record.connectTries = m_tryIndex + 1;
    else
        m_record.tries = m_tryIndex + 1;
    bool refused = false;
    const QString sendProblem = m_transport->send(m_packet, &refused);
    if (!sendProblem.isEmpty()) {
        // On the event loop, like every other outcome (this may run inside start()).
        const auto outcome =
            refused ? ExchangeOutcome::ConnectionRefused : ExchangeOutcome::NetworkError;
        QMetaObject::invokeMethod(
            this, [this, outcome, sendProblem] { finish(outcome, sendProblem); },
            Qt::QueuedConnection);
        return;
    }
    const qint64 tryMs = m_settings.timeoutOfTry(m_tryIndex);
    m_retryTimer->start(int(remainingMs < 0 ? tryMs : std::min(tryMs, remainingMs)));
}

void UdpTrackerEndpoint::handleTryTimedOut()
{
    if (m_tryIndex + 1 < m_settings.effectiveMaxTries() && !budgetSpent()) {
        ++m_tryIndex;
        if (m_phase != Phase::Connecting && connectionIdExpired()) {
            beginConnect(); // BEP 15: an expired connection id needs a new connect
        }
        sendTry();
        return;
    }
    // The tracker may have forgotten a cached connection id, which some trackers (opentracker)
    // answer with silence: one fresh connect before giving up.
    if (m_malformedFromTracker == 0 && tryReconnect()) {
        sendTry();
        return;
    }
    giveUp();
}

void UdpTrackerEndpoint::giveUp()
{
    if (m_malformedFromTracker == 0) {
        finish(ExchangeOutcome::Timeout, timeoutSentence());
        return;
    }
    finish(ExchangeOutcome::InvalidResponse,
           tr("%1 answered the %2 request only with malformed replies (%n), the last: %3", nullptr,
              m_malformedFromTracker)
               .arg(endpointText(), phaseName(), m_lastTrackerProblem));
}

bool UdpTrackerEndpoint::tryReconnect()
{
    if (m_phase == Phase::Connecting || !m_connectionIdReused || m_reconnected || budgetSpent())
        return false;
    m_cache->remove({m_address, m_port});
    m_reconnected = true;
    ++m_record.reconnects;
    beginConnect();
    return true;
}

// False, with the packet ignored, when it is too large or comes from elsewhere than the tracker.
bool UdpTrackerEndpoint::isFromOurTracker(const QByteArray &packet, const QHostAddress &sender,
                                          quint16 senderPort, bool fromStrayListener)
{
    if (packet.size() > m_settings.maxPacketSize) {
        // Our transaction id in it: the tracker did answer, just not within bounds, so running
        // out of tries is then "invalid response", not "no answer".
        const QString problem =
            tr("a packet larger than %n bytes", nullptr, int(m_settings.maxPacketSize));
        if (packet.size() >= UdpTrackerPacket::kReplyHeaderSize &&
            qFromBigEndian<quint32>(packet.constData() + 4) == m_transactionId) {
            ++m_malformedFromTracker;
            m_lastTrackerProblem = problem;
        }
        ignorePacket(problem);
        return false;
    }
    QHostAddress plainSender = sender;
    bool isIpv4 = false;
    const quint32 ipv4 = sender.toIPv4Address(&isIpv4);
    if (isIpv4)
        plainSender.setAddress(ipv4);
    if (fromStrayListener || plainSender != m_address || senderPort != m_port) {
        ignorePacket(tr("a packet from %1 instead of %2")
                         .arg(TrackerPeer{plainSender, senderPort, {}}.toString(), endpointText()));
        return false;
    }
    return true;
}

UdpReplyExpectation UdpTrackerEndpoint::replyExpectation() const
{
    UdpReplyExpectation expected;
    expected.transactionId = m_transactionId;
    expected.action = m_phase == Phase::Connecting   ? UdpTrackerAction::Connect
                      : m_phase == Phase::Announcing ? UdpTrackerAction::Announce
                                                     : UdpTrackerAction::Scrape;
    expected.peerEntrySize = m_address.protocol() == QAbstractSocket::IPv6Protocol
                                 ? UdpTrackerPacket::kIpv6PeerEntrySize
                                 : UdpTrackerPacket::kIpv4PeerEntrySize;
    expected.maxPeersKept = m_settings.maxPeersKept;
    expected.requestedHashCount = int(m_batchSize);
    return expected;
}

void UdpTrackerEndpoint::handleDatagram(const QByteArray &packet, const QHostAddress &sender,
                                        quint16 senderPort, bool fromStrayListener)
{
    if (!isFromOurTracker(packet, sender, senderPort, fromStrayListener))
        return;
    const UdpReplyExpectation expected = replyExpectation();
    const Expected<UdpTrackerReply> parsed = UdpTrackerPacket::parseReply(packet, expected);
    if (!parsed) {
        const quint32 transactionId = packet.size() >= UdpTrackerPacket::kReplyHeaderSize
                                          ? qFromBigEndian<quint32>(packet.data() + 4)
                                          : 0;
        if (transactionId != 0 && m_earlierTransactionIds.contains(transactionId))
            return; // a late answer to an earlier try or exchange of ours: not malformed
        if (transactionId == m_transactionId) {
            ++m_malformedFromTracker;
            m_lastTrackerProblem = parsed.error().message();
            m_record.rawReply = packet; // the evidence, for the Hex view, until a proper reply
        }
        ignorePacket(parsed.error().message());
        return;
    }
    const UdpTrackerReply &reply = *parsed;
    m_retryTimer->stop();
    if (reply.action == UdpTrackerAction::Connect)
        m_record.rawConnectReply = packet;
    else
        m_record.rawReply = packet;
    switch (reply.action) {
    case UdpTrackerAction::Connect:
        return handleConnectReply(reply);
    case UdpTrackerAction::Announce:
        return handleAnnounceReply(reply);
    case UdpTrackerAction::Scrape:
        return handleScrapeReply(reply);
    case UdpTrackerAction::Error:
        return handleTrackerError(reply);
    }
}

void UdpTrackerEndpoint::handleConnectReply(const UdpTrackerReply &reply)
{
    m_record.connectedMs = elapsedMs();
    m_connectionId = reply.connectionId;
    m_connectionIdExpiresAtMs = m_clock->nowMs() + m_settings.connectionIdLifetimeMs;
    m_cache->insert({m_address, m_port}, {m_connectionId, m_connectionIdExpiresAtMs});
    beginRequest();
    sendTry();
}

void UdpTrackerEndpoint::handleAnnounceReply(const UdpTrackerReply &reply)
{
    const auto clamped = [](qint64 value) {
        return int(std::min<qint64>(value, std::numeric_limits<int>::max()));
    };
    m_announceResult.interval = clamped(reply.interval);
    m_announceResult.seeders = reply.seeders;
    m_announceResult.leechers = reply.leechers;
    m_announceResult.peers = reply.peers;
    m_announceResult.peersDropped = reply.peersDropped;
    if (reply.strayPeerBytes)
        m_announceResult.strayPeerBytes.append(*reply.strayPeerBytes);
    if (reply.ipv4EntriesOverIpv6) {
        m_announceResult.notes.append(
            tr("The tracker sent 6-byte IPv4 peer entries over IPv6, where BEP 15 asks for "
               "18-byte entries; they were read as IPv4 peers."));
    }
    m_announceResult.compactPeers = true;
    finish(ExchangeOutcome::Success, QString());
}

void UdpTrackerEndpoint::handleScrapeReply(const UdpTrackerReply &reply)
{
    for (qsizetype index = 0; index < reply.scrapeCounts.size(); ++index) {
        ScrapeEntry &entry = m_scrapeResult.entries[m_batchStart + index];
        entry.present = true;
        entry.seeders = reply.scrapeCounts[index].seeders;
        entry.completed = reply.scrapeCounts[index].completed;
        entry.leechers = reply.scrapeCounts[index].leechers;
    }
    m_batchStart += m_batchSize;
    if (m_batchStart >= m_scrapeRequest.infoHashes.size()) {
        finish(ExchangeOutcome::Success, QString());
        return;
    }
    // The next batch is its own exchange, on the same connection id.
    m_record.finishedMs = elapsedMs();
    m_scrapeResult.exchanges.append(m_record);
    m_record.rawConnectRequest.clear();
    m_record.rawConnectReply.clear();
    m_record.connectTries = 0;
    m_record.connectedMs = -1;
    m_record.connectionIdReused = true;
    m_record.malformedRepliesIgnored = 0;
    m_record.ignoredReplyReasons.clear();
    m_record.rawReply.clear();
    m_record.started = m_clock->nowAsDateTime();
    m_connectionIdReused = true;
    if (connectionIdExpired())
        beginConnect();
    else
        beginRequest();
    sendTry();
}

void UdpTrackerEndpoint::handleTrackerError(const UdpTrackerReply &reply)
{
    // An error to a request on a cached connection id may just mean the id is stale.
    if (tryReconnect()) {
        sendTry();
        return;
    }
    finish(ExchangeOutcome::TrackerFailure,
           tr("the tracker answered with an error: %1").arg(reply.errorMessage),
           reply.errorMessage);
}

void UdpTrackerEndpoint::ignorePacket(const QString &reason)
{
    ++m_record.malformedRepliesIgnored;
    if (m_record.ignoredReplyReasons.size() < m_settings.maxIgnoredReasonsKept)
        m_record.ignoredReplyReasons.append(reason);
}

void UdpTrackerEndpoint::finish(ExchangeOutcome outcome, const QString &errorMessage,
                                const QString &failureReason)
{
    if (m_finished)
        return;
    m_finished = true;
    releaseSockets();
    m_record.finishedMs = elapsedMs();
    if (m_isScrape) {
        m_scrapeResult.outcome = outcome;
        m_scrapeResult.errorMessage = errorMessage;
        m_scrapeResult.failureReason = failureReason;
        m_scrapeResult.exchanges.append(m_record);
    } else {
        m_announceResult.outcome = outcome;
        m_announceResult.errorMessage = errorMessage;
        m_announceResult.failureReason = failureReason;
        m_announceResult.exchange = m_record;
    }
    if (outcome != ExchangeOutcome::Cancelled)
        Q_EMIT finished();
}

void UdpTrackerEndpoint::cancel()
{
    finish(ExchangeOutcome::Cancelled, tr("cancelled"));
}

void UdpTrackerEndpoint::releaseSockets()
{
    if (m_retryTimer)
        m_retryTimer->stop();
    if (m_transport)
        m_sockets->release(m_transport, this);
    m_transport = nullptr;
}

QString UdpTrackerEndpoint::timeoutSentence() const
{
    const bool connecting = m_phase == Phase::Connecting;
    const int tries = connecting ? m_record.connectTries : m_record.tries;
    QString sentence =
        tr("no reply from %1 to the %2 request after %n tries (%3 s)", nullptr, tries)
            .arg(endpointText(), phaseName())
            .arg(double(elapsedMs()) / 1000.0, 0, 'f', 1);
    if (m_record.malformedRepliesIgnored > 0) {
        sentence += QStringLiteral("; ") + tr("%n packet(s) ignored, the first: %1", nullptr,
                                              m_record.malformedRepliesIgnored)
                                               .arg(m_record.ignoredReplyReasons.value(0));
    }
    return sentence;
}

QString UdpTrackerEndpoint::phaseName() const
{
    switch (m_phase) {
    case Phase::Connecting:
        return tr("connect");
    case Phase::Announcing:
        return tr("announce");
    case Phase::Scraping:
        return tr("scrape");
    }
    return QString();
}

qint64 UdpTrackerEndpoint::elapsedMs() const
{
    return m_clock->nowMs() - m_startedMs;
}

bool UdpTrackerEndpoint::budgetSpent() const
{
    return m_budgetEndMs >= 0 && m_clock->nowMs() >= m_budgetEndMs;
}

bool UdpTrackerEndpoint::connectionIdExpired() const
{
    return m_clock->nowMs() >= m_connectionIdExpiresAtMs;
}

QString UdpTrackerEndpoint::endpointText() const
{
    return TrackerPeer{m_address, m_port, {}}.toString();
}

bool UdpTrackerEndpoint::isSingleHostAddress(const QHostAddress &address)
{
    // Qt sets SO_BROADCAST on UDP sockets: never let a tracker's address make us broadcast or
    // multicast. (UdpTrackerSocket also turns SO_BROADCAST off, for directed broadcasts.)
    return !address.isNull() && !address.isBroadcast() && !address.isMulticast() &&
           address != QHostAddress::AnyIPv4 && address != QHostAddress::AnyIPv6;
}
